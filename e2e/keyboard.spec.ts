import type { Locator, Page } from '@playwright/test';
import { kindOf, toolsOf } from '@/lib/screens';
import { IDLE_MINUTES, IDLE_WARNING_MINUTES } from '@/lib/triage/saved-progress';
import { expect, test } from './fixtures';
import { expectStep, PATIENTS, screenOf, startCheck, stepField, tierOf } from './journey';

// The start page suggests a region from the browser's language: this browser is in the UK.
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

/** What the focused element looks like: its focus ring, or its label's box for a checkbox or radio. */
function focusLook(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const target = el.matches('input[type=checkbox], input[type=radio]') ? (el.nextElementSibling as HTMLElement) : el;
    const style = getComputedStyle(target, el === target ? null : '::before');
    return `${el.tagName.toLowerCase()}#${el.id} "${(el.textContent ?? '').trim().slice(0, 40)}": ${style.boxShadow}|${style.outlineStyle} ${style.outlineColor}|${style.backgroundColor}`;
  });
}

/** Every stop that Tab reaches shows where focus is: the yellow of the focus style. */
async function expectVisibleFocus(page: Page) {
  expect(await focusLook(page)).toMatch(/rgb\(255, 221, 0\)/);
}

/** Presses Tab until the element has focus, as a keyboard user would, checking that each stop on the way shows its focus. */
async function tabTo(page: Page, element: Locator) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    if (await element.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${String(element)} with Tab`);
}

/** Answers the step on show with the keyboard alone, then presses Continue. */
async function answerByKeyboard(page: Page, step: string, patient: (typeof PATIENTS)[keyof typeof PATIENTS]) {
  const screen = screenOf(step);
  const kind = kindOf(screen);
  const value = kind.formValue(screen, toolsOf(screen).patientAnswer(screen, patient));
  if (screen.kind === 'number') {
    await tabTo(page, page.locator(`#${step}`));
    await page.keyboard.type(String(value));
    // Enter in a field sends its form, as in any form.
    await page.keyboard.press('Enter');
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value.length > 0 ? (value as string[]) : ['none']) {
      await tabTo(page, page.locator(`#${step}--${v}`));
      await page.keyboard.press('Space');
    }
  } else {
    // A radio group is one Tab stop: the arrow keys move along it and choose.
    const target = page.locator(`#${step}--${String(value)}`);
    await tabTo(page, page.locator(`input[name="${step}"]`).first());
    for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(target).toBeChecked();
  }
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
}

test('a whole check by keyboard alone: focus moves to each new heading, and every stop shows its focus', async ({ page }) => {
  const patient = PATIENTS.selfCare;
  await page.goto('/');
  await expect(page.locator('#region-uk')).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Start now' }));
  await page.keyboard.press('Enter');
  await expectStep(page, 'emergency_signs');

  const h1 = page.getByRole('heading', { level: 1 });
  for (let n = 1; n < 20; n++) {
    const step = await stepField(page).inputValue();
    if (step === 'review') break;
    await expectStep(page, step);
    // After the first page, each new step takes focus to its heading, so a screen reader reads the question.
    if (n > 1) await expect(h1).toBeFocused();
    await answerByKeyboard(page, step, patient);
    await expect(stepField(page)).not.toHaveValue(step);
  }
  await expectStep(page, 'review');
  await expect(h1).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'See your result' }));
  await page.keyboard.press('Enter');
  await expectStep(page, 'result');
  expect(await tierOf(page)).toBe('self_care');
  await expect(h1).toBeFocused();

  // Start again by keyboard: open it, then confirm.
  await tabTo(page, page.getByText('Start again', { exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Clear my answers and start again' }));
  await page.keyboard.press('Enter');
  await expectStep(page, 'emergency_signs');
  await expect(h1).toBeFocused();
});

test('the error summary takes focus, and its link takes focus to the field', async ({ page }) => {
  await page.goto('/check/back-spasms/uk');
  await expectStep(page, 'emergency_signs');
  await answerByKeyboard(page, 'emergency_signs', PATIENTS.selfCare);
  await expectStep(page, 'age');
  const summary = page.locator('[aria-labelledby="error-summary-title"]');

  // Nothing entered: Enter in the empty field.
  await tabTo(page, page.locator('#age'));
  await page.keyboard.press('Enter');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('There is a problem');
  await expect(summary.getByRole('link')).toHaveText('Enter your age');
  await expect(page).toHaveTitle(/^Error: Question 2 – /);
  await expect(page.locator('#age')).toHaveAttribute('aria-invalid', 'true');
  expect(await focusLook(page)).toMatch(/rgb\(255, 221, 0\)/);

  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#age')).toBeFocused();
  await page.keyboard.type('two hundred');
  await page.keyboard.press('Enter');
  // A second failed try takes focus back to the summary, with the new message.
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText('Enter your age as a whole number of years, like 34');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#age')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('34');
  await page.keyboard.press('Enter');
  await expectStep(page, 'warning_signs');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(summary).toHaveCount(0);
});

test('the warning before unused answers are removed: focus on its button, Enter keeps them and puts focus back', async ({ page }) => {
  await page.clock.install();
  await startCheck(page);
  await page.getByLabel('None of these').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 'age');
  const age = page.getByRole('textbox', { name: 'How old are you?' });
  await age.fill('4');
  await page.clock.fastForward(((IDLE_MINUTES - IDLE_WARNING_MINUTES) * 60 + 1) * 1000);
  const warning = page.getByRole('dialog', { name: 'Do you want to keep your answers?' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
  // Enter keeps them, and goes no further: the question under the dialog is not sent.
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();
  await expect(age).toBeFocused();
  await expect(age).toHaveValue('4');
  await expect(page.locator('[aria-labelledby="error-summary-title"]')).toHaveCount(0);
  await page.clock.fastForward((IDLE_WARNING_MINUTES * 60 + 1) * 1000);
  await expectStep(page, 'age');
});
