import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerAll, CHECK, clickWhenSettled, expectStep, flow, PATIENTS, seeResult, tierOf } from './journey';

/*
 * The printout stands alone: when the check was done, the answers, the result with its tier and why,
 * the safety-net and, for self-care, the plan and its exercises with their pictures. "Print the
 * self-care plan" prints the plan under the date, the result and the safety-net. Checked in print
 * media, and in a real PDF.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

// The check's date and time, fixed, so the printout can be read for it.
const WHEN = new Date('2026-03-14T09:26:00Z');
const CHECKED_ON = 'You did this check on 14 March 2026 at 09:26.';

async function resultFor(page: Page, patient: (typeof PATIENTS)[keyof typeof PATIENTS]) {
  await page.clock.setFixedTime(WHEN);
  // window.print() would open a dialog: the page's own print buttons are tested up to it.
  await page.addInitScript(() => {
    (window as unknown as { printed: string[] }).printed = [];
    window.print = () => (window as unknown as { printed: string[] }).printed.push(document.documentElement.dataset.print ?? 'page');
  });
  await page.goto(CHECK);
  await expectStep(page, 'emergency_signs');
  await answerAll(page, patient);
  await seeResult(page);
}

/** The text a printout shows: the page's rendered text in print media (what display: none hides is not in it). */
async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  return page.locator('body').innerText();
}

/** A PDF of the page as the browser prints it, kept with the test's results; returns its number of pages. */
async function pdfPages(page: Page, name: string): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', path: test.info().outputPath(`${name}.pdf`) });
  await test.info().attach(name, { body: pdf, contentType: 'application/pdf' });
  return Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
}

/** Nothing printed may point to a plan "below" unless the plan is printed below it. */
function expectNoPlanBelowWithoutPlan(text: string) {
  const below = text.indexOf('plan below');
  if (below === -1) return;
  const plan = text.indexOf('Your self-care plan', below);
  expect(plan, 'a "plan below" with the plan printed after it').toBeGreaterThan(below);
}

test('self-care: the printout has the date and time, the answers, the result and why, the safety-net, and the plan with its pictures', async ({ page }) => {
  await resultFor(page, PATIENTS.selfCare);
  expect(await tierOf(page)).toBe('self_care');
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the self-care plan' })).toBeVisible();

  const text = await printedText(page);
  expect(text).toContain(`${flow.title}. ${CHECKED_ON}`);
  expect(text).toContain('You can probably look after this at home');
  expect(text).toContain('If things change');
  expect(text).toContain('Call 999 if you have back pain and:');
  expect(text).toContain('Where to get help');
  expect(text).toContain('Why this result');
  // The sources are printed, not a disclosure nobody can open on paper.
  const sources = page.locator('article details', { hasText: 'Where this advice comes from' });
  await expect(sources).not.toHaveAttribute('open', /.*/);
  await expect(sources.locator('li').first()).toBeVisible();
  expect(text).toContain('Your answers');
  expect(text).toMatch(/Age\s+34 years/);
  expect(text).toContain('Your self-care plan');
  expect(text).toContain('Gentle exercises');
  expect(text).toContain('How often');
  for (const exercise of flow.selfCare.exercises) expect(text).toContain(exercise.name);
  expect(text).toContain(`${flow.title}, version ${flow.version}. This is a self-check, not a diagnosis.`);
  expectNoPlanBelowWithoutPlan(text);
  // Nothing that only works on a screen.
  for (const gone of ['Print this page', 'Change your answers', 'Start again', 'Download your answers for a clinician', 'Your privacy', 'Skip to main content']) {
    expect(text).not.toContain(gone);
  }
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();

  // The pictures: one for each exercise, printed and loaded.
  expect(await pdfPages(page, 'self-care')).toBeLessThanOrEqual(8);
  const pictures = page.locator('.print-plan [role="img"]');
  await expect(pictures).toHaveCount(flow.selfCare.exercises.length);
  for (const picture of await pictures.all()) {
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('aria-label', /\w/);
    // The drawing is in the page: nothing to load, and it has its size.
    expect(await picture.evaluate((box) => box.querySelector('svg')!.getBoundingClientRect().height)).toBeGreaterThan(50);
  }
});

test('"Print the self-care plan" prints the plan and its exercises under the date, the result and the safety-net', async ({ page }) => {
  await resultFor(page, PATIENTS.selfCare);
  const whole = await pdfPages(page, 'whole-page');
  await clickWhenSettled(page.getByRole('button', { name: 'Print the self-care plan' }));
  expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['plan']);
  await expect(page.locator('html')).toHaveAttribute('data-print', 'plan');

  const text = await printedText(page);
  expect(text).toContain(CHECKED_ON);
  expect(text).toContain('You can probably look after this at home');
  expect(text).toContain('If things change');
  expect(text).toContain('Your self-care plan');
  for (const exercise of flow.selfCare.exercises) expect(text).toContain(exercise.name);
  await expect(page.locator('.print-plan [role="img"]').first()).toBeVisible();
  expectNoPlanBelowWithoutPlan(text);
  // Only the plan: not the rest of the page.
  for (const gone of ['Where to get help', 'What to do now', 'Why this result', 'What may be causing it', 'Your answers']) {
    expect(text).not.toContain(gone);
  }
  expect(await pdfPages(page, 'plan')).toBeLessThan(whole);

  // After printing, the page prints whole again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveAttribute('data-print', /./);
  expect(await printedText(page)).toContain('Your answers');
});

test('urgent: the printout has the date, the answers, the result and why, the safety-net and where to get help, and no plan', async ({ page }) => {
  await resultFor(page, PATIENTS.urgent);
  expect(await tierOf(page)).toBe('urgent');
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the self-care plan' })).toHaveCount(0);
  await clickWhenSettled(page.getByRole('button', { name: 'Print this page' }));
  expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['page']);

  const text = await printedText(page);
  expect(text).toContain(CHECKED_ON);
  expect(text).toContain('Get medical help today');
  expect(text).toContain('If things change');
  expect(text).toContain('Why this result');
  expect(text).toContain('You have a high temperature or feel hot and shivery.');
  // Where to go, with the number or address written out after it: paper cannot be tapped.
  expect(text).toContain('Where to get help');
  const call = page.getByRole('link', { name: /^Call 111\b/ });
  await expect(call).toBeVisible();
  expect(await call.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/attr\(href\)|tel:111/);
  expect(text).toMatch(/Age\s+38 years/);
  expect(text).toMatch(/Other symptoms\s+A high temperature/);
  expect(text).not.toContain('Your self-care plan');
  expectNoPlanBelowWithoutPlan(text);
  expect(await pdfPages(page, 'urgent')).toBeLessThanOrEqual(3);
});
