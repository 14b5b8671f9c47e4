import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { storageKey } from '@/lib/triage/saved-progress';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { answerAll, CHECK, expectStep, flow, healthWords, PATIENTS, seeResult, tierOf } from './journey';

/*
 * What a whole check leaves in the browser's own records on the device: the history of a real,
 * persistent profile (the one the browser keeps and may sync), read after the browser has closed.
 */

const PROFILES = path.resolve('.cache/profiles');
/** Debian's sqlite3 (scripts/install-test-tools.sh installs it), or the one SQLITE3_PATH names. */
const SQLITE3 = process.env.SQLITE3_PATH ?? 'sqlite3';

interface HistoryRow {
  url: string;
  title: string;
}

/** The `urls` table of the profile's History database (a copy: the browser may hold a lock on the original). */
function readHistory(profile: string): HistoryRow[] {
  const file = path.join(profile, 'Default', 'History');
  expect(existsSync(file), 'the profile has a History database').toBe(true);
  const copy = path.join(profile, 'History-copy.sqlite');
  copyFileSync(file, copy);
  const json = execFileSync(SQLITE3, ['-json', '-readonly', copy, 'SELECT url, title FROM urls ORDER BY id'], { encoding: 'utf8' });
  return json.trim() ? (JSON.parse(json) as HistoryRow[]) : [];
}

/** The profile's files that hold any of these strings, as UTF-8 or as UTF-16 (as browsers keep web storage). */
function filesHolding(profile: string, needles: string[]): string[] {
  const patterns = needles.flatMap((n) => [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le')]);
  return readdirSync(profile, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      const bytes = readFileSync(file);
      return patterns.some((pattern) => bytes.includes(pattern));
    })
    .map((file) => path.relative(profile, file));
}

test('a whole check to an urgent result leaves no health detail in the browser’s history, and answers only in the tab', async ({ baseURL }) => {
  mkdirSync(PROFILES, { recursive: true });
  const profile = mkdtempSync(path.join(PROFILES, 'history-'));
  const problems: string[] = [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto('/');
    await page.getByLabel('United Kingdom').check();
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(page).toHaveURL(new RegExp(`${CHECK}$`));
    await expectStep(page, 'emergency_signs');
    await answerAll(page, PATIENTS.urgent);
    await seeResult(page);
    expect(await tierOf(page)).toBe('urgent');
    // A reload and the browser's Back and Forward make history entries of their own.
    await page.reload();
    await expectStep(page, 'result');
    await page.goBack();
    await expectStep(page, 'review');
    await page.goForward();
    await expectStep(page, 'result');

    // What the site keeps: the region, for next time, on the device; the answers only in this tab.
    const stored = await page.evaluate(() => ({
      local: Object.fromEntries(Object.entries(localStorage)),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
    }));
    expect(stored.local).toEqual({ 'self-check:region': 'uk' });
    expect(stored.session).toEqual([storageKey(flow)]);
    expect(stored.cookies).toBe('');
    expect(await context.cookies()).toEqual([]);
    await context.close();

    const rows = readHistory(profile);
    // The history was written (else this test proves nothing): the start page and the check.
    expect(rows.map((r) => new URL(r.url).pathname)).toEqual(expect.arrayContaining(['/', CHECK]));
    const words = healthWords().map((w) => w.toLowerCase());
    for (const { url, title } of rows) {
      expect(new URL(url).pathname + new URL(url).search + new URL(url).hash).toMatch(/^\/(check\/back-spasms\/uk)?$/);
      for (const word of words) {
        expect(url.toLowerCase(), `history URL ${url}`).not.toContain(word);
        expect(title.toLowerCase(), `history title "${title}"`).not.toContain(word);
      }
    }
    expect(rows.map((r) => r.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^(Question \d+|Check your answers|Your result|Your check) – Back spasm self-check$/)]));

    // On the disk, this person's answers are only where the browser keeps the tab's sessionStorage
    // (Chromium writes it into the profile, for session restore): not in local storage, the
    // history, the session's pages or their form state, or the cache.
    // The region is found where local storage is kept, or this search would prove nothing.
    expect(filesHolding(profile, ['self-check:region'])).toEqual(expect.arrayContaining([expect.stringMatching(/^Default\/Local Storage\//)]));
    for (const file of filesHolding(profile, ['"warning_signs":["fever_or_chills"]', '"age":38'])) {
      expect(file, 'a file that holds the answers').toMatch(/^Default\/Session Storage\//);
    }
    expect(problems, 'console errors').toEqual([]);
  } finally {
    // Closed (again, if a step failed first), so that the browser writes no more into the profile.
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('with JavaScript, a whole check to a self-care plan asks the server for nothing but the check’s own code', async ({ page }) => {
  // Only the self-care result shows the exercises: a drawing fetched with it would tell the server the result.
  await page.goto(CHECK);
  await expectStep(page, flow.screens[0]!.id);
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/_next/static/')) asked.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  await answerAll(page, PATIENTS.selfCare);
  await seeResult(page);
  expect(await tierOf(page)).toBe('self_care');
  // Every drawing scrolled into view, as a person reading the plan would.
  for (const exercise of flow.selfCare.exercises) await page.getByRole('img', { name: exercise.picture.alt }).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
});
