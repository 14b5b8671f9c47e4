// @ts-check

/*
 * `npm run build` prerenders every page into output 'standalone'; `npm start` (node .next/standalone/server.js)
 * serves it. scripts/postbuild-csp.mjs finishes the build: it works out the CSP's script hashes and adds SRI.
 */

/** @param {Record<string, string>} headers */
const headerList = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/** @type {(phase: string) => Promise<import('next').NextConfig>} */
module.exports = async function nextConfig(phase) {
  // A CommonJS file (Next.js loads it so): modules come in by import().
  const { PHASE_DEVELOPMENT_SERVER } = await import('next/constants.js');
  const { apiSecurityHeaders, securityHeaders } = await import('./app/_lib/security-headers.mjs');
  const development = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    output: 'standalone',
    async headers() {
      return [
        // Pages, assets and Next's own answers (404s, 400s): the same headers on every response.
        // In a production build postbuild-csp.mjs puts the script hashes in place of the placeholder.
        { source: '/:path((?!api(?:/|$)).*)', headers: headerList(securityHeaders({ development })) },
        // The API sets these itself (app/api/_lib/json-response.ts); this covers what Next answers for it.
        { source: '/api/:path*', headers: headerList(apiSecurityHeaders()) },
      ];
    },
  };
};
