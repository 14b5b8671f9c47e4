import { transition } from 'xstate';
import { readAnswers, type AnswerValue } from './answers';
import { currentScreen, type TriageMachine, type TriageSnapshot } from './compile-flow';
import type { FlowCore } from './flow-core';
import type { Screen } from './flow-schema';

export interface Progress {
  /** This question's place among the questions shown so far. */
  readonly number: number;
  /** About how many questions there will be: this many if every answer from here is "no" or "none". */
  readonly total: number;
}

/** How a screen is answered when estimating what is left: the quickest way through. */
function quickestAnswer(screen: Screen, given: AnswerValue | undefined): AnswerValue {
  if (given !== undefined) return given;
  if (screen.kind === 'checklist') return [];
  if (screen.kind === 'yesno') return 'no';
  if (screen.kind === 'choice') return 'male';
  return Math.min(Math.max(screen.id === 'age' ? 40 : 3, screen.min), screen.max);
}

export function progressAt(flow: FlowCore, machine: TriageMachine, snapshot: TriageSnapshot): Progress {
  const screenId = currentScreen(snapshot);
  const { path } = readAnswers(flow, snapshot.context.answers);
  const number = screenId === null ? path.length : path.indexOf(screenId) + 1;
  let ahead = 0;
  for (let s = snapshot, at = currentScreen(s); at !== null; at = currentScreen(s)) {
    const screen = flow.screens.find((x) => x.id === at)!;
    const next = transition(machine, s, { type: 'ANSWER', value: quickestAnswer(screen, s.context.answers[at]) })[0];
    if (currentScreen(next) === at) break;
    ahead += 1;
    s = next;
  }
  return { number, total: Math.max(number, number - 1 + ahead) };
}
