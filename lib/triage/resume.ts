import { createActor, type ActorRefFrom, type EventFrom } from 'xstate';
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
 * Whether a run asked to open at `asked` shows another step because the answers do not reach it, and should
 * say so ("not reached"): not when it shows a result, since an emergency sign is not "the next question".
 */
export function notReached(asked: string | null, shown: string): boolean {
  return asked !== null && asked !== shown && shown !== RESULT;
}

/*
 * A fault inside the machine (a guard or an action that throws) leaves the actor in status "error" at
 * its old state, and XState rethrows it later from a timer unless someone observes errors. Unchecked,
 * the server would answer the same question again as if nothing had happened; thrown here, the caller's
 * error handling shows an error page instead.
 */
function throwIfFaulted(actor: TriageActor): void {
  const snapshot = actor.getSnapshot();
  if (snapshot.status === 'error') throw snapshot.error;
}

/**
 * A running machine at `step` if these answers reach it, else where they lead; `changing`: the step was
 * opened by Change, so its Continue returns to "Check your answers". Throws a fault of the machine.
 */
export function resumeActor(machine: TriageMachine, answers: Answers, step: string | null, changing = false): TriageActor {
  const actor = createActor(machine, { input: { answers, screen: step ?? undefined, changing } });
  actor.subscribe({ error: () => {} });
  actor.start();
  throwIfFaulted(actor);
  return actor;
}

/** Sends an event to a machine from resumeActor; throws a fault of the machine. */
export function sendTo(actor: TriageActor, event: EventFrom<TriageMachine>): void {
  actor.send(event);
  throwIfFaulted(actor);
}
