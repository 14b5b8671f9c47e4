import type { CDPSession, Page } from '@playwright/test';
import { expect } from './fixtures';

/*
 * Reflow (WCAG 1.4.10) and text size (1.4.4): every question screen, Check your answers and every
 * outcome, without sideways scrolling, at three sizes:
 * - 320 CSS px wide, a small phone;
 * - a 1280 × 1024 window zoomed to 400%: the page then has 320 × 256 CSS px, so that viewport emulates it;
 * - text at 200% on a 390 px phone: Chromium's default font size set to 32 px (CDP Page.setFontSizes, what
 *   the browser's own font-size setting changes), so every rem in the CSS doubles. A style sheet added by
 *   the test would be refused by the page's CSP.
 * axe does not test reflow: this measures it. walks.spec.ts measures every step of its walks; layout.spec.ts
 * the pages around the check and a question with its error.
 */
export interface Size {
  readonly name: string;
  readonly viewport: { width: number; height: number };
  /** Chromium's default font size, in px (16 unless the person changed it). */
  readonly fontSize: number;
}

export const SIZES: readonly Size[] = [
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

/**
 * Measures the page on show at every size, noting every problem (soft: the walk goes on), and leaves it
 * at `after` (the size the test walks at).
 */
export async function expectReflow(page: Page, cdp: CDPSession, what: string, after: Size = SIZES[0]!) {
  for (const size of SIZES) {
    await setSize(page, cdp, size);
    expect.soft(await sideways(page), `${what} at ${size.name}`).toEqual([]);
  }
  await setSize(page, cdp, after);
}
