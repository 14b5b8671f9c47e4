import { evaluate } from '../flow/condition';
import { NO_FACTS, type Facts } from '../flow/facts';
import type { FlowCore } from '../flow/flow-core';
import { kindOf, shownScreen, type AnswerValue, type Screen } from '../screens';

/** One answer per screen the person has answered, keyed by the screen's id. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface Reading {
  /** What the answers that count say. */
  readonly facts: Facts;
  /** Screens shown, in order, up to and including the first one not answered yet. */
  readonly path: readonly string[];
  /** The screens of the path that are answered: all of it but a trailing unanswered one. */
  readonly answered: readonly string[];
  /** The first shown screen with no answer, or null when every shown screen is answered. */
  readonly unanswered: string | null;
  /** The answers that count: those to screens still shown, ticks limited to items still shown. */
  readonly kept: Answers;
  /** What was known before each shown screen was asked (what its visibility and items depended on). */
  readonly before: ReadonlyMap<string, Facts>;
}

export function screenById(flow: FlowCore, id: string): Screen | undefined {
  return flow.screens.find((screen) => screen.id === id);
}

/**
 * Reads answers the way the person met the screens: in order, each screen counting only when it is
 * shown given the answers before it. So a changed answer that hides a later screen drops that screen's
 * answer, and answers to screens that are still shown are kept. The answers are trusted: they come from
 * the machine, which takes only answers that fit (see `acceptAnswer` and `parseAnswers`).
 */
export function readAnswers(flow: FlowCore, answers: Answers): Reading {
  let facts = NO_FACTS;
  const path: string[] = [];
  const kept: Record<string, AnswerValue> = {};
  const before = new Map<string, Facts>();
  let unanswered: string | null = null;
  for (const screen of flow.screens) {
    if (screen.showIf && !evaluate(screen.showIf, facts)) continue;
    before.set(screen.id, facts);
    if (unanswered === null) path.push(screen.id);
    if (!Object.hasOwn(answers, screen.id)) {
      unanswered ??= screen.id;
      continue;
    }
    const shown = shownScreen(screen, facts);
    const value = keepShown(shown, answers[screen.id]!);
    kept[screen.id] = value;
    facts = kindOf(screen).apply(facts, screen, value, flow);
  }
  const answered = unanswered === null ? path : path.slice(0, -1);
  return { facts, path, answered, unanswered, kept, before };
}

/** A checklist answer loses the ticks of items no longer shown; any other answer stands as it is. */
function keepShown(shown: Screen, value: AnswerValue): AnswerValue {
  if (shown.kind !== 'checklist' || !Array.isArray(value)) return value;
  const offered = new Set(shown.items.map((item) => item.finding));
  return (value as readonly string[]).filter((id) => offered.has(id));
}

/** The screen as the person is shown it now, with what was known before it, or null if it is not shown. */
export function shownNow(flow: FlowCore, reading: Reading, screenId: string): { screen: Screen; before: Facts } | null {
  const before = reading.before.get(screenId);
  const screen = screenById(flow, screenId);
  return before && screen ? { screen: shownScreen(screen, before), before } : null;
}

/** Whether `value` is a possible answer to `screenId` as the person is shown it now. */
export function fitsScreen(flow: FlowCore, answers: Answers, screenId: string, value: unknown): value is AnswerValue {
  const shown = shownNow(flow, readAnswers(flow, answers), screenId);
  return shown !== null && kindOf(shown.screen).accepts(shown.screen, value, flow);
}

/**
 * The answers after answering `screenId` with `value`, or null when the value is not a possible answer
 * to that screen as it is shown now: where an answer from outside is checked.
 */
export function acceptAnswer(flow: FlowCore, answers: Answers, screenId: string, value: unknown): Answers | null {
  return fitsScreen(flow, answers, screenId, value) ? readAnswers(flow, { ...answers, [screenId]: value }).kept : null;
}

/**
 * Answers from outside the machine (saved in the browser, sent by a form without JavaScript), checked
 * answer by answer in the order they were asked. Null when any of them is not an answer this person
 * could have given: a key that is no screen, a screen they were not shown, a value that does not fit.
 */
export function parseAnswers(flow: FlowCore, input: unknown): Answers | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const given = input as Record<string, unknown>;
  let answers: Answers = {};
  for (const screen of flow.screens) {
    if (!Object.hasOwn(given, screen.id)) continue;
    const next = acceptAnswer(flow, answers, screen.id, given[screen.id]);
    if (next === null) return null;
    answers = next;
  }
  return Object.keys(given).every((id) => Object.hasOwn(answers, id)) ? answers : null;
}
