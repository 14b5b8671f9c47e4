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
  test('is JSON in UTF-8, never cached, never sniffed', async () => {
    const response = jsonResponse({ ok: true }, 201, { Allow: 'GET' });
    expect(response.status).toBe(201);
    expect(Object.fromEntries(response.headers)).toEqual({
      allow: 'GET',
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
      'x-content-type-options': 'nosniff',
    });
    expect(await response.json()).toEqual({ ok: true });
    const head = withoutBody(response);
    expect([head.status, head.headers.get('allow'), head.body]).toEqual([201, 'GET', null]);
  });
});
