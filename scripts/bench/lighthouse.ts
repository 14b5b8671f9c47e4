import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export interface LighthouseResult {
  readonly page: string;
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  /** Audits that cost points, for whoever has to fix them. */
  readonly failing: readonly string[];
}


type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
};

function summarise(page: string, lhr: Lhr): LighthouseResult {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}: ${lhr.audits[ref.id]!.title}`),
  );
  return {
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    failing: [...new Set(failing)],
  };
}

/** The run with the median performance score, as Lighthouse advises for scores that vary between runs. */
function median(runs: LighthouseResult[]): LighthouseResult {
  return [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
}

/**
 * Lighthouse (mobile defaults: simulated slow 4G and a 4× slower CPU) on the start page, the wizard and
 * an outcome, each the median of `runs` runs. The outcome is shown from answers saved in the tab, so it
 * runs as a user flow in one tab: answers are saved first, then the outcome URL is loaded cold.
 */
export async function measureLighthouse(base: string, outcomeAnswers: object, storageKey: string, flowVersion: string, runs = 3) {
  const all: LighthouseResult[][] = [];
  for (let i = 0; i < runs; i++) all.push(await measureOnce(base, outcomeAnswers, storageKey, flowVersion));
  return all[0]!.map((_, page) => median(all.map((run) => run[page]!)));
}

async function measureOnce(base: string, outcomeAnswers: object, storageKey: string, flowVersion: string) {
  const puppeteer = await import('puppeteer-core');
  const { startFlow } = await import('lighthouse');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, { name: 'back-spasm self-check' });
    await flow.navigate(`${base}/`, { name: 'start page' });
    await flow.navigate(`${base}/check/back-spasms`, { name: 'wizard' });
    await page.goto(`${base}/`);
    await page.evaluate(
      (key, value) => sessionStorage.setItem(key, value),
      storageKey,
      JSON.stringify({ flow: 'back-spasms', version: flowVersion, answers: outcomeAnswers }),
    );
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCache');
    await flow.navigate(`${base}/check/back-spasms#step=result`, { name: 'outcome', disableStorageReset: true });
    const result = await flow.createFlowResult();
    const pages = ['/', '/check/back-spasms', '/check/back-spasms#step=result (outcome)'];
    return result.steps.map((step, i) => summarise(pages[i]!, step.lhr as unknown as Lhr));
  } finally {
    await browser.close();
  }
}
