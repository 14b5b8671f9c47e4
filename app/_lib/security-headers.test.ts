import {
  API_CONTENT_SECURITY_POLICY,
  apiSecurityHeaders,
  contentSecurityPolicy,
  SCRIPT_HASHES_PLACEHOLDER,
  securityHeaders,
  STYLE_HASHES_PLACEHOLDER,
} from './security-headers.mjs';

const HASHES = ["'sha256-AAAA'", "'sha256-BBBB'"];

describe('a page’s Content-Security-Policy', () => {
  test('in production, scripts and inline styles are allowed only if their hash is listed (and what the scripts load)', () => {
    const csp = contentSecurityPolicy({ scriptHashes: HASHES, styleHashes: ["'sha256-CCCC'"] });
    expect(csp).toContain("script-src 'self' 'strict-dynamic' 'sha256-AAAA' 'sha256-BBBB';");
    expect(csp).toContain("style-src 'self' 'sha256-CCCC';");
    expect(contentSecurityPolicy({ scriptHashes: HASHES, styleHashes: [] })).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)|nonce-|https?:/);
  });

  test('before the build’s hashes are known it holds the placeholders, which allow no script and no inline style', () => {
    expect(contentSecurityPolicy()).toContain(`script-src 'self' 'strict-dynamic' ${SCRIPT_HASHES_PLACEHOLDER};`);
    expect(contentSecurityPolicy()).toContain(`style-src 'self' ${STYLE_HASHES_PLACEHOLDER};`);
  });

  test('a page drawn for one request gets a nonce beside the hashes, and nothing else changes', () => {
    const plain = contentSecurityPolicy({ scriptHashes: HASHES, styleHashes: ["'sha256-CCCC'"] });
    const withNonce = contentSecurityPolicy({ scriptHashes: HASHES, styleHashes: ["'sha256-CCCC'"], nonce: 'bm9uY2U=' });
    expect(withNonce).toContain("script-src 'self' 'strict-dynamic' 'nonce-bm9uY2U=' 'sha256-AAAA' 'sha256-BBBB';");
    expect(withNonce.replace(" 'nonce-bm9uY2U='", '')).toBe(plain);
    expect(contentSecurityPolicy({ development: true, nonce: 'bm9uY2U=' })).not.toContain('nonce-');
  });

  test('development adds only what next dev needs: inline and eval’d scripts, inline styles, its websocket', () => {
    const csp = contentSecurityPolicy({ development: true });
    expect(csp).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self' ws:");
    expect(csp).not.toContain(SCRIPT_HASHES_PLACEHOLDER);
    expect(csp).not.toContain(STYLE_HASHES_PLACEHOLDER);
  });
});

describe('the security headers', () => {
  test('the same set on pages and on the API, but for the API’s policy that allows nothing', () => {
    const page = securityHeaders({ scriptHashes: HASHES });
    const api = apiSecurityHeaders();
    expect(api['Content-Security-Policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(API_CONTENT_SECURITY_POLICY).toBe(api['Content-Security-Policy']);
    const { 'Content-Security-Policy': _page, ...pageRest } = page;
    const { 'Content-Security-Policy': _api, ...apiRest } = api;
    expect(pageRest).toEqual(apiRest);
    expect(pageRest).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Strict-Transport-Security': expect.stringMatching(/^max-age=\d{8}; includeSubDomains/),
      'Permissions-Policy': expect.stringContaining('geolocation=()'),
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  test('Referrer-Policy is same-origin, so a form posted without JavaScript keeps its Origin (Server Actions check it)', () => {
    expect(securityHeaders()['Referrer-Policy']).toBe('same-origin');
    expect(apiSecurityHeaders()['Referrer-Policy']).toBe('same-origin');
  });

  test('every value can be written in a header, an nginx string and a _headers file as it is', () => {
    for (const headers of [securityHeaders({ scriptHashes: HASHES }), apiSecurityHeaders()]) {
      for (const [name, value] of Object.entries(headers)) {
        expect(name).toMatch(/^[A-Za-z-]+$/);
        expect(value).toMatch(/^[\x20-\x7e]+$/);
        expect(value).not.toMatch(/["\\$]/);
      }
    }
  });
});
