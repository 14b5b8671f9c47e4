import { storageKey } from '@/lib/triage/saved-progress';
import { answerAsPatient, expect, expectStep, flow, test } from './fixtures';

const adult = { age: 61, sex: 'male' as const, durationDays: 3, findings: [] as string[] };
const KEY = storageKey(flow);

test('the browser’s Back and Forward move between answered steps, keeping the answers', async ({ page }) => {
  await page.goto('/check/back-spasms');
  await expectStep(page, 'emergency_signs');
  await answerAsPatient(page, 'emergency_signs', adult);
  await expectStep(page, 'age');
  await answerAsPatient(page, 'age', adult);
  await expectStep(page, 'warning_signs');
  await page.goBack();
  await expectStep(page, 'age');
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveValue('61');
  await page.goBack();
  await expectStep(page, 'emergency_signs');
  await expect(page.locator('#emergency_signs--none')).toBeChecked();
  await page.goForward();
  await expectStep(page, 'age');
  await page.goForward();
  await expectStep(page, 'warning_signs');
});

test('a reload mid-check keeps the person where they were, with their answers', async ({ page }) => {
  await page.goto('/check/back-spasms');
  await answerAsPatient(page, 'emergency_signs', adult);
  await answerAsPatient(page, 'age', adult);
  await expectStep(page, 'warning_signs');
  await page.reload();
  await expectStep(page, 'warning_signs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Do you have any of these as well as your back pain?');
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveValue('61');
});

test('a URL that jumps ahead goes to the first unanswered step, with a notice', async ({ page }) => {
  await page.goto('/check/back-spasms');
  await answerAsPatient(page, 'emergency_signs', adult);
  await expectStep(page, 'age');
  // Typed into the address bar on the same page...
  await page.goto('/check/back-spasms#step=durationDays');
  await expectStep(page, 'age');
  await expect(page.getByRole('status')).toContainText('taken you to the next question to answer');
  // ...and opened afresh.
  await page.goto('/');
  await page.goto('/check/back-spasms#step=result');
  await expectStep(page, 'age');
  await expect(page.getByRole('status')).toContainText('taken you to the next question to answer');
});

test('corrupted saved state is discarded with a visible notice, and the check starts again', async ({ page }) => {
  await page.goto('/check/back-spasms');
  await expectStep(page, 'emergency_signs');
  await page.evaluate((key) => sessionStorage.setItem(key, '{"flow":"back-spasms","version":"1.0.0","answers":{"age":"<script>"}}'), KEY);
  await page.goto('/check/back-spasms#step=age');
  await page.reload();
  await expectStep(page, 'emergency_signs');
  await expect(page.getByRole('status')).toContainText('did not match this check');
  expect(await page.evaluate((key) => sessionStorage.getItem(key), KEY)).toBeNull();
});

test('the error summary: submitting with no answer explains, links to the field, and moves focus', async ({ page }) => {
  await page.goto('/check/back-spasms');
  await expectStep(page, 'emergency_signs');
  await page.locator('#emergency_signs--none').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 'age');
  await page.getByRole('textbox').fill('two hundred');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('[aria-labelledby="error-summary-title"]');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('There is a problem');
  await expect(page).toHaveTitle(/^Error: How old are you\?/);
  await summary.getByRole('link', { name: 'Enter your age as a whole number of years, like 34' }).click();
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toBeFocused();
  await page.getByRole('textbox').fill('34');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 'sex');
});

test('Clear my answers removes everything stored in the browser', async ({ page }) => {
  await page.goto('/check/back-spasms');
  await answerAsPatient(page, 'emergency_signs', adult);
  await expectStep(page, 'age');
  expect(await page.evaluate((key) => sessionStorage.getItem(key), KEY)).not.toBeNull();
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await expectStep(page, 'emergency_signs');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.context().cookies()).toEqual([]);
});

test.describe('a 404', () => {
  // The browser reports the page's own 404 status in the console; that is the point of this test.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('an unknown flow is a real 404 page', async ({ page }) => {
    const response = await page.goto('/check/knees');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    expect((await page.request.get('/nowhere')).status()).toBe(404);
  });
});

test('answers never reach the server: no request carries an answer or a step', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  await page.goto('/check/back-spasms');
  await answerAsPatient(page, 'emergency_signs', { ...adult, findings: [] });
  await answerAsPatient(page, 'age', adult);
  await answerAsPatient(page, 'warning_signs', { ...adult, findings: ['fever_or_chills'] });
  await expectStep(page, 'health_history');
  await page.reload();
  await expectStep(page, 'health_history');
  for (const line of sent) {
    expect(line.startsWith('GET ')).toBe(true);
    expect(line).not.toMatch(/fever_or_chills|step=|61/);
  }
});

test('the print view is a summary of the result and the answers', async ({ page }) => {
  await page.goto('/check/back-spasms');
  await answerAsPatient(page, 'emergency_signs', { ...adult, findings: ['chest_pain_or_shortness_of_breath'] });
  await expectStep(page, 'result');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
  await expect(page.locator('header')).toBeHidden();
  await expect(page.getByText(/This is a self-check, not a diagnosis/)).toBeVisible();
});
