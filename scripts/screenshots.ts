/**
 * npm run screenshots — builds nothing; expects `npm start` (or E2E base URL in SCREENSHOT_URL).
 * Takes a screenshot of each kind of screen and outcome at 390 px and 1280 px into .cache/screenshots
 * (or SCREENSHOT_DIR), so a person can look at them, and so two builds can be compared pixel by pixel:
 * error states, keyboard focus, an open disclosure and the print view are there too. Uses Debian's
 * Chromium, or CHROMIUM_PATH.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const base = process.env.SCREENSHOT_URL ?? 'http://localhost:3000';
const out = path.resolve(process.env.SCREENSHOT_DIR ?? path.join('.cache', 'screenshots'));
mkdirSync(out, { recursive: true });

type Step = (page: Page) => Promise<void>;
const tick = (id: string): Step => (page) => page.locator(`input[value="${id}"]`).first().check();
const type = (name: string, value: string): Step => (page) => page.locator(`input[name="${name}"]`).fill(value);
const next: Step = async (page) => {
  const before = page.url();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction((url) => window.location.href !== url, before);
};
const submit: Step = async (page) => {
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
};
/** Focus by keyboard, as a person would, so :focus-visible styles show. */
const tabTo =
  (target: (page: Page) => Locator): Step =>
  async (page) => {
    await page.mouse.click(1, 1);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await target(page).evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error('could not reach the element with Tab');
  };
const openWhy: Step = (page) => page.getByText('Why we ask this').first().click();
const print: Step = (page) => page.emulateMedia({ media: 'print' });

const emergency: Step[] = [tick('numbness_saddle_area'), next];
const selfCare: Step[] = [tick('none'), next, type('age', '61'), next, tick('none'), next, tick('recurrent_episodes'), next, tick('muscle_stiffness'), next, tick('recent_strain_or_lifting'), next, type('durationDays', '3'), next];
const shots: [string, string, Step[]][] = [
  ['start', '/', []],
  ['start-focus', '/', [tabTo((page) => page.getByRole('button', { name: 'Start now' }))]],
  ['checklist', '/check/back-spasms', []],
  ['checklist-error', '/check/back-spasms', [submit]],
  ['checklist-why-open', '/check/back-spasms', [openWhy]],
  ['checklist-focus', '/check/back-spasms', [tick('none'), tabTo((page) => page.locator('input[value="none"]'))]],
  ['number', '/check/back-spasms', [tick('none'), next]],
  ['number-error', '/check/back-spasms', [tick('none'), next, type('age', 'two hundred'), submit]],
  ['number-focus', '/check/back-spasms', [tick('none'), next, tabTo((page) => page.locator('input[name="age"]'))]],
  ['choice', '/check/back-spasms', [tick('none'), next, type('age', '30'), next]],
  ['yesno', '/check/back-spasms', [tick('none'), next, type('age', '30'), next, tick('male'), next, tick('leg_weakness_one_side'), next]],
  ['outcome-emergency', '/check/back-spasms', emergency],
  ['outcome-urgent', '/check/back-spasms', [tick('none'), next, type('age', '61'), next, tick('fever_or_chills'), next, tick('none'), next, tick('muscle_stiffness'), next, tick('none'), next, type('durationDays', '3'), next]],
  ['outcome-routine', '/check/back-spasms', [tick('none'), next, type('age', '61'), next, tick('none'), next, tick('none'), next, tick('muscle_stiffness'), next, tick('none'), next, type('durationDays', '50'), next]],
  ['outcome-self-care', '/check/back-spasms', selfCare],
  ['outcome-self-care-full', '/check/back-spasms', selfCare],
  ['outcome-emergency-print', '/check/back-spasms', [...emergency, print]],
  ['outcome-self-care-print', '/check/back-spasms', [...selfCare, print]],
  ['not-found', '/check/knees', []],
];

/** Two frames: the browser has laid out and painted what the last change asked for. */
const painted = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Makes the viewport as tall as the page, so every section is painted: sections below the fold are
 * skipped (content-visibility: auto) until they are near the viewport, and their height is a guess until then.
 */
async function showWholePage(page: Page, width: number) {
  for (let i = 0; i < 10; i++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height === page.viewportSize()?.height) return;
    await page.setViewportSize({ width, height });
    await painted(page);
  }
}

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const width of [390, 1280]) {
    for (const [name, url, steps] of shots) {
      // A fresh context for each shot: no visited links or saved answers carried over from another.
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(base + url);
      await page.waitForLoadState('networkidle');
      for (const step of steps) await step(page);
      // The outcome's later sections render in a deferred pass: wait for the last of them.
      if (name.startsWith('outcome')) await page.getByRole('heading', { name: 'Your answers' }).waitFor();
      await page.evaluate(() => document.fonts.ready);
      // Outcomes are long: the first screenful is what matters, except in the full and print shots.
      const fullPage = !name.startsWith('outcome') || name.endsWith('-full') || name.endsWith('-print');
      if (fullPage) await showWholePage(page, width);
      await painted(page);
      const file = path.join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage });
      process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
      await context.close();
    }
  }
  await browser.close();
}

void main();
