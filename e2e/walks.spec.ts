import { RESULT_TEXT } from '@/app/_lib/result-text';
import { WIZARD } from '@/app/_lib/ui-text';
import {
  expect,
  expectNoAxeViolations,
  expectSafetyNetOnFirstScreen,
  expectServices,
  FIRST_TO_MEET,
  flow,
  renderDeferred,
  result,
  RESULT,
  REVIEW,
  test,
  waitForResult,
  walk,
  WALK_TO,
  WALKS,
} from './fixtures';
import { expectReflow, type Size } from './reflow';

/*
 * A walk to every outcome of the flow, answered by clicking the labels as a person would, on a 390 × 844
 * phone: axe and reflow (reflow.ts) on every question screen met, on Check your answers and on the
 * result; the safety-net on the result's first screenful; and every service the result names a tap to the
 * right place. Screens are checked on the first walk that meets them: axe and reflow are the slow part,
 * and one walk to every outcome is the other slow part, so the two are done in one. What each
 * walk should meet and where it should end comes from the headless engine: the wizard and the CLI
 * share one machine, so they must agree.
 */
const PHONE = { width: 390, height: 844 };
const AT_PHONE: Size = { name: 'a 390 × 844 phone', viewport: PHONE, fontSize: 16 };

/** What the issue asks of the UK results, whatever else the data adds: every number and link named there. */
const UK_MUST_OFFER: Record<string, RegExp[]> = {
  emergency: [/^tel:999$/],
  maternity_now: [/^tel:999$/],
  emergency_department: [/^tel:999$/],
  urgent: [/^tel:111$/, /^https:\/\/111\.nhs\.uk\//, /urgent-and-emergency-care/, /find-a-gp/],
  routine: [/find-a-gp/, /nhs-app/, /physiotherapy/, /pharmacy/],
};

test.use({ viewport: PHONE });

test('the walks reach every outcome of the flow and meet every screen', () => {
  const missing = Object.keys(flow.outcomes).filter((id) => !WALK_TO.has(id));
  expect(missing, 'outcomes no walk reaches').toEqual([]);
  const met = new Set(WALKS.flatMap((w) => w.path));
  expect(flow.screens.map((s) => s.id).filter((id) => !met.has(id)), 'screens no walk meets').toEqual([]);
});

test('the UK data names every service the issue asks for', () => {
  for (const [outcome, wanted] of Object.entries(UK_MUST_OFFER)) {
    const hrefs = flow.outcomes[outcome]!.services.map((id) => flow.services[id]!.href ?? '');
    for (const href of wanted) expect(hrefs.some((h) => href.test(h)), `${outcome} offers ${href}`).toBe(true);
  }
});

for (const w of WALKS) {
  test(`a walk to ${w.outcome} (${w.level}) as ${w.patient.id}`, async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    const steps = await walk(page, w.patient, {
      onStep: async (step) => {
        if (step === RESULT) return;
        const first = FIRST_TO_MEET.get(step) === w.patient.id;
        if (first) await expectNoAxeViolations(page, `the ${step} screen`);
        // Check your answers lists this walk's own answers, so it is measured on every walk.
        if (first || step === REVIEW) await expectReflow(page, cdp, `the ${step} step`, AT_PHONE);
      },
    });
    // An emergency stops the check at once; any other result comes after Check your answers.
    expect(steps).toEqual([...w.path, ...(w.level === 'emergency' ? [] : [REVIEW]), RESULT]);
    await waitForResult(page);
    await expect(result(page)).toHaveAttribute('data-triage-level', w.level);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.outcomes[w.outcome]!.title);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page).toHaveTitle(/^Your result – /);
    await expectSafetyNetOnFirstScreen(page, PHONE.height);
    const calls = await expectServices(page, flow, w.outcome);
    const hrefs = [...calls, ...(await result(page).locator('a[href^="https:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))];
    for (const href of UK_MUST_OFFER[w.outcome] ?? []) expect(hrefs.some((h) => href.test(h)), `the ${w.outcome} result offers ${href}`).toBe(true);
    // axe and reflow on the whole result, as read to the end, with its sources open.
    await renderDeferred(page);
    await page.getByText(RESULT_TEXT.sourcesSummary, { exact: true }).click();
    await expect(result(page).getByRole('group').getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page, `the ${w.outcome} result`);
    await expectReflow(page, cdp, `the ${w.outcome} result`, AT_PHONE);
  });
}

test('the error state of every kind of screen passes axe', async ({ page }) => {
  // Meets a checklist, a number, a yes/no and a range screen.
  const w = WALK_TO.get('urgent')!;
  const kinds = new Set<string>();
  await walk(page, w.patient, {
    until: REVIEW,
    onStep: async (step) => {
      const screen = flow.screens.find((s) => s.id === step);
      if (!screen || kinds.has(screen.kind)) return;
      kinds.add(screen.kind);
      if (screen.kind === 'number') await page.getByRole('textbox', { name: screen.question }).fill('two hundred');
      await page.getByRole('button', { name: WIZARD.continue }).click();
      await expect(page.getByRole('heading', { name: WIZARD.errorTitle })).toBeVisible();
      await expect(page).toHaveTitle(/^Error: Question \d+ – /);
      await expectNoAxeViolations(page, `the ${step} screen with an error`);
      if (screen.kind === 'number') await page.getByRole('textbox', { name: screen.question }).clear();
    },
  });
  expect([...kinds].sort()).toEqual(['checklist', 'number', 'range', 'yesno']);
});
