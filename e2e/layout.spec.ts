import type { Page } from '@playwright/test';
import { answerAsPatient, expect, expectStep, test } from './fixtures';

const patient = { age: 30, sex: 'female' as const, durationDays: 3, findings: ['muscle_stiffness'] };
const steps = ['emergency_signs', 'age', 'sex', 'warning_signs', 'health_history', 'symptoms', 'before_it_started', 'durationDays'];

async function expectNoSideways(page: Page, what: string) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${what} scrolls sideways`).toBeLessThanOrEqual(width);
}

for (const [name, viewport] of [
  ['320 px wide', { width: 320, height: 640 }],
  ['200% zoom (1280 px at twice the size)', { width: 640, height: 400 }],
] as const) {
  test(`every screen and the outcome fit ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expectNoSideways(page, 'the start page');
    await page.goto('/check/back-spasms');
    for (const step of steps) {
      await expectStep(page, step);
      await expectNoSideways(page, `the ${step} screen`);
      await answerAsPatient(page, step, patient);
    }
    await expectStep(page, 'result');
    await expectNoSideways(page, 'the outcome');
  });
}

test('nothing moves for people who ask for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/check/back-spasms');
  await expectStep(page, 'emergency_signs');
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => {
      const style = getComputedStyle(el);
      return parseFloat(style.transitionDuration) > 0 || parseFloat(style.animationDuration) > 0;
    }).length,
  );
  expect(moving).toBe(0);
});
