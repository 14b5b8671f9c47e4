/*
 * Walking the check as a person does: reading the question on show, ticking the options by their
 * labels, pressing Continue and, on "Check your answers", "See your result". Used by the browser tests
 * (through fixtures.ts) and by scripts/screenshots.ts, so it throws rather than using a test's expect.
 */
import type { Page } from 'playwright-core';
import examples from '@/flows/back-spasms/examples/patients.json';
import { loadFlow } from '@/flows';
import { REVIEW_TEXT } from '@/app/_lib/result-text';
import { WIZARD } from '@/app/_lib/ui-text';
import type { Flow } from '@/lib/flow/flow-schema';
import type { Patient } from '@/lib/triage/patient';
import { runTriage } from '@/lib/triage/run-triage';

const FLOW_ID = 'back-spasms';
/** What a step is when it is not a question: Check your answers, or the result. */
export const REVIEW = 'review';
export const RESULT = 'result';

/** The check's one address in a region: every step is shown there. */
export const checkPath = (region = 'uk') => `/check/${FLOW_ID}/${region}`;

/** The flow in a region's words: the labels a person there reads. */
export const flowIn = (region = 'uk'): Flow => loadFlow(FLOW_ID, region);

/** A person to walk the check as, and where the flow's engine says they end up. */
export interface Walk {
  readonly patient: Patient & { readonly id: string };
  /** The outcome id and its tier, from the headless engine (the wizard must agree). */
  readonly outcome: string;
  readonly level: string;
  /** The questions the engine asks them, in order. */
  readonly path: readonly string[];
}

/**
 * People the examples lack: one meets the "being sick" follow-up, one the two about morning stiffness.
 */
const MORE_PATIENTS: (Patient & { id: string })[] = [
  { id: 'emergency-chest-pain', age: 58, durationDays: 1, findings: ['chest_pain_or_shortness_of_breath'] },
  { id: 'urgent-kidney-stone-at-30', age: 30, durationDays: 1, findings: ['colicky_flank_pain_to_groin'] },
  {
    id: 'routine-morning-stiffness-at-50',
    age: 50,
    durationDays: 120,
    findings: ['muscle_stiffness', 'morning_stiffness_over_30_min_improves_with_exercise', 'back_pain_started_before_45'],
  },
];

/**
 * The walks the tests take: the first for each outcome is its main walk (`WALK_TO`); between them they
 * reach every outcome and meet every screen of the flow (walks.spec.ts checks both against the flow).
 */
const WALK_IDS = [
  'emergency-saddle-numbness',
  'emergency-chest-pain',
  'emergency-pregnancy-bleeding',
  'emergency-cancer-difficulty-walking',
  'urgent-foot-drop-after-strain',
  'routine-sciatica-three-weeks',
  'routine-under-16',
  'self_care-lifting-strain',
  'urgent-kidney-stone-at-30',
  'urgent-pregnant-stings-to-pee',
  'routine-morning-stiffness-at-50',
];

const everyone = [...(examples as (Patient & { id: string })[]), ...MORE_PATIENTS];

export const WALKS: readonly Walk[] = WALK_IDS.map((id) => {
  const patient = everyone.find((p) => p.id === id);
  if (!patient) throw new Error(`no patient "${id}"`);
  const result = runTriage(flowIn(), patient);
  return { patient, outcome: result.outcome, level: result.level, path: result.path };
});

/**
 * The walk that first meets each step (a question screen, or Check your answers): a screen looks the
 * same on any walk, so the slow checks (axe, reflow) look at it on that walk only.
 */
export const FIRST_TO_MEET: ReadonlyMap<string, string> = new Map(
  WALKS.flatMap((w) => [...w.path, ...(w.level === 'emergency' ? [] : [REVIEW])].map((step) => [step, w.patient.id] as const)).reverse(),
);

/** The main walk to each outcome the walks reach. */
export const WALK_TO: ReadonlyMap<string, Walk> = new Map(
  WALKS.filter((walk, i) => WALKS.findIndex((w) => w.outcome === walk.outcome) === i).map((walk) => [walk.outcome, walk]),
);

/** Waits until the wizard runs in the page: it has numbered the history entry it is on. */
export async function waitForWizard(page: Page) {
  await page.waitForFunction(() => typeof (window.history.state as { step?: unknown } | null)?.step === 'number');
}

/** The step on show, read as a person reads it: the result, Check your answers, or the question's screen id. */
export async function stepOnShow(page: Page, flow: Flow): Promise<string> {
  if ((await page.locator('[data-triage-level]').count()) > 0) return RESULT;
  const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  if (heading === REVIEW_TEXT.heading) return REVIEW;
  const asking = flow.screens.filter((screen) => screen.question === heading);
  if (asking.length === 1) return asking[0]!.id;
  // Two screens may ask the same question: their options tell them apart.
  for (const screen of asking) {
    const labels = screen.kind === 'checklist' ? screen.items.filter((item) => !item.showIf).map((item) => flow.findings[item.finding]!.label) : [];
    let shown = true;
    for (const label of labels) shown &&= (await page.getByLabel(label, { exact: true }).count()) > 0;
    if (shown) return screen.id;
  }
  throw new Error(`no screen of the flow asks "${heading}"`);
}

/** The option of a range screen a number falls in ("6 weeks to 3 months"). */
function rangeLabel(options: readonly { label: string; from: number }[], value: number): string {
  return options.filter((option) => option.from <= value).at(-1)!.label;
}

/** Answers the question on show as this patient would, by the labels a person reads; does not press Continue. */
async function answer(page: Page, flow: Flow, screenId: string, patient: Patient) {
  const screen = flow.screens.find((s) => s.id === screenId);
  if (!screen) throw new Error(`no screen "${screenId}"`);
  switch (screen.kind) {
    case 'checklist': {
      let ticked = 0;
      for (const { finding } of screen.items.filter((item) => patient.findings.includes(item.finding))) {
        // An item the flow does not show this person (pregnancy, past 55) is not there to tick.
        const box = page.getByRole('checkbox', { name: flow.findings[finding]!.label, exact: true });
        if ((await box.count()) === 0) continue;
        await box.check();
        ticked += 1;
      }
      if (ticked === 0) await page.getByRole('checkbox', { name: screen.noneLabel, exact: true }).check();
      break;
    }
    case 'yesno':
      await page.getByRole('radio', { name: patient.findings.includes(screen.id) ? 'Yes' : 'No', exact: true }).check();
      break;
    case 'number':
      await page.getByRole('textbox', { name: screen.question }).fill(String(patient[screen.id]));
      break;
    case 'range':
      await page.getByRole('radio', { name: rangeLabel(screen.options, Number(patient[screen.id])), exact: true }).check();
      break;
    case 'choice': {
      const option = screen.options.find((o) => o.value === patient[screen.id]);
      if (!option) throw new Error(`the patient has no answer to "${screen.question}"`);
      await page.getByRole('radio', { name: option.label, exact: true }).check();
      break;
    }
  }
}

/** Presses a button that moves the check on, and waits for the next step: each step has its own title. */
async function press(page: Page, name: string = WIZARD.continue) {
  const before = await page.title();
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction((title) => document.title !== title, before);
}

export interface WalkOptions {
  readonly region?: string;
  /** Called on each step before it is answered: question screens and Check your answers, then the result. */
  readonly onStep?: (step: string) => Promise<void>;
  /** Stop on this step (a screen id, REVIEW or RESULT) instead of going on to the result. */
  readonly until?: string;
}

/**
 * Starts a check in a region and answers every question as the patient would, confirms their answers
 * and stops at the result; returns the steps met, the result last.
 */
export async function walk(page: Page, patient: Patient, { region = 'uk', onStep, until = RESULT }: WalkOptions = {}): Promise<string[]> {
  const flow = flowIn(region);
  await page.goto(checkPath(region));
  await waitForWizard(page);
  const steps: string[] = [];
  for (let guard = 0; guard <= flow.screens.length + 1; guard++) {
    const step = await stepOnShow(page, flow);
    steps.push(step);
    await onStep?.(step);
    if (step === until || step === RESULT) return steps;
    if (step === REVIEW) await press(page, REVIEW_TEXT.seeResult);
    else {
      await answer(page, flow, step, patient);
      await press(page);
    }
  }
  throw new Error(`the walk for ${patient.id ?? 'a patient'} did not reach a result`);
}
