import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';
import { SITE_URLS } from '@/scripts/site-urls';
import { builtHeaders, postQuestionOne, splitNonce } from './built-headers';

const COMMON = {
  'strict-transport-security': /max-age=\d{8}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^same-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  'x-frame-options': /^DENY$/,
  'cross-origin-opener-policy': /^same-origin$/,
};
const SECURITY_HEADERS = Object.keys(builtHeaders().headers).map((name) => name.toLowerCase());
const sha256 = (bytes: Buffer | string) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
const pick = (headers: Record<string, string>) => Object.fromEntries(SECURITY_HEADERS.map((name) => [name, headers[name]]));

test('every response carries the same security headers: pages, assets and errors alike', async ({ request }) => {
  const first = await request.get(SITE_URLS.start);
  const headers = first.headers();
  for (const [name, value] of Object.entries(COMMON)) expect(headers[name], name).toMatch(value);
  const csp = headers['content-security-policy']!;
  expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'strict-dynamic'( 'sha256-[A-Za-z0-9+/]{43}=')+; style-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|nonce-|__SCRIPT_HASHES__|__STYLE_HASHES__/);
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['set-cookie']).toBeUndefined();

  const html = await (await request.get(SITE_URLS.wizard)).text();
  const asset = /<script[^>]* src="(\/_next\/static\/[^"]+)"/.exec(html)![1]!;
  for (const url of [SITE_URLS.start, SITE_URLS.wizard, SITE_URLS.missing, asset, '/exercises/bridge.svg']) {
    const response = await request.get(url);
    expect(pick(response.headers()), url).toEqual(pick(headers));
  }
});

test('the policy lists the hash of every script the pages run and of the CSS in them, and every script, preload and stylesheet has SRI', async ({ request }) => {
  for (const url of [SITE_URLS.start, SITE_URLS.wizard, SITE_URLS.missing]) {
    const response = await request.get(url);
    const csp = response.headers()['content-security-policy']!;
    const html = await response.text();
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline.length, url).toBeGreaterThan(0);
    for (const text of inline) expect(csp, `${url}: an inline script`).toContain(`'${sha256(Buffer.from(text, 'utf8'))}'`);
    // Each stylesheet's CSS is in the page, byte for byte, so the page paints without fetching it; the
    // stylesheet itself stays, for printing, and is preloaded for the next page's cache (a form sent
    // before the scripts run draws a page that links it).
    const styles = [...html.matchAll(/<style data-href="([^"]+)">([\s\S]*?)<\/style>/g)];
    expect(styles.length, url).toBeGreaterThan(0);
    expect(styles.length, `${url}: every <style> is a stylesheet's copy`).toBe((html.match(/<style\b/g) ?? []).length);
    for (const [, href, css] of styles) {
      expect(csp, `${url}: the CSS of ${href}`).toContain(`'${sha256(Buffer.from(css!, 'utf8'))}'`);
      expect(css, `${url}: ${href} as served`).toBe(await (await request.get(href!)).text());
      expect(html, `${url}: ${href}'s own link, for print`).toMatch(new RegExp(`<link media="print"[^>]* rel="stylesheet" href="${href}"`));
      expect(html, `${url}: ${href} preloaded`).toMatch(new RegExp(`<link as="style"[^>]* rel="preload" href="${href}"`));
    }
    const external = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /<script[^>]* src=|rel="(?:stylesheet|preload|modulepreload)"/.test(tag));
    expect(external.length, url).toBeGreaterThan(0);
    for (const tag of external) {
      if (/rel="preload"/.test(tag) && !/as="(?:script|style)"/.test(tag)) continue;
      const src = /(?:src|href)="([^"]+)"/.exec(tag)![1]!.replace(/&amp;/g, '&');
      const integrity = /integrity="([^"]+)"/.exec(tag)?.[1];
      const body = await (await request.get(src)).body();
      expect(integrity, `${url}: ${tag}`).toBe(sha256(body));
      if (tag.startsWith('<script') || /as="script"/.test(tag)) expect(csp, `${url}: ${src}`).toContain(`'${integrity}'`);
    }
  }
});

test.describe('in the browser', () => {
  // The not-found page's own status.
  test.use({ expectedConsoleErrors: [/status of 404/] });

test('the pages run under the policy without a violation, moving between them too', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  for (const url of [SITE_URLS.start, SITE_URLS.wizard, SITE_URLS.missing]) {
    await page.goto(url);
    // window.next is set once Next.js's client has started: every script ran.
    await page.waitForFunction(() => 'next' in window);
  }
  // Client-side navigation loads chunks at run time: the header's link to the start page is one, then
  // Start now opens the wizard in the region chosen.
  await page.goto(SITE_URLS.wizard);
  await page.waitForFunction(() => 'next' in window);
  await page.getByRole('banner').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page).toHaveURL(/\/check\/back-spasms\/[a-z]+$/);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
});

test('the API carries its own headers, a policy that allows nothing, and no cookies', async ({ request }) => {
  for (const response of [
    await request.post(SITE_URLS.triage, { data: { age: 30, sex: 'male', durationDays: 2, findings: [] } }),
    await request.post(SITE_URLS.triage, { data: '{', headers: { 'content-type': 'application/json' } }),
    await request.get(SITE_URLS.flow),
    await request.get(SITE_URLS.health),
    await request.get('/api/nowhere'),
  ]) {
    const headers = response.headers();
    for (const [name, value] of Object.entries(builtHeaders().apiHeaders)) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['set-cookie']).toBeUndefined();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page drawn for a posted form has the same headers, with a fresh nonce in its policy on each of its scripts', async ({ page, request }) => {
    const expected = pick((await request.get(SITE_URLS.wizard)).headers());
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await postQuestionOne(page, SITE_URLS.wizard);
      const headers = pick(await response.allHeaders());
      const { nonce, rest } = splitNonce(headers['content-security-policy']!);
      expect(nonce, headers['content-security-policy']).toBeDefined();
      expect({ ...headers, 'content-security-policy': rest }).toEqual(expected);
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [tag, text] of scripts) {
        // Next.js's own scripts carry the nonce; the page's own inline script is one the policy lists.
        if (!tag.includes(`nonce="${nonce}"`)) expect(expected['content-security-policy'], tag.slice(0, 80)).toContain(`'${sha256(Buffer.from(text!, 'utf8'))}'`);
      }
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
