// @ts-check

/*
 * One codebase, two builds:
 *   npm run build          output 'standalone': the prerendered pages, the JSON API and the Server Action
 *                          behind the question form; `npm start` (node .next/standalone/server.js) serves it.
 *   npm run build:static   NEXT_OUTPUT=export: the pages only, in out/, for any static host, with the
 *                          headers in out/_headers and an nginx include.
 * Both are finished by scripts/postbuild-csp.mjs, which works out the CSP's script hashes and adds SRI.
 */
const isExport = process.env.NEXT_OUTPUT === 'export';

/*
 * The question form's action without JavaScript is a Server Action (app/check/_lib/no-js-form.ts). The
 * export must not reach it ("Server Actions are not supported with static export"), so that module is
 * swapped for its export twin there: by path for webpack (`next build --webpack`), by specifier for
 * Turbopack (`next dev`).
 */
const NO_JS_FORM = `${__dirname}/app/check/_lib/no-js-form.ts`;
const NO_JS_FORM_EXPORT = `${__dirname}/app/check/_lib/no-js-form.export.ts`;
const NO_JS_FORM_SPECIFIERS = ['@/app/check/_lib/no-js-form', './_lib/no-js-form', '../_lib/no-js-form', '../../_lib/no-js-form', './no-js-form'];

/** package.json's version and the commit it was built from, for GET /api/health. */
async function appVersion() {
  const { execFileSync } = await import('node:child_process');
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(`${__dirname}/package.json`, 'utf8'));
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${version}+${commit}`;
  } catch {
    return version;
  }
}

/** @param {Record<string, string>} headers */
const headerList = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/** @type {(phase: string) => Promise<import('next').NextConfig>} */
module.exports = async function nextConfig(phase) {
  // A CommonJS file (Next.js loads it so): modules come in by import().
  const { PHASE_DEVELOPMENT_SERVER } = await import('next/constants.js');
  const { apiSecurityHeaders, securityHeaders } = await import('./app/_lib/security-headers.mjs');
  const { DropServerClassMaps } = await import('./scripts/drop-server-class-maps.cjs');
  const { applyShortClassNames } = await import('./scripts/short-class-names.cjs');
  const development = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    poweredByHeader: false,
    experimental: {
      // Each page gets the CSS of what it imports, no more. Merged (the default), every page carried the
      // flow explorer's CSS too: the check's page 16 kB more HTML, the start page nearly twice its size.
      cssChunking: false,
    },
    reactStrictMode: true,
    output: isExport ? 'export' : 'standalone',
    // Route Handlers are named route.server.ts, and the bench's per-request page page.server.tsx: there in
    // the server build, inert files in the export (which cannot have them).
    pageExtensions: isExport ? ['tsx', 'ts'] : ['tsx', 'ts', 'server.ts', 'server.tsx'],
    env: { APP_VERSION: await appVersion(), STATIC_EXPORT: String(isExport) },
    webpack(config, { dev, isServer }) {
      if (isExport) config.resolve.alias[NO_JS_FORM] = NO_JS_FORM_EXPORT;
      // CSS modules' class names short in production (scripts/short-class-names.cjs): lighter HTML and class maps.
      if (!dev && applyShortClassNames(config.module) === 0) throw new Error('next.config.js: found no CSS modules rule to give short class names');
      // @xstate/react imports the shim of useSyncExternalStore that works with React before 18. React 19
      // has the hook: the same package's plain entries use it, and the shim's fallback (0.4 kB gzip)
      // stays out of the wizard's first load. (Resolved paths: webpack ignores an alias to a prefix of its name.)
      config.resolve.alias['use-sync-external-store/shim$'] = require.resolve('use-sync-external-store');
      config.resolve.alias['use-sync-external-store/shim/with-selector$'] = require.resolve('use-sync-external-store/with-selector');
      // Source maps of the browser's scripts, not linked from them: postbuild-csp.mjs moves them out of
      // what is served, into .next/source-maps/ (to read a production stack trace, and for the bench's
      // weight per library). The scripts are byte for byte those of a build without them.
      if (!dev && !isServer) {
        config.devtool = 'hidden-source-map';
        config.plugins.push(new DropServerClassMaps());
      }
      return config;
    },
    turbopack: {
      resolveAlias: isExport ? Object.fromEntries(NO_JS_FORM_SPECIFIERS.map((specifier) => [specifier, './app/check/_lib/no-js-form.export.ts'])) : {},
    },
    // The export has no server to send headers: postbuild-csp.mjs writes them for the host instead.
    ...(isExport
      ? {}
      : {
          async headers() {
            return [
              // Pages, assets and Next's own answers (404s, 400s): the same headers on every response.
              // In a production build postbuild-csp.mjs puts the script hashes in place of the placeholder.
              { source: '/:path((?!api(?:/|$)).*)', headers: headerList(securityHeaders({ development })) },
              // The API sets these itself (app/api/_lib/json-response.ts); this covers what Next answers for it.
              { source: '/api/:path*', headers: headerList(apiSecurityHeaders()) },
            ];
          },
        }),
  };
};
