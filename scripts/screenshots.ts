/**
 * npm run screenshots — builds nothing; expects `npm start` (or the base URL in SCREENSHOT_URL).
 * Takes a full-page screenshot of every question screen, Check your answers, every outcome, the error
 * states and the pages around the check, at 390 px and 1280 px, into .cache/screenshots (or
 * SCREENSHOT_DIR), so a person can look at them, and so two builds can be compared pixel by pixel.
 * Keyboard focus, an open disclosure, a US result and the print view are there too. The check is walked
 * as the browser tests walk it (e2e/walk.ts), as the flow's example patients. Uses Debian's Chromium, or
 * CHROMIUM_PATH. SCREENSHOT_ONLY=<regex> takes only the shots whose names match.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { RESULT_TEXT } from '@/app/_lib/result-text';
import { START } from '@/app/_lib/start-text';
import { WIZARD } from '@/app/_lib/ui-text';
import { flowIn, REVIEW, walk, WALK_TO, WALKS } from '@/e2e/walk';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const base = process.env.SCREENSHOT_URL ?? 'http://localhost:3000';
const out = path.resolve(process.env.SCREENSHOT_DIR ?? path.join('.cache', 'screenshots'));
const only = process.env.SCREENSHOT_ONLY ? new RegExp(process.env.SCREENSHOT_ONLY) : null;
mkdirSync(out, { recursive: true });

const flow = flowIn();
type Steps = (page: Page) => Promise<void>;

const open =
  (url: string): Steps =>
  async (page) => {
    await page.goto(base + url);
    await page.waitForLoadState('networkidle');
  };
/** Walks as the main patient for an outcome (or the first to meet a screen) until that step. */
const walkTo =
  (until: string, outcome?: string, region = 'uk'): Steps =>
  async (page) => {
    const walker = outcome ? WALK_TO.get(outcome)! : WALKS.find((w) => w.path.includes(until))!;
    await walk(page, walker.patient, { region, until });
  };
const then =
  (...all: Steps[]): Steps =>
  async (page) => {
    for (const steps of all) await steps(page);
  };
const submitEmpty: Steps = async (page) => {
  await page.getByRole('button', { name: WIZARD.continue }).click();
  await page.getByRole('heading', { name: WIZARD.errorTitle }).waitFor();
};
/** Focus by keyboard, as a person would, so :focus-visible styles show. */
const tabTo =
  (target: (page: Page) => Locator): Steps =>
  async (page) => {
    await page.mouse.click(1, 1);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await target(page).evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error('could not reach the element with Tab');
  };
const openWhy: Steps = (page) => page.getByText(WIZARD.whyWeAsk).first().click();
const print: Steps = (page) => page.emulateMedia({ media: 'print' });

const first = flow.screens[0]!.id;
const shots: [name: string, steps: Steps][] = [
  ['start', open('/')],
  ['start-focus', then(open('/'), tabTo((page) => page.getByRole('button', { name: START.startNow })))],
  ['chooser', open('/check/back-spasms')],
  ['privacy', open('/privacy')],
  // Every question screen of the flow, numbered in the flow's order.
  ...flow.screens.map((screen, i): [string, Steps] => [`question-${String(i + 1).padStart(2, '0')}-${screen.id}`, walkTo(screen.id)]),
  ['question-01-error', then(walkTo(first), submitEmpty)],
  ['question-01-why-open', then(walkTo(first), openWhy)],
  ['question-01-focus', then(walkTo(first), tabTo((page) => page.getByRole('checkbox', { name: 'None of these' })))],
  [
    'question-02-error',
    then(walkTo('age'), (page) => page.getByRole('textbox').fill('two hundred'), submitEmpty),
  ],
  ['review', walkTo(REVIEW, 'self_care')],
  // Every outcome, the whole page.
  ...[...WALK_TO.keys()].map((outcome): [string, Steps] => [`outcome-${outcome}`, walkTo('result', outcome)]),
  ['outcome-routine-us', walkTo('result', 'routine', 'us')],
  ['outcome-emergency-nz', walkTo('result', 'emergency', 'nz')],
  ['outcome-emergency-print', then(walkTo('result', 'emergency'), print)],
  ['outcome-self_care-print', then(walkTo('result', 'self_care'), print)],
  ['not-found', open('/check/knees')],
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
    for (const [name, steps] of shots) {
      if (only && !only.test(name)) continue;
      // A fresh context for each shot: no visited links or saved answers carried over from another.
      const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL: base });
      const page = await context.newPage();
      await steps(page);
      // The outcome's later sections are laid out when scrolled near: wait for the last of them.
      if (name.startsWith('outcome')) await page.getByRole('heading', { name: RESULT_TEXT.answersHeading }).waitFor({ state: 'attached' });
      await page.evaluate(() => document.fonts.ready);
      await showWholePage(page, width);
      await painted(page);
      const file = path.join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
      await context.close();
    }
  }
  await browser.close();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
