import { expect, test } from './fixtures';

const COMMON = {
  'strict-transport-security': /max-age=\d{8}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  'x-frame-options': /^DENY$/,
};

test('a page carries the security headers and a strict, per-request CSP nonce on its scripts', async ({ request }) => {
  const [first, second] = [await request.get('/check/back-spasms'), await request.get('/check/back-spasms')];
  for (const response of [first, second]) {
    const headers = response.headers();
    for (const [name, value] of Object.entries(COMMON)) expect(headers[name], name).toMatch(value);
    const csp = headers['content-security-policy']!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['set-cookie']).toBeUndefined();
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g)!;
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(first.headers()['content-security-policy']).not.toBe(second.headers()['content-security-policy']);
});

test('the API carries the security headers, a CSP that allows nothing, and no cookies', async ({ request }) => {
  for (const response of [
    await request.post('/api/triage', { data: { age: 30, sex: 'male', durationDays: 2, findings: [] } }),
    await request.post('/api/triage', { data: '{', headers: { 'content-type': 'application/json' } }),
    await request.get('/api/flows/back-spasms'),
    await request.get('/api/nowhere'),
  ]) {
    const headers = response.headers();
    for (const [name, value] of Object.entries(COMMON)) expect(headers[name], name).toMatch(value);
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['set-cookie']).toBeUndefined();
  }
});
