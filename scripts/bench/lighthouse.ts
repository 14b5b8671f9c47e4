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

/** The page types Lighthouse scores: every kind of page a person meets. */
export const LIGHTHOUSE_PAGES = [
  { name: 'start page', path: '/' },
  { name: 'region chooser', path: '/check/back-spasms' },
  { name: 'wizard, question 1', path: '/check/back-spasms/uk' },
  { name: 'wizard, result (saved answers)', path: '/check/back-spasms/uk', saved: true },
  { name: 'no-JavaScript help', path: '/check/back-spasms/uk/no-javascript' },
  { name: 'privacy', path: '/privacy' },
  // Not a page type: the empty Next page, scored in the same run, shows what this machine's load costs.
  { name: 'empty Next page (calibration)', path: '/bench/reference', calibration: true },
] as const;

/**
 * Lighthouse (mobile defaults: simulated slow 4G and a 4× slower CPU) on every page type, each the
 * median of `runs` runs. The result is shown from answers kept in the tab, so it runs as a user flow in
 * one tab: the answers are stored first, then the page is loaded with an empty HTTP cache.
 */
export async function measureLighthouse(base: string, saved: () => { key: string; value: string }, runs = 1) {
  const all: LighthouseResult[][] = [];
  for (let i = 0; i < runs; i++) all.push(await measureOnce(base, saved()));
  return all[0]!.map((_, page) => median(all.map((run) => run[page]!)));
}

async function measureOnce(base: string, saved: { key: string; value: string }) {
  const puppeteer = await import('puppeteer-core');
  const { startFlow } = await import('lighthouse');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, { name: 'back-spasm self-check' });
    // A first load pays for a cold browser (its own code and caches), not for the page: a warm-up step, not scored.
    await flow.navigate(`${base}/bench/reference`, { name: 'warm-up' });
    for (const target of LIGHTHOUSE_PAGES) {
      if ('saved' in target) {
        await page.evaluate(({ key, value }) => sessionStorage.setItem(key, value), saved);
        await (await page.createCDPSession()).send('Network.clearBrowserCache');
        await flow.navigate(base + target.path, { name: target.name, disableStorageReset: true });
      } else {
        await flow.navigate(base + target.path, { name: target.name });
      }
    }
    const result = await flow.createFlowResult();
    return result.steps.slice(1).map((step, i) => summarise(LIGHTHOUSE_PAGES[i]!.name, step.lhr as unknown as Lhr));
  } finally {
    await browser.close();
  }
}
