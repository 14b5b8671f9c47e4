import { expect, type Locator, type Page } from '@playwright/test';
import { loadFlow } from '@/flows';
import { kindOf, NONE, toolsOf, type Screen } from '@/lib/screens';
import type { Patient } from '@/lib/triage/patient';

/*
 * Helpers for the journey tests (navigation, keyboard, no-JavaScript, history, print). The wizard keeps
 * one neutral address for every step, so a test knows where it is by the step each form carries in its
 * hidden `step` field (the same field the server reads without JavaScript): a screen id, "review" or
 * "result".
 */

export const flow = loadFlow('back-spasms', 'uk');
export const CHECK = '/check/back-spasms/uk';
const SITE = 'Back spasm self-check';

/** The people the tests walk through the check. */
export const PATIENTS = {
  /** A lifting strain: the self-care plan. */
  selfCare: { id: 'self-care', age: 34, sex: 'male', durationDays: 2, findings: ['recent_strain_or_lifting', 'sudden_intense_pain', 'muscle_stiffness'] },
  /** A fever: get medical help today. */
  urgent: { id: 'urgent', age: 38, sex: 'female', durationDays: 4, findings: ['fever_or_chills', 'muscle_stiffness'] },
  /** Pregnant, at 30: a question only asked of people who could be pregnant. */
  pregnant: { id: 'pregnant', age: 30, sex: 'female', durationDays: 7, findings: ['pregnant', 'muscle_stiffness'] },
} satisfies Record<string, Patient>;

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** The step on show: the hidden field of the step's form. */
export const stepField = (page: Page) => page.locator('main form input[name="step"]');

export function screenOf(id: string): Screen {
  const screen = flow.screens.find((s) => s.id === id);
  if (!screen) throw new Error(`no screen "${id}"`);
  return screen;
}

/** The neutral title the wizard gives each kind of step once it runs in the browser. */
export function titleOf(step: string, n?: number): RegExp {
  const what = step === 'review' ? 'Check your answers' : step === 'result' ? 'Your result' : `Question ${n ?? '\\d+'}`;
  return new RegExp(`^${what} – ${SITE}$`);
}

/**
 * Waits until the step is on show. With `js` (the default) also until the wizard runs it in the
 * browser: it sets its title only then, and until then a form would go to the server.
 */
export async function expectStep(page: Page, step: string, { js = true }: { js?: boolean } = {}) {
  await expect(stepField(page)).toHaveValue(step);
  if (js) await expect(page).toHaveTitle(titleOf(step));
  if (step === 'result') await expect(page.locator('[data-triage-level]')).toBeVisible();
  else if (step !== 'review') await expect(h1(page)).toHaveText(screenOf(step).question);
}

/** Opens the check at question 1 and waits for the wizard to run. */
export async function startCheck(page: Page) {
  await page.goto(CHECK);
  await expectStep(page, flow.screens[0]!.id);
}

/** What a patient gives for a screen, as the form's controls hold it (a list of ticks, a radio value, or text). */
function formValue(screen: Screen, patient: Patient): unknown {
  const kind = kindOf(screen);
  return kind.formValue(screen, toolsOf(screen).patientAnswer(screen, patient));
}

/** Fills in the step on show the way this patient would, by clicking (or typing), without submitting. */
export async function fillAs(page: Page, step: string, patient: Patient) {
  const screen = screenOf(step);
  const value = formValue(screen, patient);
  if (screen.kind === 'number') {
    await page.locator(`#${step}`).fill(String(value));
  } else if (Array.isArray(value)) {
    // Only the items shown to this person can be ticked (a checklist hides some by age).
    const shown: string[] = [];
    for (const v of value as string[]) if ((await page.locator(`#${step}--${v}`).count()) > 0) shown.push(v);
    for (const v of shown.length > 0 ? shown : [NONE]) await page.locator(`#${step}--${v}`).check();
  } else {
    await page.locator(`#${step}--${String(value)}`).check();
  }
}

/** Answers the step on show and presses Continue; returns the step that was answered. */
export async function answerAs(page: Page, patient: Patient, { js = true }: { js?: boolean } = {}): Promise<string> {
  const step = await stepField(page).inputValue();
  await expectStep(page, step, { js });
  await fillAs(page, step, patient);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(stepField(page)).not.toHaveValue(step);
  return step;
}

/** Answers every question for the patient, from the step on show to "Check your answers"; returns the steps answered. */
export async function answerAll(page: Page, patient: Patient, options: { js?: boolean } = {}): Promise<string[]> {
  const steps: string[] = [];
  for (let i = 0; i < flow.screens.length; i++) {
    if ((await stepField(page).inputValue()) === 'review') return steps;
    steps.push(await answerAs(page, patient, options));
  }
  await expectStep(page, 'review', options);
  return steps;
}

/** From "Check your answers" to the result. */
export async function seeResult(page: Page, options: { js?: boolean } = {}) {
  await expectStep(page, 'review', options);
  await page.getByRole('button', { name: 'See your result' }).click();
  await expectStep(page, 'result', options);
}

/** A whole check, from question 1 to the result; returns the questions answered. */
export async function walkToResult(page: Page, patient: Patient): Promise<string[]> {
  await startCheck(page);
  const steps = await answerAll(page, patient);
  await seeResult(page);
  return steps;
}

/** The tier on show: emergency, urgent, routine or self_care. */
export const tierOf = (page: Page) => page.locator('[data-triage-level]').getAttribute('data-triage-level');

/**
 * Words that say something about a person's health: every finding id and label, every question,
 * every result's title and tier, and the emergency numbers. None may be kept where the browser keeps
 * addresses and titles.
 */
export function healthWords(): string[] {
  const words = new Set<string>(['pregnan', '999', '111', 'urgent', 'emergency', 'self_care', 'self-care', 'routine', 'step=']);
  for (const [id, finding] of Object.entries(flow.findings)) {
    words.add(id);
    words.add(finding.label);
  }
  for (const screen of flow.screens) {
    words.add(screen.id);
    words.add(screen.question);
  }
  for (const [id, outcome] of Object.entries(flow.outcomes)) {
    words.add(id);
    words.add(outcome.title);
  }
  return [...words];
}

/**
 * Clicks a control far down the result. The result's sections are laid out only as they come near the
 * viewport (content-visibility: auto, sized by a guess until then), so scrolling to the control moves
 * it as the sections take their real size, and a click aimed just before lands on whatever moved there.
 * So: scroll to it until it stays put, then click.
 */
export async function clickWhenSettled(control: Locator) {
  await control.evaluate(async (element) => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    let last = '';
    for (let i = 0; i < 20; i++) {
      element.scrollIntoView({ block: 'center' });
      await frame();
      await frame();
      const box = JSON.stringify(element.getBoundingClientRect());
      if (box === last) return;
      last = box;
    }
  });
  await control.click();
}
