import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import patients from '@/flows/back-spasms/examples/patients.json';
import type { Patient } from '@/lib/triage/patient';
import { runTriage } from '@/lib/triage/run-triage';
import { expect, expectNoAxeViolations, flow, test } from './fixtures';

/*
 * The flow explorer (/flows/back-spasms) in a browser: accessible as it loads, with a patient tried and
 * with an error; "Try a patient" agreeing with the engine and sending nothing; the print view; and
 * narrow screens.
 */

const PAGE = '/flows/back-spasms';
type Example = Patient & { id: string; age: number; durationDays: number };
const example = (id: string) => (patients as Example[]).find((p) => p.id === id)!;

function durationOption(days: number): string {
  const range = flow.screens.find((s) => s.id === 'durationDays')!;
  if (range.kind !== 'range') throw new Error('durationDays is not a range screen');
  return range.options.filter((o) => o.from <= days).at(-1)!.label;
}

async function tryPatient(page: Page, patient: Example) {
  const form = page.getByRole('form', { name: 'Try a patient' });
  await form.getByRole('textbox', { name: 'Age' }).fill(String(patient.age));
  await form.getByRole('radio', { name: durationOption(patient.durationDays) }).check();
  for (const id of patient.findings) await form.getByRole('checkbox', { name: flow.findings[id]!.label, exact: true }).check();
  await form.getByRole('button', { name: 'Try this patient' }).click();
}

async function expectTried(page: Page, patient: Example) {
  const expected = runTriage(flow, patient);
  const outcome = flow.outcomes[expected.outcome]!;
  await expect(page.getByRole('heading', { name: /^Outcome: / })).toHaveText(`Outcome: ${outcome.title} (${outcome.tier.replace('_', '-')})`);
  await expect(page.getByRole('heading', { name: /^Outcome: / })).toBeFocused();
  await expect(page.locator('[data-trial-decided] li')).toHaveCount(expected.reasons.length);
  expect(await page.locator('[data-trial-decided] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')))).toEqual(expected.reasons.map((r) => r.rule));
  await expect(page.locator('[data-screen-id]:has([data-trial-mark="step"])')).toHaveCount(expected.path.length);
  await expect(page.locator(`[data-outcome-id="${expected.outcome}"] [data-trial-mark="outcome"]`)).toBeVisible();
  await expect(page.locator('svg [data-path-step]')).toHaveCount(expected.path.length + (expected.level === 'emergency' ? 1 : 2));
}

test('the explorer shows the flow and passes axe', async ({ page }) => {
  const response = await page.goto(PAGE);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.title);
  await expect(page.locator('[data-flow-version]')).toHaveText(flow.version);
  await expect(page.locator('[data-screen-id]')).toHaveCount(flow.screens.length);
  await expect(page.locator('tr[data-rule-id]')).toHaveCount(flow.rules.length);
  await expect(page.locator('article[data-outcome-id]')).toHaveCount(Object.keys(flow.outcomes).length);
  await expect(page.locator('svg[data-graph] g[data-step]')).toHaveCount(flow.screens.length + 1 + Object.keys(flow.outcomes).length);
  // The page as served passes the site's CSP: no style attribute, and every inline script's and
  // <style>'s hash is listed (the <style>s are the stylesheets' CSS, put in the page after the build).
  // (Next's route announcer gets a style from a script, through the CSSOM, which the CSP allows.)
  const html = await response!.text();
  expect(html, 'style attributes (the CSP forbids them)').not.toMatch(/<[a-z][^>]*\sstyle="/i);
  const csp = response!.headers()['content-security-policy']!;
  for (const [, text] of html.matchAll(/<(?:script|style)\b[^>]*>([\s\S]*?)<\/(?:script|style)>/g)) {
    if (text === '') continue;
    expect(csp, 'an inline script or style').toContain(`'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`);
  }
  await expectNoAxeViolations(page, 'the flow explorer');
});

test('try a patient: the engine’s outcome and path, marked on the page, with nothing sent', async ({ page }) => {
  await page.goto(PAGE);
  const sent: string[] = [];
  page.on('request', (request) => {
    // Next.js prefetches the pages the page links to (the header's link home), and the browser fetches
    // the site's icon when it likes: code, page data and a picture, fetched, sending nothing. Anything
    // else would be the page sending something.
    const url = new URL(request.url());
    const fetched = url.pathname.startsWith('/_next/static/') || url.searchParams.has('_rsc') || url.pathname === '/icon.svg';
    if (request.method() !== 'GET' || !fetched) sent.push(`${request.method()} ${request.url()}`);
  });
  const stoppedEarly = example('emergency-cancer-difficulty-walking');
  await tryPatient(page, stoppedEarly);
  await expectTried(page, stoppedEarly);
  await expectNoAxeViolations(page, 'the flow explorer with a patient tried');

  // Clear, then another patient: the form starts from nothing.
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('[data-trial-mark]')).toHaveCount(0);
  const routine = example('routine-sciatica-three-weeks');
  await tryPatient(page, routine);
  await expectTried(page, routine);
  expect(sent, 'requests made by trying patients').toEqual([]);
});

test('a form with an error says so, passes axe, and its link moves to the field', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole('button', { name: 'Try this patient' }).click();
  const summary = page.locator('[aria-labelledby="try-errors-title"]');
  await expect(summary).toBeFocused();
  // Only the form and its error summary changed, and the first test ran axe on the whole page (about a
  // minute, on this page).
  await expectNoAxeViolations(page, 'the flow explorer’s form with an error', 'div:has(> form[aria-label="Try a patient"])');
  const age = flow.screens.find((s) => s.id === 'age')!;
  if (age.kind !== 'number') throw new Error('age is not a number screen');
  await summary.getByRole('link', { name: age.errors.empty }).click();
  await expect(page.getByRole('textbox', { name: 'Age' })).toBeFocused();
});

test('the form works from the keyboard alone', async ({ page }) => {
  const patient = example('self_care-desk-worker');
  await page.goto(PAGE);
  await page.getByRole('textbox', { name: 'Age' }).focus();
  await page.keyboard.type(String(patient.age));
  await page.keyboard.press('Tab');
  // Tab lands on the first radio of how long; Space chooses it.
  await page.keyboard.press('Space');
  for (const id of patient.findings) {
    const box = page.getByRole('checkbox', { name: flow.findings[id]!.label, exact: true });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await page.getByRole('button', { name: 'Try this patient' }).focus();
  await page.keyboard.press('Enter');
  expect(durationOption(patient.durationDays)).toBe(durationOption(0));
  await expectTried(page, patient);
});

test('print: everything expanded, no form and no buttons', async ({ page }) => {
  await page.goto(PAGE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('form', { name: 'Try a patient' })).toBeHidden();
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.locator('details')).toHaveCount(0);
  for (const id of ['paths', 'graph', 'screens', 'rules', 'outcomes']) await expect(page.locator(`section#${id}`)).toBeVisible();
  await expect(page.locator('svg[data-graph]')).toBeVisible();
});

for (const width of [320, 390]) {
  test(`nothing scrolls sideways at ${width} px but the graph and the tables, inside their boxes`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(PAGE);
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
  });
}

test.describe('an unknown flow', () => {
  // The browser reports the page's own 404 status in the console; that is the point of this test.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('is a real 404', async ({ page }) => {
    const response = await page.goto('/flows/knees');
    expect(response?.status()).toBe(404);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Try a patient" never sends the form: the findings stay out of the address and the history', async ({ page }) => {
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: 'Try a patient' });
    await form.getByRole('textbox', { name: 'Age' }).fill('30');
    await form.getByRole('checkbox', { name: flow.findings.numbness_saddle_area!.label, exact: true }).check();
    await expect(form.getByRole('button', { name: 'Try this patient' })).toBeDisabled();
    await expect(form.getByText(/^Trying a patient needs JavaScript/)).toBeVisible();
    // Enter in a field sends a form through its default button: disabled, it sends nothing.
    await form.getByRole('textbox', { name: 'Age' }).press('Enter');
    await form.getByRole('button', { name: 'Try this patient' }).click({ force: true });
    await page.waitForLoadState();
    expect(new URL(page.url()).search).toBe('');
    expect(page.url()).not.toMatch(/numbness|age=/);
  });
});
