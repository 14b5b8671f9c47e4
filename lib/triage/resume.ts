import { createActor, type ActorRefFrom } from 'xstate';
import type { Answers } from './answers';
import { currentScreen, type TriageMachine, type TriageSnapshot } from './machine';
import { REVIEW } from './next-step';

/** The step of the result: a person's steps are screen ids, "review" and "result". */
export const RESULT = 'result';

export type TriageActor = ActorRefFrom<TriageMachine>;

/** The step a snapshot shows. */
export function stepOf(snapshot: TriageSnapshot): string {
  if (snapshot.status === 'done') return RESULT;
  return currentScreen(snapshot) ?? REVIEW;
}

/**
 * A running machine at `step` if these answers reach it, else where they lead. The result is reached
 * from "Check your answers" (an emergency ends the check before it, and needs no confirming).
 */
export function resumeActor(machine: TriageMachine, answers: Answers, step: string | null): TriageActor {
  const actor = createActor(machine, { input: { answers, screen: step === RESULT ? REVIEW : (step ?? undefined) } }).start();
  if (step === RESULT && stepOf(actor.getSnapshot()) === REVIEW) actor.send({ type: 'CONFIRM' });
  return actor;
}
