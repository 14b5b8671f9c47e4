import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { loadFlow } from '@/flows';
import type { Patient } from '@/lib/triage/patient';

const flow = loadFlow('back-spasms');

export { expect, flow };

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

export async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(violations, `axe violations on ${what}`).toEqual([]);
}

async function currentStep(page: Page): Promise<string | null> {
  return new URL(page.url()).hash.match(/step=([^&]+)/)?.[1] ?? null;
}

/** Waits until the wizard shows `step` and has moved focus to its question or outcome heading. */
export async function expectStep(page: Page, step: string) {
  await expect(page).toHaveURL(new RegExp(`#step=${step}$`));
  if (step === 'result') await expect(page.locator('[data-triage-level]')).toBeVisible();
  else await expect(page.getByRole('button', { name: 'Continue' })).toBeEnabled();
}

/** Answers the screen on show the way a patient with these facts would, as a person does: by clicking. */
export async function answerAsPatient(page: Page, screenId: string, patient: Patient) {
  const screen = flow.screens.find((s) => s.id === screenId)!;
  switch (screen.kind) {
    case 'checklist': {
      const offered = await page.locator(`input[name="${screen.id}"]`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      const ticks = offered.filter((value) => patient.findings.includes(value));
      for (const value of ticks.length ? ticks : ['none']) await page.locator(`#${screen.id}--${value}`).check();
      break;
    }
    case 'yesno':
      await page.locator(`#${screen.id}--${patient.findings.includes(screen.id) ? 'yes' : 'no'}`).check();
      break;
    case 'choice':
      await page.locator(`#sex--${patient.sex}`).check();
      break;
    case 'number':
      await page.getByRole('textbox', { name: screen.question }).fill(String(patient[screen.id]));
      break;
  }
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Starts a check and answers every screen for the patient until the outcome; returns the steps seen. */
export async function walk(page: Page, patient: Patient, onScreen?: (step: string) => Promise<void>): Promise<string[]> {
  await page.goto('/check/back-spasms');
  const steps: string[] = [];
  for (let i = 0; i < 30; i++) {
    await expect(page).toHaveURL(/#step=/);
    const step = (await currentStep(page))!;
    await expectStep(page, step);
    if (step === 'result') return steps;
    steps.push(step);
    await onScreen?.(step);
    await answerAsPatient(page, step, patient);
    await expect(page).not.toHaveURL(new RegExp(`#step=${step}$`));
  }
  throw new Error('the walk did not reach an outcome');
}
