import type { Flow } from '../flow/flow-schema';
import { toolsOf, type Patient } from '../screens';
import { readAnswers, shownNow } from './answers';
import { createTriageMachine, currentScreen, type TriageMachine } from './machine';
import type { TriageResult } from './result';
import { resumeActor, sendTo } from './resume';

const machines = new WeakMap<Flow, TriageMachine>();

/** A flow's machine, made once per flow: a flow is parsed once, when its module loads, and never changes. */
export function machineFor(flow: Flow): TriageMachine {
  let machine = machines.get(flow);
  if (!machine) machines.set(flow, (machine = createTriageMachine(flow)));
  return machine;
}

/**
 * Runs a flow's machine for a patient, answering each screen it shows from the patient's facts, exactly
 * as the wizard would be answered, and returns what the machine's final state outputs. The API and the
 * CLI run the compiled engine (./run-triage), which the tests hold to this.
 */
export function runMachine(flow: Flow, patient: Patient): TriageResult {
  // A fault inside the machine (a guard or an action that throws) is thrown here, to the caller (resume.ts).
  const actor = resumeActor(machineFor(flow), {}, null);
  const asked = new Set<string>();
  for (let snapshot = actor.getSnapshot(); snapshot.status !== 'done'; ) {
    const at = currentScreen(snapshot);
    if (at === null) {
      // "Check your answers": the patient's answers are what they are.
      sendTo(actor, { type: 'CONFIRM' });
    } else {
      const { screen } = shownNow(flow, readAnswers(flow, snapshot.context.answers), at)!;
      toolsOf(screen).asks(screen).forEach((id) => asked.add(id));
      sendTo(actor, { type: 'ANSWER', screen: at, value: toolsOf(screen).patientAnswer(screen, patient) });
    }
    const next = actor.getSnapshot();
    if (next === snapshot) throw new Error(`the "${flow.id}" machine did not move on from "${snapshot.context.at}"`);
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

