import { createActor } from 'xstate';
import type { Flow } from '../flow/flow-schema';
import { kindOf, type Patient } from '../screens';
import { readAnswers, shownNow } from './answers';
import { createTriageMachine, currentScreen, type TriageMachine } from './machine';
import type { TriageOutput } from './result';

/** What the CLI and the API answer for a patient: the machine's output, and how the check went. */
export interface TriageResult extends Omit<TriageOutput, 'extraAdvice'> {
  readonly id: string | null;
  /** How many screens the person saw, the outcome not counted. */
  readonly screens: number;
  /** Findings the patient listed that the check never asked about (hidden screens, or it ended first). */
  readonly notAsked: readonly string[];
}

const machines = new WeakMap<Flow, TriageMachine>();

/** A flow's machine, made once per flow: a flow is parsed once, when its module loads, and never changes. */
export function machineFor(flow: Flow): TriageMachine {
  let machine = machines.get(flow);
  if (!machine) machines.set(flow, (machine = createTriageMachine(flow)));
  return machine;
}

/**
 * Runs a flow's machine for a patient, answering each screen it shows from the patient's facts, exactly
 * as the wizard would be answered, and returns what the machine's final state outputs.
 */
export function runTriage(flow: Flow, patient: Patient): TriageResult {
  const actor = createActor(machineFor(flow), { input: {} });
  // A fault inside the machine (a guard or an action that throws) is thrown here, to the caller, rather
  // than left to XState, which throws it later from a timer where no caller can catch it.
  actor.subscribe({ error: () => {} });
  actor.start();
  const asked = new Set<string>();
  for (let snapshot = actor.getSnapshot(), at = currentScreen(snapshot); at !== null; at = currentScreen(snapshot)) {
    const { screen } = shownNow(flow, readAnswers(flow, snapshot.context.answers), at)!;
    kindOf(screen).asks(screen).forEach((id) => asked.add(id));
    actor.send({ type: 'ANSWER', value: kindOf(screen).patientAnswer(screen, patient) });
    const next = actor.getSnapshot();
    if (next.status === 'error') throw next.error;
    if (next === snapshot) throw new Error(`the "${flow.id}" machine did not accept an answer to "${at}"`);
    snapshot = next;
  }
  const { extraAdvice: _advice, ...output } = actor.getSnapshot().output!;
  actor.stop();
  return {
    id: patient.id ?? null,
    ...output,
    screens: output.path.length,
    notAsked: patient.findings.filter((id) => !asked.has(id)),
  };
}

