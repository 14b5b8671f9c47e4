import { createActor } from 'xstate';
import type { Flow } from '@/lib/flow/flow-schema';
import { toolsOf } from '@/lib/screens';
import { readAnswers, shownNow } from '@/lib/triage/answers';
import { currentScreen } from '@/lib/triage/machine';
import type { Patient } from '@/lib/triage/patient';
import { stepOf } from '@/lib/triage/resume';
import { machineFor } from '@/lib/triage/run-machine';
import { runTriage } from '@/lib/triage/run-triage';
import { serializeProgress, storageKey } from '@/lib/triage/saved-progress';

export interface SavedResult {
  /** sessionStorage key and value, as the wizard keeps them after walking to the result. */
  readonly key: string;
  readonly value: string;
  /** The history entry's number the result has (the wizard keeps it in history.state.step). */
  readonly index: number;
  /** What the result page must say: data-triage-level. */
  readonly level: string;
}

/**
 * What the wizard keeps in the tab once this patient has walked to their result: the machine is stepped
 * as the wizard steps it (each screen answered from the patient's facts, "Check your answers"
 * confirmed), and every step shown goes on the trail.
 */
export function savedResult(flow: Flow, patient: Patient): SavedResult {
  const actor = createActor(machineFor(flow), { input: {} });
  actor.start();
  const trail = [stepOf(actor.getSnapshot())];
  for (let snapshot = actor.getSnapshot(); snapshot.status !== 'done'; snapshot = actor.getSnapshot()) {
    const at = currentScreen(snapshot);
    if (at === null) actor.send({ type: 'CONFIRM' });
    else {
      const { screen } = shownNow(flow, readAnswers(flow, snapshot.context.answers), at)!;
      actor.send({ type: 'ANSWER', screen: at, value: toolsOf(screen).patientAnswer(screen, patient) });
    }
    if (actor.getSnapshot() === snapshot) throw new Error(`the machine did not move on from ${at ?? 'review'}`);
    trail.push(stepOf(actor.getSnapshot()));
  }
  const answers = actor.getSnapshot().context.answers;
  actor.stop();
  return {
    key: storageKey(flow),
    value: serializeProgress(flow, { answers, trail }, Date.now()),
    index: trail.length - 1,
    level: runTriage(flow, patient).level,
  };
}
