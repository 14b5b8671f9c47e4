/**
 * The wizard on issue 13's slow phone (CDP network and CPU throttling), which budgets "first question
 * answerable ≤ 2.5 s; reload shows the right step or result, never a wrong question".
 *
 * The wizard is progressively enhanced: every question is a real HTML form whose Continue posts it (a
 * Server Action), and the server answers with the next question as plain HTML. So question 1 can be
 * answered as soon as it is painted, long before the scripts have run. Each run is two passes, each in a
 * fresh profile:
 *
 *   at paint   "answerable", measured by doing it: as soon as question 1 is painted, tick "None of these"
 *              and press Continue; question 2 must then show, whichever way it comes: a new document from
 *              the server (a POST was sent), or the wizard in the page (it had taken over by then).
 *   when ready when the wizard has taken over the page (it sets the step's title) and what was loaded by
 *              then; Continue pressed at once must show question 2 in the page with nothing sent; then a
 *              reload on a result must show that result, and never a question.
 *
 * A pass that cannot be carried out (a click that never takes, a page that never loads) is recorded as
 * failed, with the reason, rather than ending the section.
 */
import type { Browser, CDPSession, HTTPRequest, Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import type { SavedResult } from './progress';

/** Issue 13's slow phone: 400 kbit/s both ways, 400 ms round trips, a CPU 4× slower than this machine's. */
export const SLOW_PHONE = { kbitPerSecond: 400, latencyMs: 400, cpuSlowdown: 4 } as const;

/**
 * The question's own Continue button. Not `button[value="continue"]` alone: the first such button in the
 * page is the form's hidden default button (outside the <form>, tied to it by form=), which has no box to
 * click ("Node is either not clickable or not an Element").
 */
const CONTINUE = 'form button[value="continue"]';
/** How long question 2 may take to show after Continue, and the wizard to be ready or the result to show. */
const WAIT_MS = 30_000;

/** Pass 1: question 1 answered and Continue pressed as soon as question 1 is painted. */
export interface AtPaintRun {
  /** From navigation start, ms: question 1 painted (its Continue button visible). */
  readonly questionShownMs: number | null;
  /** From navigation start, ms: the press ("None of these" ticked, then Continue), taken just before the clicks. */
  readonly answerableMs: number | null;
  /** ms from the press until question 2 was on screen; null: it never showed within WAIT_MS. */
  readonly question2AfterMs: number | null;
  /** How question 2 came: "server" when the form was posted (a new document), "page" when the wizard showed it. */
  readonly via: 'server' | 'page' | null;
  /** The step on screen at the end, when question 2 never showed (an error on question 1, say). */
  readonly endedOn: string | null;
  /** Why the pass could not be carried out; null when it was. */
  readonly failure: string | null;
}

/** Pass 2: once the wizard is ready, Continue in the page, then a reload on a result. */
export interface ReadyRun {
  /** From navigation start, ms: the wizard has taken over the page (it sets the step's title once `ready`). */
  readonly readyMs: number | null;
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
  /** Why part of the pass could not be carried out; null when all of it was. */
  readonly failure: string | null;
}

export interface PhoneRun {
  readonly atPaint: AtPaintRun;
  readonly whenReady: ReadyRun;
}

export interface PhoneResult {
  readonly runs: readonly PhoneRun[];
  /** Same profile, same run: the empty Next page's load event (its scripts all run), ms. */
  readonly emptyPageLoadMs: number | null;
  readonly expectedLevel: string;
  /** Medians over the runs (null when any run never got there). */
  readonly questionShownMs: number | null;
  readonly answerableMs: number | null;
  readonly question2AfterMs: number | null;
  readonly readyMs: number | null;
  readonly continueMs: number | null;
  readonly resultShownMs: number | null;
  readonly bytesBeforeReady: number | null;
  /** Every run's press at paint led to question 2. */
  readonly allAnswered: boolean;
  readonly allContinued: boolean;
  readonly allRightResult: boolean;
  readonly anyWrongQuestion: boolean;
}

/**
 * Runs in every document before its own scripts: each animation frame (so only what is painted) notes
 * when question 1 is first visible, when each question step is first visible (as wall-clock time, which
 * a document the server sent after a POST shares with the one before it), when the wizard is ready, when
 * a result is visible, and whether a question was ever visible. Other times are from navigation start
 * (performance.now()). Plain JavaScript in a string: tsx would wrap named functions in a helper the page
 * does not have.
 */
const TRACKER = `(() => {
  const seen = { question: null, shownAt: {}, ready: null, result: null, level: null, anyQuestion: false, step: null };
  window.__bench = seen;
  const visible = (el) => !!el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const frame = () => {
    const now = performance.now();
    const step = document.querySelector('form input[name="step"]');
    const onQuestion = step !== null && step.value !== 'review' && step.value !== 'result' && visible(step.form && step.form.querySelector('button[value="continue"]'));
    if (onQuestion) {
      seen.anyQuestion = true;
      if (seen.question === null) seen.question = now;
      if (!(step.value in seen.shownAt)) seen.shownAt[step.value] = performance.timeOrigin + now;
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

type Seen = {
  question: number | null;
  /** Step id → wall-clock ms (timeOrigin + now) it was first on screen as a question. */
  shownAt: Record<string, number>;
  ready: number | null;
  result: number | null;
  level: string | null;
  anyQuestion: boolean;
  step: string | null;
};
type BenchWindow = { __bench?: Seen };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** A navigation (the form's POST) replaced the document the call was running in: asking again reaches the new one. */
const NAVIGATED = /Execution context was destroyed|Cannot find context with specified id|Execution context is not available/;

/** page.evaluate, asked again while a navigation replaces the document (a few seconds at most). */
async function evaluateAcross<T>(page: Page, fn: () => T): Promise<Awaited<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await page.evaluate(fn)) as Awaited<T>;
    } catch (error) {
      if (attempt >= 50 || !NAVIGATED.test(reason(error))) throw error;
      await sleep(100);
    }
  }
}

/** What the tracker has seen in the document on show; null before the tracker has run in it. */
const seen = (page: Page) => evaluateAcross(page, () => (window as unknown as BenchWindow).__bench ?? null);

/**
 * Puppeteer's errors when the element it found cannot be clicked just then: no box yet (not laid out),
 * or replaced or detached between finding and clicking it. Worth another go; anything else is not.
 */
const CLICK_RACE = /not clickable|not an Element|detached/;

/** Clicks the element once it is visible, trying again on a race (see CLICK_RACE); throws why it could not. */
async function click(page: Page, selector: string, tries = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const element = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
      if (!element) throw new Error(`${selector} is not in the page`);
      await element.click();
      await element.dispose();
      return;
    } catch (error) {
      const why = reason(error);
      if (attempt >= tries || !CLICK_RACE.test(why)) throw new Error(`clicking ${selector} (${attempt} ${attempt === 1 ? 'try' : 'tries'}): ${why}`);
      await sleep(100);
    }
  }
}

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

/** A page in a fresh profile (nothing cached, nothing stored) on the slow phone, the tracker in every document; closed after. */
async function inFreshPhone<T>(browser: Browser, measure: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    await page.evaluateOnNewDocument(TRACKER);
    await throttle(await page.createCDPSession());
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** The requests that send something or fetch a document (what the wizard, once ready, must not make), as they happen. */
function sentRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request: HTTPRequest) => {
    if (request.resourceType() === 'document' || request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
  });
  return sent;
}

/** Pass 1: answer question 1 the moment it is painted, then wait for question 2 however it comes. */
async function pressAtPaint(browser: Browser, url: string, firstScreen: string): Promise<AtPaintRun> {
  const run: { -readonly [K in keyof AtPaintRun]: AtPaintRun[K] } = {
    questionShownMs: null,
    answerableMs: null,
    question2AfterMs: null,
    via: null,
    endedOn: null,
    failure: null,
  };
  try {
    await inFreshPhone(browser, async (page) => {
      const sent = sentRequests(page);
      // Not awaited: question 1 paints while the HTML is still arriving, and the press may replace this document before it has all come.
      const loading = page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }).catch((error: unknown) => error);
      const painted = await page
        .waitForFunction(() => ((window as unknown as BenchWindow).__bench?.question ?? null) !== null, { timeout: WAIT_MS, polling: 'raf' })
        .then(() => true)
        .catch(() => false);
      if (!painted) {
        const loaded = await loading;
        throw new Error(`question 1 was not painted within ${WAIT_MS / 1000} s${loaded instanceof Error ? `: ${reason(loaded)}` : ''}`);
      }
      run.questionShownMs = Math.round((await seen(page))!.question!);
      const before = sent.filter((s) => s.startsWith('POST ')).length;
      // The press's time in this document, just before the clicks: from navigation start, and wall-clock for question 2's document.
      const pressed = await page.evaluate(() => ({ at: performance.now(), wall: performance.timeOrigin + performance.now() }));
      run.answerableMs = Math.round(pressed.at);
      await click(page, `#${firstScreen}--none`);
      await click(page, CONTINUE);

      // Question 2 (any question but the first) on screen, in this document or in the one the server sends.
      const moved = await page
        .waitForFunction((screen) => Object.keys((window as unknown as BenchWindow).__bench?.shownAt ?? {}).some((step) => step !== screen), { timeout: WAIT_MS, polling: 'raf' }, firstScreen)
        .then(() => true)
        .catch(() => false);
      const after = await seen(page);
      const shownAt = moved && after ? Object.entries(after.shownAt).find(([step]) => step !== firstScreen)?.[1] : undefined;
      // Two documents' clocks (they may be two renderer processes) can differ by a few ms: never below 0.
      run.question2AfterMs = shownAt === undefined ? null : Math.max(0, Math.round(shownAt - pressed.wall));
      run.via = run.question2AfterMs === null ? null : sent.filter((s) => s.startsWith('POST ')).length > before ? 'server' : 'page';
      if (run.question2AfterMs === null) run.endedOn = after?.step ?? 'no step (no tracker in the document)';
      await loading;
    });
  } catch (error) {
    run.failure = reason(error);
  }
  return run;
}

/** Bytes over the wire for the document and everything it loaded before `ready` (ms from navigation start). */
const bytesBefore = (page: Page, ready: number) =>
  page.evaluate(
    (before) =>
      performance
        .getEntriesByType('navigation')
        .concat(performance.getEntriesByType('resource'))
        .filter((e) => e.startTime < before)
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).transferSize, 0),
    ready,
  );

/** Pass 2: when the wizard is ready and what it loaded by then, Continue in the page, then a reload on the result. */
async function whenReady(browser: Browser, url: string, firstScreen: string, saved: SavedResult): Promise<ReadyRun> {
  const run: { -readonly [K in keyof ReadyRun]: ReadyRun[K] } = {
    readyMs: null,
    bytesBeforeReady: null,
    continueWorked: false,
    continueMs: null,
    resultShownMs: null,
    resultLevel: null,
    questionDuringReload: false,
    failure: null,
  };
  try {
    await inFreshPhone(browser, async (page) => {
      const sent = sentRequests(page);
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.waitForFunction(() => ((window as unknown as BenchWindow).__bench?.ready ?? null) !== null, { timeout: WAIT_MS, polling: 50 }).catch(() => {});
      const first = (await seen(page))!;
      if (first.ready !== null) {
        run.readyMs = Math.round(first.ready);
        run.bytesBeforeReady = await bytesBefore(page, first.ready);
        // Its own catch: a Continue that could not be pressed still leaves the reload to measure.
        await continueInPage(page, firstScreen, sent).then(
          ({ ms, sentSomething }) => {
            run.continueMs = ms;
            run.continueWorked = ms !== null && !sentSomething;
          },
          (error: unknown) => {
            run.failure = `Continue: ${reason(error)}`;
          },
        );
      }
      Object.assign(run, await reloadOnResult(page, saved));
    });
  } catch (error) {
    run.failure = [run.failure, reason(error)].filter(Boolean).join('; ');
  }
  return run;
}

/** Continue, pressed at once: ms until the page moves on from question 1 (null: it never did), and whether a request went. */
async function continueInPage(page: Page, firstScreen: string, sent: readonly string[]): Promise<{ ms: number | null; sentSomething: boolean }> {
  const before = sent.length;
  await click(page, `#${firstScreen}--none`);
  const pressed = await page.evaluate(() => performance.now());
  await click(page, CONTINUE);
  const moved = await page
    .waitForFunction((screen) => (window as unknown as BenchWindow).__bench!.step !== screen, { timeout: 15_000, polling: 'raf' }, firstScreen)
    .then(() => true)
    .catch(() => false);
  const ms = moved ? Math.round((await page.evaluate(() => performance.now())) - pressed) : null;
  return { ms, sentSomething: sent.length > before };
}

/** The result, reloaded: the tab holds the answers and the steps shown, the history entry is the result's. */
async function reloadOnResult(page: Page, saved: SavedResult): Promise<Pick<ReadyRun, 'resultShownMs' | 'resultLevel' | 'questionDuringReload'>> {
  await page.evaluate(
    ({ key, value, index }) => {
      sessionStorage.setItem(key, value);
      history.replaceState({ ...(history.state as object | null), step: index }, '');
    },
    { key: saved.key, value: saved.value, index: saved.index },
  );
  await page.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.waitForFunction(() => ((window as unknown as BenchWindow).__bench?.result ?? null) !== null, { timeout: WAIT_MS, polling: 50 }).catch(() => {});
  // A little longer: a question that shows after the result would be wrong too.
  await sleep(500);
  const reload = (await seen(page))!;
  return {
    resultShownMs: reload.result === null || reload.level !== saved.level ? null : Math.round(reload.result),
    resultLevel: reload.level,
    questionDuringReload: reload.anyQuestion,
  };
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
  if (values.length === 0 || values.some((v) => v === null)) return null;
  const sorted = (values as number[]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The wizard on issue 13's slow phone (CDP network and CPU throttling, a fresh profile each pass): when
 * question 1 can be answered, by answering it at paint; when the wizard is ready and Continue works in
 * the page; and a reload on a result.
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
      all.push({
        atPaint: await pressAtPaint(browser, base + wizardPath, firstScreen),
        whenReady: await whenReady(browser, base + wizardPath, firstScreen, result),
      });
    }
    const atPaint = all.map((r) => r.atPaint);
    const ready = all.map((r) => r.whenReady);
    return {
      runs: all,
      emptyPageLoadMs: await emptyPageRun(browser, base),
      expectedLevel,
      questionShownMs: median(atPaint.map((r) => r.questionShownMs)),
      answerableMs: median(atPaint.map((r) => r.answerableMs)),
      question2AfterMs: median(atPaint.map((r) => r.question2AfterMs)),
      readyMs: median(ready.map((r) => r.readyMs)),
      continueMs: median(ready.map((r) => r.continueMs)),
      resultShownMs: median(ready.map((r) => r.resultShownMs)),
      bytesBeforeReady: median(ready.map((r) => r.bytesBeforeReady)),
      allAnswered: atPaint.every((r) => r.question2AfterMs !== null && r.failure === null),
      allContinued: ready.every((r) => r.continueWorked),
      allRightResult: ready.every((r) => r.resultLevel === expectedLevel),
      anyWrongQuestion: ready.some((r) => r.questionDuringReload),
    };
  } finally {
    await browser.close();
  }
}
