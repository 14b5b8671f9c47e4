import { WIZARD } from '@/app/_lib/ui-text';
import { checkPath, expect, expectStep, flow, test, walk, WALK_TO } from './fixtures';
import { expectReflow, SIZES } from './reflow';

/*
 * Reflow (WCAG 1.4.10) and text size (1.4.4) on the pages around the check and on a question with its
 * error, and no motion for those who ask for none. Every step of the check is measured on the walks
 * (walks.spec.ts), which meet every question screen, Check your answers and every outcome.
 */
test.use({ viewport: SIZES[0]!.viewport });

test.describe('the pages around the check', () => {
  // The page-not-found page is a 404, which the browser reports in the console.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('no sideways scroll on the start, chooser, privacy and not-found pages', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    for (const [what, path] of [
      ['the start page', '/'],
      ['the region chooser', '/check/back-spasms'],
      ['the privacy page', '/privacy'],
      ['the page-not-found page', '/check/knees'],
    ] as const) {
      await page.goto(path);
      await expectReflow(page, cdp, what);
    }
  });
});

test('no sideways scroll on a question with its error', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  // The error summary and the message above the field.
  await walk(page, WALK_TO.get('self_care')!.patient, { until: 'age' });
  await page.getByRole('textbox', { name: flow.screens.find((s) => s.id === 'age')!.question }).fill('two hundred and fifty');
  await page.getByRole('button', { name: WIZARD.continue }).click();
  await expect(page.getByRole('heading', { name: WIZARD.errorTitle })).toBeVisible();
  await expectReflow(page, cdp, 'the age question with an error');
});

test('nothing moves for people who ask for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(checkPath());
  await expectStep(page, flow.screens[0]!.id);
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => {
      const style = getComputedStyle(el);
      return parseFloat(style.transitionDuration) > 0 || parseFloat(style.animationDuration) > 0;
    }).length,
  );
  expect(moving).toBe(0);
});
