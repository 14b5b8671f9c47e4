import patients from '@/flows/back-spasms/examples/patients.json';
import type { Patient } from '@/lib/triage/patient';
import { runTriage } from '@/lib/triage/run-triage';
import { expect, expectNoAxeViolations, flow, test, walk } from './fixtures';

/*
 * One full walk to each tier, answered by clicking as a person would, with axe run on every screen
 * and on the outcome. The expected outcome and screens come from the headless runner: the wizard and
 * the CLI share one machine, so they must agree.
 */
// One patient per tier, chosen so the walks between them meet every kind of screen: checklists, numbers,
// the sex question and the yes/no follow-ups.
const WALKS: Record<string, string> = {
  emergency: 'emergency-saddle-numbness',
  urgent: 'urgent-foot-drop-after-strain',
  routine: 'routine-sciatica-three-weeks',
  self_care: 'self_care-lifting-strain',
};
const byTier = new Map(Object.entries(WALKS).map(([tier, id]) => [tier, (patients as Patient[]).find((p) => p.id === id)!]));

test('the walks meet every kind of screen', () => {
  const kinds = new Set(
    [...byTier.values()].flatMap((patient) => runTriage(flow, patient).path.map((id) => flow.screens.find((s) => s.id === id)!.kind)),
  );
  expect([...kinds].sort()).toEqual(['checklist', 'choice', 'number', 'yesno']);
});

for (const [tier, patient] of byTier) {
  test(`a full walk to ${tier} (${patient.id})`, async ({ page }) => {
    const expected = runTriage(flow, patient);
    const steps = await walk(page, patient, (step) => expectNoAxeViolations(page, `the ${step} screen`));
    expect(steps).toEqual(expected.path);
    const outcome = page.locator('[data-triage-level]');
    await expect(outcome).toHaveAttribute('data-triage-level', tier);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.outcomes[expected.outcome]!.title);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNoAxeViolations(page, `the ${tier} outcome`);
  });
}

test('the under-16 outcome says why, after two screens', async ({ page }) => {
  const patient = (patients as Patient[]).find((p) => p.id === 'routine-under-16')!;
  expect(await walk(page, patient)).toEqual(['emergency_signs', 'age']);
  await expect(page.locator('[data-triage-level]')).toHaveAttribute('data-triage-level', 'routine');
  await expect(page.getByText(/You told us you are under 16/)).toBeVisible();
});

test('the error state of every kind of screen passes axe', async ({ page }) => {
  await page.goto('/check/back-spasms');
  for (const step of ['emergency_signs', 'age']) {
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expectNoAxeViolations(page, `the ${step} screen with an error`);
    if (step === 'emergency_signs') {
      await page.locator('#emergency_signs--none').check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
  }
});
