import { createActor, type ActorRefFrom } from 'xstate';
import type { Answers } from './answers';
import { currentScreen, type TriageMachine, type TriageSnapshot } from './machine';
import { RESULT, REVIEW } from './next-step';

export { RESULT };

export type TriageActor = ActorRefFrom<TriageMachine>;

/** The step a snapshot shows: a screen id, "review" or "result". */
export function stepOf(snapshot: TriageSnapshot): string {
  if (snapshot.status === 'done') return RESULT;
  return currentScreen(snapshot) ?? REVIEW;
}

/**
 * A running machine at `step` if these answers reach it, else where they lead; `changing`: the step was
 * opened by Change, so its Continue returns to "Check your answers".
 */
export function resumeActor(machine: TriageMachine, answers: Answers, step: string | null, changing = false): TriageActor {
  return createActor(machine, { input: { answers, screen: step ?? undefined, changing } }).start();
}
