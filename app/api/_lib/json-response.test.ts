import { apiSecurityHeaders } from '@/app/_lib/security-headers.mjs';
import { jsonResponse, safeJson, withoutBody } from './json-response';

describe('safeJson', () => {
  test('escapes what could open a tag or end a script line, and parses back the same', () => {
    const value = { text: '</script><b>&amp;\u2028\u2029', list: ['<', '>'] };
    const json = safeJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('jsonResponse', () => {
  test('is JSON in UTF-8, never cached, with the API’s security headers', async () => {
    const response = jsonResponse({ ok: true }, 201, { Allow: 'GET' });
    expect(response.status).toBe(201);
    const security = Object.fromEntries(Object.entries(apiSecurityHeaders()).map(([name, value]) => [name.toLowerCase(), value]));
    expect(Object.fromEntries(response.headers)).toEqual({
      ...security,
      allow: 'GET',
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(await response.json()).toEqual({ ok: true });
    const head = withoutBody(response);
    expect([head.status, head.headers.get('allow'), head.body]).toEqual([201, 'GET', null]);
  });
});
