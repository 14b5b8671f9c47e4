import type { Locator, Page } from '@playwright/test';
import { expect, expectStep, flow, test } from './fixtures';

/** Presses Tab until the element (a selector, or a locator) has focus, as a keyboard user would. */
async function tabTo(page: Page, target: string | Locator) {
  const element = typeof target === 'string' ? page.locator(target) : target;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await element.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${String(target)} with Tab`);
}

/** The focused element must show a focus indicator that differs from its unfocused look. */
async function expectVisibleFocus(page: Page) {
  const looks = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const target = el.matches('input[type=checkbox], input[type=radio]') ? (el.nextElementSibling as HTMLElement) : el;
    const style = getComputedStyle(target, el === target ? null : '::before');
    return `${style.boxShadow}|${style.outlineStyle} ${style.outlineColor}|${style.backgroundColor}`;
  });
  expect(looks).toMatch(/rgb\(255, 221, 0\)/);
}

test('the whole check can be done with the keyboard alone, with focus always visible', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('button', { name: 'Start now' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expectStep(page, 'emergency_signs');

  const answers: [string, string][] = [
    ['emergency_signs', '#emergency_signs--none'],
    ['age', '#age'],
    ['sex', '#sex--female'],
    ['warning_signs', '#warning_signs--none'],
    ['health_history', '#health_history--none'],
    ['symptoms', '#symptoms--muscle_stiffness'],
    ['before_it_started', '#before_it_started--recent_strain_or_lifting'],
    ['durationDays', '#durationDays'],
  ];
  for (const [step, control] of answers) {
    await expectStep(page, step);
    if (step !== 'emergency_signs') await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await tabTo(page, control);
    await expectVisibleFocus(page);
    if (control === '#age') await page.keyboard.type('30');
    else if (control === '#durationDays') await page.keyboard.type('2');
    else await page.keyboard.press('Space');
    await tabTo(page, 'button[type=submit]');
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
  }
  await expectStep(page, 'result');
  await expect(page.locator('[data-triage-level]')).toHaveAttribute('data-triage-level', 'self_care');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Start again' }));
  await page.keyboard.press('Enter');
  await expectStep(page, 'emergency_signs');
  expect(flow.screens[0]!.id).toBe('emergency_signs');
});
