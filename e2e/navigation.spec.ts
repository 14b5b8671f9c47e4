import type { Page } from '@playwright/test';
import { storageKey } from '@/lib/triage/saved-progress';
import { expect, test } from './fixtures';
import { answerAll, answerAs, CHECK, clickWhenSettled, expectStep, fillAs, flow, healthWords, PATIENTS, seeResult, startCheck, stepField, tierOf, titleOf, walkToResult } from './journey';

const KEY = storageKey(flow);
const saved = (page: Page) => page.evaluate((key) => sessionStorage.getItem(key), KEY);
const answerRow = (page: Page, label: string) => page.locator('dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
const backLink = (page: Page) => page.getByRole('main').getByRole('button', { name: 'Back', exact: true });

test('each new step opens at its top, with Back and the question’s number in view', async ({ page }) => {
  // A phone: a long checklist's Continue is far down, and the next step must not open part-way down.
  await page.setViewportSize({ width: 390, height: 700 });
  await startCheck(page);
  for (let step = 0; step < 5; step++) {
    await answerAs(page, PATIENTS.selfCare);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(backLink(page)).toBeInViewport();
    await expect(page.getByText(/^Question \d+ of about \d+$/)).toBeInViewport();
  }
  // Back and the browser's Back too: not where the step was scrolled to when the person left it.
  for (const goBack of [() => backLink(page).click(), () => page.goBack()]) {
    await goBack();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(backLink(page)).toBeInViewport();
  }
});

test('Check your answers comes before the result, and Change goes to the question and straight back', async ({ page }) => {
  await startCheck(page);
  const asked = await answerAll(page, PATIENTS.selfCare);
  await expectStep(page, 'review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  // Every question asked has its answer, with its own Change.
  for (const step of asked) {
    const screen = flow.screens.find((s) => s.id === step)!;
    await expect(answerRow(page, screen.summaryLabel)).toHaveCount(1);
    await expect(page.getByRole('button', { name: `Change ${screen.summaryLabel.toLowerCase()}`, exact: true })).toHaveCount(1);
  }
  await expect(answerRow(page, 'Age')).toContainText('34');

  await page.getByRole('button', { name: 'Change age', exact: true }).click();
  await expectStep(page, 'age');
  await expect(page.locator('#age')).toHaveValue('34');
  await page.locator('#age').fill('35');
  await page.getByRole('button', { name: 'Continue' }).click();
  // One Continue: back on Check your answers, with the new answer and nothing else asked.
  await expectStep(page, 'review');
  await expect(answerRow(page, 'Age')).toContainText('35');
  await expect(page.getByText(/no longer apply/)).toHaveCount(0);

  // "Change your answers" on the result leads to Check your answers, not to the last question.
  await seeResult(page);
  expect(await tierOf(page)).toBe('self_care');
  await clickWhenSettled(page.getByRole('button', { name: 'Change your answers' }));
  await expectStep(page, 'review');
  await expect(answerRow(page, 'Age')).toContainText('35');
});

test('a reload, or Back and Forward, in the middle of a change keeps it: one Continue back to Check your answers', async ({ page }) => {
  await startCheck(page);
  await answerAll(page, PATIENTS.selfCare);
  await page.getByRole('button', { name: 'Change age', exact: true }).click();
  await expectStep(page, 'age');
  await page.reload();
  await expectStep(page, 'age');
  await page.locator('#age').fill('36');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 'review');
  await expect(answerRow(page, 'Age')).toContainText('36');
  await page.goBack();
  await expectStep(page, 'age');
  await page.goForward();
  await expectStep(page, 'review');
  await page.goBack();
  await expectStep(page, 'age');
  await page.locator('#age').fill('37');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 'review');
  await expect(answerRow(page, 'Age')).toContainText('37');
});

test('a change that removes answers says which', async ({ page }) => {
  await startCheck(page);
  await answerAll(page, PATIENTS.pregnant);
  await expect(answerRow(page, 'Your health')).toContainText(/pregnant/i);
  await page.getByRole('button', { name: 'Change age', exact: true }).click();
  await expectStep(page, 'age');
  await page.locator('#age').fill('60');
  await page.getByRole('button', { name: 'Continue' }).click();
  // At 60 a minor fall matters, so the list of what set it off is asked again, with that choice added.
  await expectStep(page, 'before_it_started');
  const notice = page.getByText('Your change means some questions no longer apply, so we removed these answers:');
  await expect(notice).toBeVisible();
  await expect(notice.locator('xpath=..')).toContainText(/pregnant/i);
  await expect(page.getByText('Your change means we need to ask this question again.')).toBeVisible();
  await expect(page.getByLabel('It started after a minor fall or knock')).toBeVisible();
  await answerAs(page, { ...PATIENTS.pregnant, age: 60 });
  await expectStep(page, 'review');
  await expect(answerRow(page, 'Age')).toContainText('60');
  await expect(answerRow(page, 'Your health')).not.toContainText(/pregnant/i);
});

test('Start again asks first: backing out keeps the result, confirming clears it', async ({ page }) => {
  await walkToResult(page, PATIENTS.urgent);
  expect(await tierOf(page)).toBe('urgent');
  const confirm = page.getByRole('link', { name: 'Clear my answers and start again' });
  await expect(confirm).toBeHidden();

  // Opening it only explains; closing it again changes nothing.
  await clickWhenSettled(page.getByText('Start again', { exact: true }));
  await expect(confirm).toBeVisible();
  await expect(page.getByText('This clears your answers, and any result, from this device. You cannot undo it.')).toBeVisible();
  await clickWhenSettled(page.getByText('Start again', { exact: true }));
  await expect(confirm).toBeHidden();
  await expectStep(page, 'result');
  expect(await tierOf(page)).toBe('urgent');
  expect(await saved(page)).not.toBeNull();
  await page.reload();
  await expectStep(page, 'result');
  expect(await tierOf(page)).toBe('urgent');

  await clickWhenSettled(page.getByText('Start again', { exact: true }));
  await confirm.click();
  await expectStep(page, 'emergency_signs');
  await expect(page.getByRole('status')).toContainText('Your answers have been cleared from this device.');
  await expect(page.locator('#emergency_signs--none')).not.toBeChecked();
  expect(await saved(page)).toBeNull();
  await page.reload();
  await expectStep(page, 'emergency_signs');
  await expect(page.locator('#emergency_signs--none')).not.toBeChecked();
});

test('the Back link is the browser’s Back: they agree, and Forward returns, with no ping-pong', async ({ page }) => {
  await page.goto('/');
  await startCheck(page);
  // Question 1's Back is a link to the start page.
  await expect(page.getByRole('main').getByRole('link', { name: 'Back', exact: true })).toHaveAttribute('href', '/');
  const length = () => page.evaluate(() => history.length);
  await answerAs(page, PATIENTS.urgent);
  await answerAs(page, PATIENTS.urgent);
  await expectStep(page, 'warning_signs');
  const entries = await length();

  await backLink(page).click();
  await expectStep(page, 'age');
  await expect(page.locator('#age')).toHaveValue('38');
  // The browser's Back from here goes on back, not forward again to where the link was pressed.
  await page.goBack();
  await expectStep(page, 'emergency_signs');
  await expect(page.locator('#emergency_signs--none')).toBeChecked();
  await page.goForward();
  await expectStep(page, 'age');
  await page.goForward();
  await expectStep(page, 'warning_signs');
  await page.goBack();
  await expectStep(page, 'age');
  await backLink(page).click();
  await expectStep(page, 'emergency_signs');
  // Going back never added an entry.
  expect(await length()).toBe(entries);
  await page.goForward();
  await expectStep(page, 'age');

  // The Back link on question 1 is a link to the start page; the browser's Back returns to question 1.
  await page.goBack();
  await expectStep(page, 'emergency_signs');
  await page.getByRole('main').getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your back pain');
  await page.goBack();
  await expectStep(page, 'emergency_signs');
  await expect(page.locator('#emergency_signs--none')).toBeChecked();
});

test('Back and Forward around Check your answers and the result', async ({ page }) => {
  const asked = await walkToResult(page, PATIENTS.urgent);
  await page.goBack();
  await expectStep(page, 'review');
  await backLink(page).click();
  await expectStep(page, asked.at(-1)!);
  await page.goForward();
  await expectStep(page, 'review');
  await page.goForward();
  await expectStep(page, 'result');
  expect(await tierOf(page)).toBe('urgent');
});

test('a reload keeps the step and its answers, and the result', async ({ page }) => {
  await startCheck(page);
  await answerAs(page, PATIENTS.urgent);
  await answerAs(page, PATIENTS.urgent);
  await fillAs(page, 'warning_signs', PATIENTS.urgent);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 'health_history');
  await page.reload();
  await expectStep(page, 'health_history');
  await expect(page).toHaveTitle(titleOf('health_history', 4));
  await backLink(page).click();
  await expectStep(page, 'warning_signs');
  await expect(page.locator('#warning_signs--fever_or_chills')).toBeChecked();
  await page.goForward();
  await answerAll(page, PATIENTS.urgent);
  await seeResult(page);
  await page.reload();
  await expectStep(page, 'result');
  expect(await tierOf(page)).toBe('urgent');
  // Back after a reload still finds Check your answers.
  await page.goBack();
  await expectStep(page, 'review');
});

test('a reloaded result comes whole, and nothing in view moves while it comes', async ({ page }) => {
  // A phone: the page's footer is in view under the "loading your answers" line until the result comes.
  await page.setViewportSize({ width: 412, height: 823 });
  await walkToResult(page, PATIENTS.selfCare);
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.reload();
  await expectStep(page, 'result');
  // Below its first screenful too: what lies there is drawn just after.
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeAttached();
  await expect(page.locator('summary', { hasText: 'Start again' })).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual([]);
});

test('the address never changes, and titles name only the kind of step', async ({ page }) => {
  const urls = new Set<string>();
  const titles: string[] = [];
  const note = async () => {
    urls.add(page.url());
    titles.push(await page.title());
  };
  await startCheck(page);
  await note();
  await answerAs(page, PATIENTS.urgent);
  // An answer in error adds "Error:" to the title, and nothing more.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveTitle(/^Error: Question 2 – /);
  await note();
  await fillAs(page, 'age', PATIENTS.urgent);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 'warning_signs');
  await note();
  for (let n = 3; (await stepField(page).inputValue()) !== 'review'; n++) {
    await expect(page).toHaveTitle(new RegExp(`Question ${n} – `));
    await answerAs(page, PATIENTS.urgent);
    await note();
  }
  await seeResult(page);
  await note();
  expect(await tierOf(page)).toBe('urgent');

  expect([...urls]).toEqual([new URL(CHECK, page.url()).href]);
  expect(titles.slice(-2)).toEqual([expect.stringMatching(titleOf('review')), expect.stringMatching(titleOf('result'))]);
  for (const title of titles) {
    expect(title).toMatch(/^(Error: )?(Question \d+|Check your answers|Your result) – Back spasm self-check$/);
    for (const word of healthWords()) expect(title.toLowerCase()).not.toContain(word.toLowerCase());
  }
  // The history entry holds the step's number, and nothing else of the wizard's.
  const state = await page.evaluate(() => history.state as Record<string, unknown>);
  expect(state.step).toEqual(expect.any(Number));
  expect(JSON.stringify(state)).not.toMatch(/fever|urgent|review|result/);
});
