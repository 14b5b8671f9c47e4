import type { FlowCore } from '../flow/flow-core';
import type { AnswerValue } from '../screens';
import { readAnswers, shownNow, type Answers, type Reading } from './answers';
import { decide, emergencyFires } from './decide';
import { readFacts, triageOutput, type TriageOutput } from './result';

/** The "Check your answers" step, between the last question and the outcome. */
export const REVIEW = 'review';

/** The result, as a step a person can come back to: the outcome their answers lead to. */
export const RESULT = 'result';

/** Where the check goes: a screen to ask, the answers to check, or an outcome with what it tells the person. */
export type Step = { readonly screen: string } | { readonly review: true } | { readonly outcome: string; readonly output: TriageOutput };

/**
 * How a screen is being answered: on the way through, or changed from "Check your answers", in which
 * case the check goes back there unless the change makes a new question necessary.
 */
export type Mode = 'forward' | 'change';

function outcomeStep(flow: FlowCore, reading: Reading): Step {
  const decision = decide(flow, reading.facts);
  return { outcome: decision.outcome, output: triageOutput(flow, decision, readFacts(reading.facts), reading.answered) };
}

/**
 * Where the check goes once `screenId` is answered: to an outcome at once if an emergency rule fires on
 * what is known. On the way through, to the next screen after it that is shown (answered or not, so a
 * person who went back steps forward through their answers), else to "Check your answers". After a
 * change, to the first question the change made necessary, else back to "Check your answers".
 */
function stepAfterReading(flow: FlowCore, reading: Reading, screenId: string, mode: Mode): Step {
  if (emergencyFires(flow, reading.facts)) return outcomeStep(flow, reading);
  if (mode === 'change') return reading.unanswered !== null ? { screen: reading.unanswered } : { review: true };
  const index = flow.screens.findIndex((screen) => screen.id === screenId);
  const next = flow.screens.slice(index + 1).find((screen) => reading.before.has(screen.id));
  return next ? { screen: next.id } : { review: true };
}

export function stepAfter(flow: FlowCore, answers: Answers, screenId: string, mode: Mode = 'forward'): Step {
  return stepAfterReading(flow, readAnswers(flow, answers), screenId, mode);
}

/**
 * The answers that count once `screenId` is answered with `value` (an answer that fits it), where the
 * check goes, and what the change dropped: the screens no longer asked (a follow-up), and the ticks of
 * checklist items no longer shown, as "screen.finding".
 *
 * A checklist answered before, to which the change adds an item (an age at which a fall matters, say),
 * loses its answer: a list answered without that item says nothing about it. So it is asked again
 * however the person goes on (a change, Back, a reload, a form without JavaScript). `again` holds the
 * answers this takes away (such lists, and the answers that depended on them) to fill in when they are.
 */
export function answerAndStep(
  flow: FlowCore,
  answers: Answers,
  screenId: string,
  value: AnswerValue,
  mode: Mode,
): { answers: Answers; step: Step; dropped: string[]; again: Answers } {
  const earlier = readAnswers(flow, answers);
  const answered = readAnswers(flow, { ...answers, [screenId]: value });
  let reading = answered;
  // Taking a list's answer away can hide what a later list showed (osteoporosis, and a minor fall):
  // a later answer that loses ticks so goes too, to be asked again with them, never kept without them.
  const cut = (now: Reading) => [
    ...grownLists(flow, earlier, now, screenId),
    ...Object.keys(now.kept).filter((id) => id !== screenId && !isSameAnswer(now.kept[id]!, answered.kept[id]!)),
  ];
  for (let ids = cut(reading); ids.length > 0; ids = cut(reading)) {
    const kept = { ...reading.kept };
    for (const id of ids) delete kept[id];
    reading = readAnswers(flow, kept);
  }
  const again = Object.fromEntries(Object.entries(answered.kept).filter(([id]) => !Object.hasOwn(reading.kept, id)));
  const dropped = Object.keys(answers).flatMap((id) => {
    if (!Object.hasOwn(answered.kept, id)) return [id];
    const before = answers[id];
    const after = answered.kept[id];
    return Array.isArray(before) && Array.isArray(after) && id !== screenId
      ? (before as readonly string[]).filter((tick) => !(after as readonly string[]).includes(tick)).map((tick) => `${id}.${tick}`)
      : [];
  });
  return { answers: reading.kept, step: stepAfterReading(flow, reading, screenId, mode), dropped, again };
}

// Reading answers again only ever takes ticks away, so a list with as many ticks has the same ones.
const isSameAnswer = (a: AnswerValue, b: AnswerValue) => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length);

/** The checklists other than `screenId`, answered both before and now, that now show an item they did not. */
function grownLists(flow: FlowCore, earlier: Reading, now: Reading, screenId: string): string[] {
  const items = (reading: Reading, id: string) => {
    const shown = shownNow(flow, reading, id)!.screen;
    return shown.kind === 'checklist' ? shown.items.map((item) => item.finding) : [];
  };
  return Object.keys(now.kept).filter((id) => {
    if (id === screenId || !Object.hasOwn(earlier.kept, id)) return false;
    const before = items(earlier, id);
    return items(now, id).some((finding) => !before.includes(finding));
  });
}

/** Where these answers lead: an emergency, else the first screen not answered, else "Check your answers". */
export function locate(flow: FlowCore, answers: Answers): Step {
  const reading = readAnswers(flow, answers);
  if (emergencyFires(flow, reading.facts)) return outcomeStep(flow, reading);
  return reading.unanswered !== null ? { screen: reading.unanswered } : { review: true };
}

/** The outcome the answers lead to, once the person has checked them. */
export function conclude(flow: FlowCore, answers: Answers): Step {
  return outcomeStep(flow, readAnswers(flow, answers));
}

/**
 * A step the answers have reached: a screen answered on the way, the next one to answer, or "Check your
 * answers" once all are. The check ends where an emergency fires, so no screen after that is reached,
 * whatever answers it holds: Back, a reload or saved progress then shows the emergency, never a question.
 */
export function hasReached(flow: FlowCore, answers: Answers, step: string): boolean {
  const reading = readAnswers(flow, answers);
  if (step === REVIEW) return reading.unanswered === null && !emergencyFires(flow, reading.facts);
  return reading.path.includes(step) && !emergencyFires(flow, reading.before.get(step)!);
}

/** The step before `at`: the shown screen before it, the last question before "Check your answers", or null on the first screen. */
export function previousStep(flow: FlowCore, answers: Answers, at: string): string | null {
  const { path } = readAnswers(flow, answers);
  if (at === REVIEW) return path.at(-1) ?? null;
  const index = path.indexOf(at);
  return index > 0 ? path[index - 1]! : null;
}
