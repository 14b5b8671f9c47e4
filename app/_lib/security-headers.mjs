// @ts-check
/*
 * Every response's security headers, built in one place. They are the same on every response of a
 * kind, so they can be static configuration:
 *   - pages: next.config.js headers() (the standalone server), out/_headers and the nginx includes
 *     (static hosts and the nginx front), all written from here;
 *   - the JSON API: app/api/_lib/json-response.ts, on every answer the API gives;
 *   - the one page drawn per request, the answer to a form posted without JavaScript: proxy.server.ts,
 *     the same headers with a nonce added to the policy.
 *
 * Plain JavaScript (with types in security-headers.d.mts) because next.config.js and
 * scripts/postbuild-csp.mjs load it without a TypeScript compiler.
 *
 * Pages are prerendered, so their Content-Security-Policy is made of the SHA-256 hashes of the scripts
 * they run, which are only known once `next build` has written them: next.config.js puts
 * SCRIPT_HASHES_PLACEHOLDER where the hashes go, and scripts/postbuild-csp.mjs replaces it in the
 * build's routes manifest (and in the compiled proxy). If that step were skipped the policy would fail
 * closed: 'strict-dynamic' with no matching hash allows no script at all. The same goes for the <style> elements into which
 * postbuild-csp.mjs copies the site's CSS (so a slow phone paints without waiting for a stylesheet):
 * STYLE_HASHES_PLACEHOLDER stands for their hashes, and unreplaced it allows none.
 */

export const SCRIPT_HASHES_PLACEHOLDER = "'__SCRIPT_HASHES__'";
export const STYLE_HASHES_PLACEHOLDER = "'__STYLE_HASHES__'";

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** JSON only: nothing may load, run or frame an API answer. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * A page's Content-Security-Policy.
 * @param {{ scriptHashes?: readonly string[] | string, styleHashes?: readonly string[] | string, nonce?: string, development?: boolean }} [options]
 *   scriptHashes: CSP hash sources ("'sha256-…'") of every script the site runs, or the placeholder.
 *   styleHashes: those of every inline <style> element the pages have, or the placeholder.
 *   nonce: a page drawn for one request (a form posted without JavaScript, proxy.server.ts): its inline
 *   scripts carry that request's data, so no hash could list them.
 *   development: `next dev` inlines scripts that change on every compile, React's debugging needs eval,
 *   and the error overlay uses inline styles.
 */
export function contentSecurityPolicy({ scriptHashes = SCRIPT_HASHES_PLACEHOLDER, styleHashes = STYLE_HASHES_PLACEHOLDER, nonce, development = false } = {}) {
  const hashes = typeof scriptHashes === 'string' ? [scriptHashes] : [...scriptHashes];
  const styles = typeof styleHashes === 'string' ? [styleHashes] : [...styleHashes];
  /** @type {Record<string, string[]>} */
  const directives = {
    'default-src': ["'self'"],
    // Browsers that understand 'strict-dynamic' ignore 'self'; it is there for those that do not.
    'script-src': development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", "'strict-dynamic'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes],
    'style-src': development ? ["'self'", "'unsafe-inline'"] : ["'self'", ...styles],
    // No image is a data: URL. Keep every value free of ':' too: Next.js compiles a header value that
    // has one as a path pattern on every request (about 5% of `npm start`'s time on a page).
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': development ? ["'self'", 'ws:'] : ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * The headers every response carries whatever it is.
 * Referrer-Policy is same-origin, not no-referrer: under no-referrer a browser sends `Origin: null`
 * with a form it submits itself, and Next.js then refuses the Server Action behind it ("Invalid
 * Server Actions request") — the question form's action when JavaScript is off. same-origin still
 * sends nothing to any other site.
 */
const COMMON_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-DNS-Prefetch-Control': 'off',
};

/**
 * A page's (and any non-API response's) security headers.
 * @param {{ scriptHashes?: readonly string[] | string, styleHashes?: readonly string[] | string, nonce?: string, development?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders(options = {}) {
  return { 'Content-Security-Policy': contentSecurityPolicy(options), ...COMMON_HEADERS };
}

/**
 * The JSON API's security headers: the same set, with a policy that allows nothing.
 * @returns {Record<string, string>}
 */
export function apiSecurityHeaders() {
  return { 'Content-Security-Policy': API_CONTENT_SECURITY_POLICY, ...COMMON_HEADERS };
}
