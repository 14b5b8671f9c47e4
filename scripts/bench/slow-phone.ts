import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import type { SavedResult } from './progress';

/** Issue 13's slow phone: 400 kbit/s both ways, 400 ms round trips, a CPU 4× slower than this machine's. */
export const SLOW_PHONE = { kbitPerSecond: 400, latencyMs: 400, cpuSlowdown: 4 } as const;

export interface PhoneRun {
  /** From navigation start, ms: question 1 painted (its Continue button visible). */
  readonly questionShownMs: number | null;
  /** Question 1 answerable: the wizard has taken over the page (it sets the step's title once `ready`). */
  readonly answerableMs: number | null;
  /** Bytes over the wire (transfer sizes) for the page and everything it loaded before it was ready. */
  readonly bytesBeforeReady: number | null;
  /** Whether Continue, pressed at once then, showed question 2 in the page with nothing sent. */
  readonly continueWorked: boolean;
  readonly continueMs: number | null;
  /** Reload on the result: the right result shown (data-triage-level as expected), ms from navigation start. */
  readonly resultShownMs: number | null;
  readonly resultLevel: string | null;
  /** A question was on screen at some frame of the reload (the wrong page: never allowed). */
  readonly questionDuringReload: boolean;
}

export interface PhoneResult {
  readonly runs: readonly PhoneRun[];
  /** Same profile, same run: the empty Next page's load event (its scripts all run), ms. */
  readonly emptyPageLoadMs: number | null;
  readonly expectedLevel: string;
  /** Medians over the runs (null when any run never got there). */
  readonly answerableMs: number | null;
  readonly questionShownMs: number | null;
  readonly continueMs: number | null;
  readonly resultShownMs: number | null;
  readonly bytesBeforeReady: number | null;
  readonly allContinued: boolean;
  readonly allRightResult: boolean;
  readonly anyWrongQuestion: boolean;
}

/**
 * Runs in every document before its own scripts: each animation frame (so only what is painted) notes
 * when question 1 is first visible, when the wizard is ready, when a result is visible, and whether a
 * question was ever visible. Times are from navigation start (performance.now()). Plain JavaScript in a
 * string: tsx would wrap named functions in a helper the page does not have.
 */
const TRACKER = `(() => {
  const seen = { question: null, ready: null, result: null, level: null, anyQuestion: false, step: null };
  window.__bench = seen;
  const visible = (el) => !!el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const frame = () => {
    const now = performance.now();
    const step = document.querySelector('form input[name="step"]');
    const onQuestion = step !== null && step.value !== 'review' && step.value !== 'result' && visible(step.form && step.form.querySelector('button[value="continue"]'));
    if (onQuestion) {
      seen.anyQuestion = true;
      if (seen.question === null) seen.question = now;
    }
    seen.step = step ? step.value : null;
    // The wizard sets the page's title ("Question 1 – …", "Your result – …") only once it is ready.
    if (seen.ready === null && /^(Question \\d+|Check your answers|Your result)\\b/.test(document.title)) seen.ready = now;
    const result = document.querySelector('[data-triage-level]');
    if (seen.result === null && visible(result)) {
      seen.result = now;
      seen.level = result.getAttribute('data-triage-level');
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

type Seen = { question: number | null; ready: number | null; result: number | null; level: string | null; anyQuestion: boolean; step: string | null };
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Seen }).__bench);

async function throttle(cdp: CDPSession) {
  const bytesPerSecond = (SLOW_PHONE.kbitPerSecond * 1024) / 8;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
}

async function oneRun(browser: Browser, base: string, wizardPath: string, firstScreen: string, saved: SavedResult): Promise<PhoneRun> {
  // A fresh profile each run: nothing cached, nothing stored.
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    await page.evaluateOnNewDocument(TRACKER);
    await throttle(await page.createCDPSession());
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document' || request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
    });

    await page.goto(base + wizardPath, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: Seen }).__bench.ready !== null, { timeout: 30_000, polling: 50 }).catch(() => {});
    const first = await seen(page);
    const bytesBeforeReady =
      first.ready === null
        ? null
        : await page.evaluate(
            (ready) =>
              performance
                .getEntriesByType('navigation')
                .concat(performance.getEntriesByType('resource'))
                .filter((e) => e.startTime < ready)
                .reduce((sum, e) => sum + (e as PerformanceResourceTiming).transferSize, 0),
            first.ready,
          );

    // Continue, at once: question 2 must show in the page, with no request sent.
    let continueWorked = false;
    let continueMs: number | null = null;
    if (first.ready !== null) {
      const before = sent.length;
      await page.click(`#${firstScreen}--none`);
      const pressed = await page.evaluate(() => performance.now());
      await page.click('button[value="continue"]');
      const moved = await page
        .waitForFunction((screen) => (window as unknown as { __bench: Seen }).__bench.step !== screen, { timeout: 15_000, polling: 'raf' }, firstScreen)
        .then(() => true)
        .catch(() => false);
      continueMs = moved ? Math.round((await page.evaluate(() => performance.now())) - pressed) : null;
      continueWorked = moved && sent.length === before;
    }

    // The result, reloaded: the tab holds the answers and the steps shown, the history entry is the result's.
    await page.evaluate(
      ({ key, value, index }) => {
        sessionStorage.setItem(key, value);
        history.replaceState({ ...(history.state as object | null), step: index }, '');
      },
      { key: saved.key, value: saved.value, index: saved.index },
    );
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: Seen }).__bench.result !== null, { timeout: 30_000, polling: 50 }).catch(() => {});
    // A little longer: a question that shows after the result would be wrong too.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const reload = await seen(page);
    return {
      questionShownMs: first.question === null ? null : Math.round(first.question),
      answerableMs: first.ready === null ? null : Math.round(first.ready),
      bytesBeforeReady,
      continueWorked,
      continueMs,
      resultShownMs: reload.result === null || reload.level !== saved.level ? null : Math.round(reload.result),
      resultLevel: reload.level,
      questionDuringReload: reload.anyQuestion,
    };
  } finally {
    await context.close();
  }
}

/** The empty Next page under the same profile: when its load event fires (every script of it has run). */
async function emptyPageRun(browser: Browser, base: string): Promise<number | null> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    await throttle(await page.createCDPSession());
    await page.goto(`${base}/bench/reference`, { waitUntil: 'load', timeout: 60_000 });
    return Math.round(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart));
  } catch {
    return null;
  } finally {
    await context.close();
  }
}

function median(values: (number | null)[]): number | null {
  if (values.some((v) => v === null)) return null;
  const sorted = (values as number[]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The wizard on issue 13's slow phone (CDP network and CPU throttling, a fresh profile each run): when
 * question 1 can be answered, whether Continue then works, and a reload on a result.
 */
export async function measureSlowPhone(base: string, wizardPath: string, firstScreen: string, saved: () => SavedResult, runs = 3): Promise<PhoneResult> {
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const all: PhoneRun[] = [];
    let expectedLevel = '';
    for (let i = 0; i < runs; i++) {
      const result = saved();
      expectedLevel = result.level;
      all.push(await oneRun(browser, base, wizardPath, firstScreen, result));
    }
    return {
      runs: all,
      emptyPageLoadMs: await emptyPageRun(browser, base),
      expectedLevel,
      answerableMs: median(all.map((r) => r.answerableMs)),
      questionShownMs: median(all.map((r) => r.questionShownMs)),
      continueMs: median(all.map((r) => r.continueMs)),
      resultShownMs: median(all.map((r) => r.resultShownMs)),
      bytesBeforeReady: median(all.map((r) => r.bytesBeforeReady)),
      allContinued: all.every((r) => r.continueWorked),
      allRightResult: all.every((r) => r.resultLevel === expectedLevel),
      anyWrongQuestion: all.some((r) => r.questionDuringReload),
    };
  } finally {
    await browser.close();
  }
}
