import { evaluate, type Facts } from './condition';
import type { FlowCore } from './flow-core';
import type { ChecklistScreen, Screen } from './flow-schema';

/**
 * One answer per screen, keyed by the screen's id, which is also its form field's name:
 * a checklist holds the finding ids ticked ([] is "None of these"), a yes/no screen "yes" or "no",
 * a number screen the number, the sex screen "female" or "male".
 */
export type AnswerValue = readonly string[] | 'yes' | 'no' | number | string;
export type Answers = Readonly<Record<string, AnswerValue>>;

/** What a screen asks, by the ids rules read: a checklist its items' findings, any other screen its own id. */
export function screenAsks(screen: Screen): string[] {
  return screen.kind === 'checklist' ? screen.items.map((item) => item.finding) : [screen.id];
}

export function isShown(screen: Screen, facts: Facts): boolean {
  return !screen.showIf || evaluate(screen.showIf, facts);
}

/** The items of a checklist the person is asked, given what they have said before it. */
export function visibleItems(screen: ChecklistScreen, facts: Facts): ChecklistScreen['items'] {
  return screen.items.filter((item) => !item.showIf || evaluate(item.showIf, facts));
}

/** Whether a value is a possible answer to a screen shown with these facts. */
export function fitsScreen(screen: Screen, value: unknown, facts: Facts): value is AnswerValue {
  switch (screen.kind) {
    case 'checklist': {
      if (!Array.isArray(value)) return false;
      const allowed = new Set(visibleItems(screen, facts).map((item) => item.finding));
      return new Set(value).size === value.length && value.every((id) => allowed.has(id));
    }
    case 'yesno':
      return value === 'yes' || value === 'no';
    case 'number':
      return Number.isInteger(value) && (value as number) >= screen.min && (value as number) <= screen.max;
    case 'choice':
      return value === 'female' || value === 'male';
  }
}

function withAnswer(facts: Facts, screen: Screen, value: AnswerValue): Facts {
  switch (screen.kind) {
    case 'checklist':
      return { ...facts, findings: new Set([...facts.findings, ...(value as readonly string[])]) };
    case 'yesno':
      return value === 'yes' ? { ...facts, findings: new Set([...facts.findings, screen.id]) } : facts;
    case 'number':
      return { ...facts, [screen.id]: value as number };
    case 'choice':
      return { ...facts, sex: value as 'female' | 'male' };
  }
}

export interface ReadAnswers {
  /** Facts from the answers that count. */
  readonly facts: Facts;
  /** Screens shown, in order, up to and including the first one not answered yet. */
  readonly path: readonly string[];
  /** The screens of the path that are answered: all of it but a trailing unanswered one. */
  readonly answered: readonly string[];
  /** The first shown screen with no answer, or null when every shown screen is answered. */
  readonly unanswered: string | null;
  /** The answers that count: those to screens still shown, ticks limited to items still shown. */
  readonly kept: Answers;
  /** Facts known before each shown screen was asked (what its visibility and items depended on). */
  readonly factsBefore: ReadonlyMap<string, Facts>;
}

/**
 * Reads answers the way the person met the screens: in order, each screen counting only when it is
 * shown given the answers before it. So a changed answer that hides a later screen drops that
 * screen's answer, and answers to screens that are still shown are kept.
 */
export function readAnswers(flow: FlowCore, answers: Answers): ReadAnswers {
  // Answers are never mutated, and every guard of a transition reads the same ones: remember the reading.
  let byAnswers = readings.get(flow);
  if (!byAnswers) readings.set(flow, (byAnswers = new WeakMap()));
  let reading = byAnswers.get(answers);
  if (!reading) byAnswers.set(answers, (reading = read(flow, answers)));
  return reading;
}

const readings = new WeakMap<FlowCore, WeakMap<Answers, ReadAnswers>>();

function read(flow: FlowCore, answers: Answers): ReadAnswers {
  let facts: Facts = { findings: new Set() };
  const path: string[] = [];
  const kept: Record<string, AnswerValue> = {};
  const factsBefore = new Map<string, Facts>();
  let unanswered: string | null = null;
  for (const screen of flow.screens) {
    if (!isShown(screen, facts)) continue;
    factsBefore.set(screen.id, facts);
    if (unanswered === null) path.push(screen.id);
    const value = Object.hasOwn(answers, screen.id) ? answers[screen.id] : undefined;
    const usable = screen.kind === 'checklist' && Array.isArray(value) ? keepVisible(screen, value, facts) : value;
    if (usable === undefined || !fitsScreen(screen, usable, facts)) {
      unanswered ??= screen.id;
      continue;
    }
    kept[screen.id] = usable;
    facts = withAnswer(facts, screen, usable);
  }
  const answered = unanswered === null ? path : path.slice(0, -1);
  return { facts, path, answered, unanswered, kept, factsBefore };
}

function keepVisible(screen: ChecklistScreen, value: readonly unknown[], facts: Facts): unknown[] {
  const visible = new Set(visibleItems(screen, facts).map((item) => item.finding));
  return value.filter((id) => typeof id !== 'string' || visible.has(id) || !screen.items.some((i) => i.finding === id));
}

/**
 * The answers after answering `screenId` with `value`, or null when the value is not a possible answer
 * to that screen as it is shown now.
 */
export function answerScreen(flow: FlowCore, answers: Answers, screenId: string, value: unknown): Answers | null {
  const before = readAnswers(flow, answers).factsBefore.get(screenId);
  const screen = flow.screens.find((s) => s.id === screenId);
  if (!before || !screen || !fitsScreen(screen, value, before)) return null;
  return readAnswers(flow, { ...answers, [screenId]: value }).kept;
}

/** The shown screen before `screenId`, or null on the first screen. */
export function previousScreen(flow: FlowCore, answers: Answers, screenId: string): string | null {
  const { path } = readAnswers(flow, answers);
  const at = path.indexOf(screenId);
  return at > 0 ? (path[at - 1] ?? null) : null;
}
