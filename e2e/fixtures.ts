import { expect, test as base, type Locator, type Page } from '@playwright/test';
import axe from 'axe-core';
import { RESULT_TEXT } from '@/app/_lib/result-text';
import { SAFETY_NET } from '@/app/_lib/ui-text';
import type { Flow } from '@/lib/flow/flow-schema';
import { panelCall } from '@/lib/flow/services';
import { flowIn, RESULT, stepOnShow, waitForWizard } from './walk';

export { checkPath, FIRST_TO_MEET, flowIn, RESULT, REVIEW, walk, WALK_TO, WALKS } from './walk';

/** The flow in the default region's (the UK's) words. */
export const flow = flowIn();

export { expect };

/**
 * Every test runs with two watchers: no request may leave this machine (no analytics, fonts or CDNs),
 * and nothing may go wrong in the page (a CSP violation or a script error is a console error).
 */
export const test = base.extend<{ watch: void; expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  watch: [
    async ({ page, expectedConsoleErrors }, use) => {
      const offsite: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
          offsite.push(request.url());
        }
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(message.text()))) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await use();
      expect(offsite, 'requests that left localhost').toEqual([]);
      expect(problems, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core run in the page as it stands, reporting violations only. Not @axe-core/playwright: its
 * analyze() injects axe again on every call, finishes each run in a new blank page, and carries every
 * passing node back to the test: 2 s a call on a question, 20 s on the flow explorer, against 0.2 s and 3 s
 * here. The wizard is one document across its steps, so axe is injected once per document.
 */
export async function expectNoAxeViolations(page: Page, what: string, within?: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ tags, within }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const results = await axe.run(within ? { include: [within] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    },
    { tags: AXE_TAGS, within },
  );
  expect(violations, `axe violations on ${what}`).toEqual([]);
}

/**
 * Waits until the wizard shows `step` (a screen id, REVIEW or RESULT), read from the page as a person
 * reads it: the address is the same for every step.
 */
export async function expectStep(page: Page, step: string, region = 'uk') {
  await waitForWizard(page);
  await expect.poll(() => stepOnShow(page, flowIn(region)), { message: `the step on show is ${step}` }).toBe(step);
  if (step === RESULT) await expect(page.locator('[data-triage-level]')).toBeVisible();
  else await expect(page.getByRole('button', { name: /^(Continue|See your result)$/ })).toBeEnabled();
}

/** The result on show, its deferred sections rendered too (the answers come last). */
export function result(page: Page): Locator {
  return page.locator('article[data-triage-level]');
}

export async function waitForResult(page: Page) {
  await expect(result(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: RESULT_TEXT.answersHeading, level: 2 })).toBeAttached();
}

/**
 * Lays out the sections a long page defers (content-visibility: auto, laid out only when scrolled near),
 * as scrolling through the page would. Until then the browser guesses their size and skips painting
 * them: axe measures a guess, and a section's paint containment clips what would scroll sideways.
 */
export async function renderDeferred(page: Page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
}

/** The safety-net ("If things change") is on the first screenful of a result: its heading is in view. */
export async function expectSafetyNetOnFirstScreen(page: Page, screenHeight: number) {
  const heading = page.getByRole('heading', { name: SAFETY_NET.heading, level: 2 });
  await expect(heading).toBeVisible();
  const box = await heading.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
  });
  expect(box.top, `"${SAFETY_NET.heading}" starts ${box.top} px down the page`).toBeLessThan(screenHeight);
  expect(box.bottom, `"${SAFETY_NET.heading}" ends ${box.bottom} px down the page`).toBeLessThanOrEqual(screenHeight);
}

/** The name a service's link is known by: a web page says it opens in a new tab. */
function linkName(service: { label: string; href?: string }) {
  return service.href?.startsWith('https:') ? `${service.label} ${RESULT_TEXT.opensNewTab}` : service.label;
}

/**
 * "Where to get help" lists exactly the services the region's data names for the outcome, in order,
 * each a tap when the data gives it an address; an emergency's number to call is the panel's own
 * button too; and no other number to call is on the result.
 */
export async function expectServices(page: Page, flow: Flow, outcomeId: string) {
  const outcome = flow.outcomes[outcomeId]!;
  const services = outcome.services.map((id) => flow.services[id]!);
  const where = result(page).getByRole('region', { name: RESULT_TEXT.whereHeading });
  await expect(where.getByRole('listitem')).toHaveText(services.map((s) => new RegExp(`^${escape(s.label)}`)));
  for (const service of services) {
    const links = where.getByRole('link', { name: linkName(service), exact: true });
    if (!service.href) {
      await expect(links, `"${service.label}" is not a link`).toHaveCount(0);
      continue;
    }
    await expect(links).toHaveAttribute('href', service.href);
    if (service.href.startsWith('https:')) {
      await expect(links).toHaveAttribute('target', '_blank');
      await expect(links).toHaveAttribute('rel', /noopener/);
    }
  }
  const call = panelCall(flow.services, outcome);
  if (call) {
    // The first link of the result, above the safety-net: the big button in the panel.
    const first = result(page).getByRole('link').first();
    await expect(first).toHaveText(call.label);
    await expect(first).toHaveAttribute('href', call.href);
  }
  const offered = new Set(Object.values(flow.services).flatMap((s) => (s.href?.startsWith('tel:') ? [s.href] : [])));
  const calls = await result(page).locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(calls.filter((href) => !offered.has(href)), 'numbers to call that are not this region’s').toEqual([]);
  return calls;
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
