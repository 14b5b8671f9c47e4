import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { NO_SCRIPT, NO_SCRIPT_NOTES, PRIVACY } from '@/app/_lib/ui-text';
import { freePort, ROOT, startNginx, type Front } from '@/scripts/front';
import { expect, test } from './fixtures';
import { answerAll, CHECK, expectStep, PATIENTS, seeResult, tierOf } from './journey';

/*
 * The static export (npm run build:static, out/) as deploy/nginx-static.conf serves it: no server behind
 * it, so the check runs only in the browser. Without its scripts, every button must still lead to the
 * numbers to call (the no-javascript help page), sending nothing the person ticked. npm test builds the
 * export before the server build (scripts/test.sh).
 */
test.describe.configure({ mode: 'serial' });

const OUT = path.join(ROOT, 'out');
let front: Front;

test.beforeAll(async () => {
  if (!existsSync(path.join(OUT, '_nginx', 'security-headers.json'))) throw new Error('no static export in out/: run npm run build:static first (npm test does)');
  front = await startNginx(await freePort(), path.join(ROOT, '.cache', 'e2e-static'), { kind: 'static', siteDir: OUT });
});

test.afterAll(async () => {
  await front?.stop();
});

/** The export's own policy, as postbuild-csp.mjs wrote it for static hosts. */
const exportCsp = (): string => JSON.parse(readFileSync(path.join(OUT, '_nginx', 'security-headers.json'), 'utf8')).csp;

/** Question 1 with an emergency sign ticked and Continue pressed: where a browser without the wizard goes. */
async function continueWithoutTheWizard(page: Page) {
  const pages: string[] = [];
  const all: string[] = [];
  page.on('request', (request) => {
    all.push(request.url());
    if (request.isNavigationRequest()) pages.push(request.url());
  });
  await page.goto(front.url + CHECK);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Do you have any of these?');
  // Before anything is pressed: the number to tap.
  await expect(page.getByRole('link', { name: 'Call 999' }).first()).toHaveAttribute('href', 'tel:999');
  await page.getByLabel('New weakness in both legs').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NO_SCRIPT.heading);
  expect(new URL(page.url()).pathname).toBe(`${CHECK}/no-javascript`);
  await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByText('New weakness in both legs')).toBeVisible();
  // Nothing ticked went anywhere: the help page's address holds at most the button pressed (the button's
  // name and value go with any form), and no address names a sign.
  expect(pages.map((url) => new URL(url).search)).toEqual(['', '?intent=continue']);
  expect(all.filter((url) => /emergency_signs|weakness|both_legs/.test(url))).toEqual([]);
}

test('with JavaScript, a whole check runs in the browser under the export’s hash-based CSP', async ({ page }) => {
  const response = await page.goto(front.url + CHECK);
  const csp = response!.headers()['content-security-policy'];
  expect(csp).toBe(exportCsp());
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
  await expectStep(page, 'emergency_signs');
  await answerAll(page, PATIENTS.urgent);
  await seeResult(page);
  expect(await tierOf(page)).toBe('urgent');
  // Every script ran under the policy: a violation is a console error, which the fixture fails on.
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('question 1 shows the number to call at once, and Continue goes to the help page with it', async ({ page }) => {
    await continueWithoutTheWizard(page);
  });

  test('the pages say truthfully that nothing is sent here, not that a server works out the next step', async ({ page }) => {
    await page.goto(front.url + CHECK);
    // The note, then the privacy page's link.
    await expect(page.locator('noscript p')).toContainText(NO_SCRIPT_NOTES.noScriptStatic);
    expect(await page.content()).not.toContain(NO_SCRIPT_NOTES.noScript);
    await page.goto(front.url + '/privacy');
    await expect(page.getByRole('listitem').filter({ hasText: /^If JavaScript is off/ })).toHaveText(PRIVACY.withoutScripts.static);
    expect(await page.content()).not.toContain('our server');
  });

  test('Start now goes to the chosen region’s check', async ({ page }) => {
    await page.goto(front.url + '/');
    await page.getByLabel('Ireland').check();
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(page).toHaveURL(/\/check\/back-spasms\/ie$/);
    await expect(page.getByRole('link', { name: 'Call 112 or 999' }).first()).toHaveAttribute('href', 'tel:112');
  });
});

test.describe('when the wizard’s scripts fail to load', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test('Continue still goes to the help page with the number to call', async ({ page }) => {
    await page.route('**/_next/static/chunks/**', (route) => route.abort());
    await continueWithoutTheWizard(page);
  });
});

test.describe('an address the export does not have', () => {
  // A 404, which the browser logs.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('gets the not-found page, with the security headers', async ({ page }) => {
    const response = await page.goto(front.url + '/check/back-spasms/xx');
    expect(response!.status()).toBe(404);
    expect(response!.headers()['content-security-policy']).toBe(exportCsp());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the start of the back pain check' })).toBeVisible();
  });
});
