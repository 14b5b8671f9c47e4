/**
 * npm run screenshots — builds nothing; expects `npm start` (or E2E base URL in SCREENSHOT_URL).
 * Takes a screenshot of each kind of screen and outcome at 390 px and 1280 px into .cache/screenshots,
 * so a person can look at them. Uses Debian's Chromium, or CHROMIUM_PATH.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const base = process.env.SCREENSHOT_URL ?? 'http://localhost:3000';
const out = path.join(process.cwd(), '.cache', 'screenshots');
mkdirSync(out, { recursive: true });

type Step = (page: Page) => Promise<void>;
const tick = (id: string): Step => (page) => page.locator(`input[value="${id}"]`).first().check();
const type = (name: string, value: string): Step => (page) => page.locator(`input[name="${name}"]`).fill(value);
const next: Step = async (page) => {
  const before = page.url();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction((url) => window.location.href !== url, before);
};
const shots: [string, string, Step[]][] = [
  ['start', '/', []],
  ['checklist', '/check/back-spasms', []],
  ['checklist-error', '/check/back-spasms', [(page) => page.getByRole('button', { name: 'Continue' }).click()]],
  ['number', '/check/back-spasms', [tick('none'), next]],
  ['choice', '/check/back-spasms', [tick('none'), next, type('age', '30'), next]],
  ['yesno', '/check/back-spasms', [tick('none'), next, type('age', '30'), next, tick('male'), next, tick('leg_weakness_one_side'), next]],
  ['outcome-emergency', '/check/back-spasms', [tick('numbness_saddle_area'), next]],
  ['outcome-urgent', '/check/back-spasms', [tick('none'), next, type('age', '61'), next, tick('fever_or_chills'), next, tick('none'), next, tick('muscle_stiffness'), next, tick('none'), next, type('durationDays', '3'), next]],
  ['outcome-routine', '/check/back-spasms', [tick('none'), next, type('age', '61'), next, tick('none'), next, tick('none'), next, tick('muscle_stiffness'), next, tick('none'), next, type('durationDays', '50'), next]],
  ['outcome-self-care', '/check/back-spasms', [tick('none'), next, type('age', '61'), next, tick('none'), next, tick('recurrent_episodes'), next, tick('muscle_stiffness'), next, tick('recent_strain_or_lifting'), next, type('durationDays', '3'), next]],
  ['not-found', '/check/knees', []],
];

async function main() {
  const context = await chromium.launchPersistentContext(path.join(out, '.profile'), {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, url, steps] of shots) {
      await page.goto(base + url);
      await page.evaluate(() => sessionStorage.clear());
      await page.goto(base + url);
      await page.waitForLoadState('networkidle');
      for (const step of steps) await step(page);
      const file = path.join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: !name.startsWith('outcome') });
      process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
    }
  }
  await context.close();
}

void main();
