import { initialTransition, transition } from 'xstate';
import { readAnswers, visibleItems, type AnswerValue } from './answers';
import { compileFlow, currentScreen, type TriageMachine } from './compile-flow';
import type { Facts } from './condition';
import type { Flow, Screen } from './flow-schema';
import type { Patient } from './patient-schema';
import { summarize, type Summary } from './summarize';

export interface TriageResult extends Omit<Summary, 'extraAdvice'> {
  readonly id: string | null;
  /** How many screens the person saw, the outcome not counted. */
  readonly screens: number;
  /** The screens, in the order they were shown. */
  readonly path: readonly string[];
  /** Findings the patient listed that the check never asked about (hidden screens, or it ended first). */
  readonly notAsked: readonly string[];
}

const machines = new WeakMap<Flow, TriageMachine>();

/** One machine per flow, compiled on first use. */
export function machineFor(flow: Flow): TriageMachine {
  let machine = machines.get(flow);
  if (!machine) machines.set(flow, (machine = compileFlow(flow)));
  return machine;
}

/** How a patient answers a screen: a finding they have is "yes", any other is "no". */
export function patientAnswer(screen: Screen, facts: Facts, patient: Patient): AnswerValue {
  switch (screen.kind) {
    case 'checklist':
      return visibleItems(screen, facts)
        .map((item) => item.finding)
        .filter((id) => patient.findings.includes(id));
    case 'yesno':
      return patient.findings.includes(screen.id) ? 'yes' : 'no';
    case 'number':
      return patient[screen.id];
    case 'choice':
      return patient.sex;
  }
}

/**
 * Runs the flow's machine for a patient, answering each screen it shows from the patient's facts,
 * exactly as the wizard would be answered, and returns the outcome it reaches.
 */
export function runTriage(flow: Flow, patient: Patient): TriageResult {
  const machine = machineFor(flow);
  let [snapshot] = initialTransition(machine, {});
  const path: string[] = [];
  const asked = new Set<string>();
  for (let screenId = currentScreen(snapshot); screenId !== null; screenId = currentScreen(snapshot)) {
    const screen = flow.screens.find((s) => s.id === screenId)!;
    const facts = readAnswers(flow, snapshot.context.answers).factsBefore.get(screenId)!;
    path.push(screenId);
    if (screen.kind === 'checklist') visibleItems(screen, facts).forEach((item) => asked.add(item.finding));
    else asked.add(screen.id);
    const [next] = transition(machine, snapshot, { type: 'ANSWER', value: patientAnswer(screen, facts, patient) });
    if (next === snapshot || currentScreen(next) === screenId) {
      throw new Error(`the "${flow.id}" machine did not accept an answer to "${screenId}"`);
    }
    snapshot = next;
  }
  const { extraAdvice: _unused, ...summary } = summarize(flow, snapshot.context.answers);
  if (summary.outcome !== snapshot.value) {
    throw new Error(`the "${flow.id}" machine ended at "${String(snapshot.value)}" but decided "${summary.outcome}"`);
  }
  return {
    id: patient.id ?? null,
    ...summary,
    screens: path.length,
    path,
    notAsked: patient.findings.filter((id) => !asked.has(id)),
  };
}
