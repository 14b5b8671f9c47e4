import { contentSecurityPolicy, createNonce, securityHeaders } from './security-headers';

describe('security headers', () => {
  test('a page CSP allows only this site and scripts with the nonce, in production', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123' });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)|https?:/);
  });

  test('development adds only what React and Next’s dev tools need', () => {
    const csp = contentSecurityPolicy({ nonce: 'n', development: true });
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
  });

  test('an API response may load, run and frame nothing', () => {
    expect(contentSecurityPolicy({})).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });

  test('the rest of the set', () => {
    expect(securityHeaders({})).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
      'Strict-Transport-Security': expect.stringMatching(/^max-age=\d+; includeSubDomains/),
      'Permissions-Policy': expect.stringContaining('geolocation=()'),
    });
  });

  test('nonces are random, base64, 128 bits', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
