import type { CDPSession, Page } from '@playwright/test';
import { WIZARD } from '@/app/_lib/ui-text';
import { checkPath, expect, expectStep, FIRST_TO_MEET, flow, renderDeferred, RESULT, REVIEW, test, walk, WALK_TO, WALKS } from './fixtures';

/*
 * Reflow (WCAG 1.4.10) and text size (1.4.4): every question screen, Check your answers and every
 * outcome, without sideways scrolling, at three sizes:
 * - 320 CSS px wide, a small phone;
 * - a 1280 × 1024 window zoomed to 400%: the page then has 320 × 256 CSS px, so that viewport emulates it;
 * - text at 200% on a 390 px phone: Chromium's default font size set to 32 px (CDP Page.setFontSizes, what
 *   the browser's own font-size setting changes), so every rem in the CSS doubles. A style sheet added by
 *   the test would be refused by the page's CSP.
 * axe does not test reflow: this measures it. Each step is measured at all three sizes in one walk.
 */
interface Size {
  readonly name: string;
  readonly viewport: { width: number; height: number };
  /** Chromium's default font size, in px (16 unless the person changed it). */
  readonly fontSize: number;
}

const SIZES: readonly Size[] = [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, fontSize: 16 },
  { name: '1280 px at 400% zoom (320 × 256 CSS px)', viewport: { width: 320, height: 256 }, fontSize: 16 },
  { name: 'text at 200% on a 390 px phone', viewport: { width: 390, height: 844 }, fontSize: 32 },
];

/**
 * What sticks out sideways: the page wider than its viewport, or an element past the right edge (which a
 * clipping ancestor can hide from the page's width, and from the person), or a box that scrolls or clips sideways.
 * What a closed disclosure holds is measured too, as Chromium lays it out for when it opens.
 */
function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const problems: string[] = [];
    if (root.scrollWidth > width) problems.push(`the page is ${root.scrollWidth} px wide in ${width} px`);
    const flagged: Element[] = [];
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}> "${text}"`;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (flagged.some((f) => f.contains(el)) || el.closest('.visually-hidden, head, script, style')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      // Moved off to the left on purpose until it is needed (the skip link).
      if (rect.width === 0 || rect.height === 0 || rect.right <= 0) continue;
      if (rect.right > width + 0.5) {
        problems.push(`${describe(el)} reaches ${Math.round(rect.right)} px`);
        flagged.push(el);
      } else if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible' && !(el instanceof HTMLInputElement)) {
        problems.push(`${describe(el)} is ${el.scrollWidth} px wide in a box of ${el.clientWidth} px (overflow-x: ${style.overflowX})`);
        flagged.push(el);
      }
    }
    return problems;
  });
}

async function setSize(page: Page, cdp: CDPSession, size: Size) {
  await page.setViewportSize(size.viewport);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: size.fontSize, fixed: Math.round((size.fontSize * 13) / 16) } });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(`${size.fontSize}px`);
}

/** Measures the step on show at every size, noting every problem, and leaves the page at the first size. */
async function expectReflow(page: Page, cdp: CDPSession, what: string) {
  for (const size of SIZES) {
    await setSize(page, cdp, size);
    expect.soft(await sideways(page), `${what} at ${size.name}`).toEqual([]);
  }
  await setSize(page, cdp, SIZES[0]!);
}

test.use({ viewport: SIZES[0]!.viewport });

for (const w of WALKS) {
  test(`no sideways scroll on any step to ${w.outcome} as ${w.patient.id}`, async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await walk(page, w.patient, {
      onStep: async (step) => {
        // A question screen on the first walk that meets it; Check your answers and the result on every walk.
        if (step !== RESULT && step !== REVIEW && FIRST_TO_MEET.get(step) !== w.patient.id) return;
        // The result's later sections are laid out when scrolled near: lay them out to measure them.
        if (step === RESULT) await renderDeferred(page);
        await expectReflow(page, cdp, step === RESULT ? `the ${w.outcome} result` : `the ${step} step`);
      },
    });
  });
}

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
