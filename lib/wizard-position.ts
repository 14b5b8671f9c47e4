import { initialTransition, transition } from 'xstate';
import type { Answers } from './answers';
import { currentScreen, type TriageMachine, type TriageSnapshot } from './compile-flow';

/** The URL step of the outcome page. */
export const RESULT_STEP = 'result';

/**
 * Where a person is, given their answers and the step a URL asks for: the machine replays the answers
 * from the first screen and stops at the requested screen, at the first screen not answered yet, or at
 * the outcome. So a URL can only go back to a step the answers have reached, never past them.
 */
export function resumeAt(machine: TriageMachine, answers: Answers, step: string | null): TriageSnapshot {
  // Start with every answer, so the screens replayed through keep the later ones.
  let snapshot = initialTransition(machine, { answers })[0];
  for (;;) {
    const screen = currentScreen(snapshot);
    if (screen === null || screen === step || !Object.hasOwn(answers, screen)) return snapshot;
    const next = transition(machine, snapshot, { type: 'ANSWER', value: answers[screen]! })[0];
    if (currentScreen(next) === screen) return snapshot;
    snapshot = next;
  }
}

/** The URL step for a snapshot: its screen, or the outcome. */
export function stepOf(snapshot: TriageSnapshot): string {
  return currentScreen(snapshot) ?? RESULT_STEP;
}
