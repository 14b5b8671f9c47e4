import type { Page } from '@playwright/test';
import { getRegion, regionIds } from '@/flows';
import { RESULT_TEXT } from '@/app/_lib/result-text';
import { START } from '@/app/_lib/start-text';
import { SAFETY_NET } from '@/app/_lib/ui-text';
import { checkPath, expect, expectServices, flowIn, result, RESULT, test, waitForResult, walk, WALK_TO } from './fixtures';

/*
 * Regions (issue 14): the tiers and rules are the same everywhere; the numbers, the services and their
 * names are the region's. Every outcome is walked in the US or in New Zealand (where 111 is the
 * emergency number), taking turns, and the self-care plan, which names the most services and medicines,
 * in both; every region's emergency number is checked on question 1 and on the emergency result; and
 * "Where are you?" is remembered on the device. The Jest tests check every outcome's numbers, names and
 * words in every region (flows/regions/regions.test.ts); these check what the browser shows of them.
 * Each walk is about ten seconds of a two-core CI machine, so not every outcome is walked twice.
 */

/** Words only the UK uses, as the issue lists them. */
const UK_TERMS: readonly string[] = ['A&E', 'GP', 'NHS', '999', 'paracetamol', '111 online'];

const wordPattern = (words: string) => new RegExp(`(^|[^A-Za-z0-9])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9])`, 'i');

/**
 * The UK's words a region must not show: those the issue lists, and the UK's words for every term the
 * region words differently (physio, tummy, labour...). A region that uses one itself (New Zealand's GP)
 * may show it.
 */
function ukOnlyWords(region: string): string[] {
  const uk = getRegion('uk')!.terms;
  const { terms, services } = getRegion(region)!;
  // The region's own words: its terms' words (not their names) and its services.
  const own = [...Object.values(terms), ...Object.values(services).flatMap((s) => [s.label, s.description ?? ''])].join('\n');
  const replaced = Object.entries(uk).filter(([term, words]) => terms[term] !== words).map(([, words]) => words);
  return [...new Set([...UK_TERMS, ...replaced])].filter((words) => !wordPattern(words).test(own));
}

function ukTermsIn(text: string, region: string): string[] {
  return ukOnlyWords(region).filter((words) => wordPattern(words).test(text));
}

/**
 * The words of the check on show, as a person meets them (closed disclosures too), without the list of
 * sources: a citation names its publisher ("NHS.UK: Back pain"), which is not advice to use a UK service.
 */
function wordsOnShow(page: Page): Promise<string> {
  return page.locator('main').evaluate((main, sourcesSummary) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const details of copy.querySelectorAll('details')) {
      if (details.querySelector('summary')?.textContent?.trim() === sourcesSummary) details.remove();
    }
    return copy.textContent ?? '';
  }, RESULT_TEXT.sourcesSummary);
}

test('the UK’s words are all foreign in the US; New Zealand shares its GP and paracetamol', () => {
  expect(ukOnlyWords('us')).toEqual(expect.arrayContaining([...UK_TERMS, 'physio', 'tummy', 'labour']));
  expect(ukOnlyWords('nz')).toEqual(expect.arrayContaining(['A&E', 'NHS', '999', '111 online', 'GP surgery']));
  expect(ukOnlyWords('nz')).not.toContain('GP');
  expect(ukOnlyWords('nz')).not.toContain('paracetamol');
  expect(ukTermsIn('Go to A&E, or see a physio.', 'us')).toEqual(['A&E', 'physio']);
  expect(ukTermsIn('See a physical therapist, or your GP.', 'nz')).toEqual([]);
});

const WALKED_IN = ['us', 'nz'];
const regionsFor = (outcome: string, i: number) => (outcome === 'self_care' ? WALKED_IN : [WALKED_IN[i % WALKED_IN.length]!]);

for (const [i, [outcome, w]] of [...WALK_TO].entries()) {
  for (const region of regionsFor(outcome, i)) {
    const flow = flowIn(region);
    const call = flow.services.call_emergency!;
    test(`${region}: the ${outcome} result has ${getRegion(region)!.name}’s numbers and names`, async ({ page }) => {
      await walk(page, w.patient, {
        region,
        onStep: async (step) => {
          expect(ukTermsIn(await wordsOnShow(page), region), `UK terms on the ${step} step`).toEqual([]);
          if (step === flow.screens[0]!.id) await expect(page.getByRole('link', { name: call.label, exact: true })).toHaveAttribute('href', call.href!);
        },
      });
      await waitForResult(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.outcomes[outcome]!.title);
      await expect(page.locator(`[lang="${getRegion(region)!.lang}"]`).locator('article[data-triage-level]')).toBeVisible();
      await expectServices(page, flow, outcome);
      // The emergency number is a tap on an emergency result, and named in every result's safety-net.
      expect(call.href).toBe(EMERGENCY_NUMBER[region]);
      const calls = await result(page).locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      if (flow.outcomes[outcome]!.tier === 'emergency') expect(calls).toContain(call.href);
      await expect(result(page).getByRole('heading', { name: SAFETY_NET.heading })).toBeVisible();
      expect(await result(page).textContent()).toContain(call.label);
      expect(ukTermsIn(await wordsOnShow(page), region), 'UK terms on the result').toEqual([]);
    });
  }
}

/** The numbers the issue names: in New Zealand 111 *is* the emergency number. */
const EMERGENCY_NUMBER: Record<string, string> = { uk: 'tel:999', us: 'tel:911', nz: 'tel:111' };

test('every region gives its own emergency number on question 1 and on the emergency result', async ({ page }) => {
  for (const region of regionIds()) {
    const flow = flowIn(region);
    const call = flow.services.call_emergency!;
    if (region in EMERGENCY_NUMBER) expect(call.href).toBe(EMERGENCY_NUMBER[region]);
    const steps = await walk(page, WALK_TO.get('emergency')!.patient, {
      region,
      onStep: async (step) => {
        if (step !== RESULT) await expect(page.getByRole('link', { name: call.label, exact: true })).toHaveAttribute('href', call.href!);
      },
    });
    expect(steps.at(-1)).toBe(RESULT);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.outcomes.emergency!.title);
    await expect(result(page).getByRole('link').first()).toHaveAttribute('href', call.href!);
    await expect(page.getByText(`Advice for: ${getRegion(region)!.name}.`)).toBeVisible();
  }
});

test('“Where are you?” is remembered on this device, and starts the check there', async ({ page, context }) => {
  await page.goto('/');
  const where = page.getByRole('group', { name: START.whereHeading });
  await where.getByRole('radio', { name: 'New Zealand' }).check();
  await page.getByRole('button', { name: START.startNow }).click();
  await expect(page).toHaveURL(checkPath('nz'));
  await expect(page.getByRole('link', { name: 'Call 111', exact: true })).toHaveAttribute('href', 'tel:111');
  expect(await page.evaluate(() => window.localStorage.getItem('self-check:region'))).toBe('nz');

  // Back at the start, in this tab and in a new one: New Zealand is chosen, and the page says why.
  for (const tab of [page, await context.newPage()]) {
    await tab.goto('/');
    const again = tab.getByRole('group', { name: START.whereHeading });
    await expect(again.getByRole('radio', { name: 'New Zealand' })).toBeChecked();
    await expect(again).toContainText(START.remembered);
  }
});

test.describe('with a US English browser in Auckland', () => {
  test.use({ locale: 'en-US', timezoneId: 'Pacific/Auckland' });

  test('the start page suggests New Zealand, from the time zone, and says so', async ({ page }) => {
    await page.goto('/');
    const where = page.getByRole('group', { name: START.whereHeading });
    await expect(where.getByRole('radio', { name: 'New Zealand' })).toBeChecked();
    await expect(where).toContainText(START.suggested);
  });
});

test.describe('with a French browser in Paris', () => {
  test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });

  test('the start page does not claim the default region came from the device', async ({ page }) => {
    await page.goto('/');
    const where = page.getByRole('group', { name: START.whereHeading });
    await expect(where).toContainText(START.unmatched);
    await expect(where.getByRole('radio', { name: 'United Kingdom' })).toBeChecked();
    await expect(where).not.toContainText(START.suggested);
  });
});

test.describe('with a US English browser in Chicago', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/Chicago' });

  test('the start page suggests the United States, and a choice made there wins next time', async ({ page }) => {
    await page.goto('/');
    const where = page.getByRole('group', { name: START.whereHeading });
    await expect(where.getByRole('radio', { name: 'United States' })).toBeChecked();
    await where.getByRole('radio', { name: 'Canada' }).check();
    await page.getByRole('button', { name: START.startNow }).click();
    await expect(page).toHaveURL(checkPath('ca'));
    await page.goto('/');
    await expect(where.getByRole('radio', { name: 'Canada' })).toBeChecked();
  });
});
