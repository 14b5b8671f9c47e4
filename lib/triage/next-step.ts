import type { FlowCore } from '../flow/flow-core';
import type { AnswerValue } from '../screens';
import { readAnswers, type Answers, type Reading } from './answers';
import { decide, emergencyFires } from './decide';
import { triageOutput, type TriageOutput } from './result';

/** Where the check goes: a screen to ask, or an outcome with what it tells the person. */
export type Step = { readonly screen: string } | { readonly outcome: string; readonly output: TriageOutput };

function outcomeStep(flow: FlowCore, reading: Reading): Step {
  const decision = decide(flow, reading.facts);
  return { outcome: decision.outcome, output: triageOutput(flow, decision, reading.facts, reading.answered) };
}

/**
 * Where the check goes once `screenId` is answered: to a rule that ends the check if one holds on what is
 * known; else to the next screen after it that is shown (answered or not, so a person who went back
 * steps forward through their answers); else to the outcome the rules decide.
 */
export function stepAfter(flow: FlowCore, answers: Answers, screenId: string): Step {
  return stepAfterReading(flow, readAnswers(flow, answers), screenId);
}

/** The answers that count once `screenId` is answered with `value` (an answer that fits it), and where the check goes. */
export function answerAndStep(flow: FlowCore, answers: Answers, screenId: string, value: AnswerValue): { answers: Answers; step: Step } {
  const reading = readAnswers(flow, { ...answers, [screenId]: value });
  return { answers: reading.kept, step: stepAfterReading(flow, reading, screenId) };
}

function stepAfterReading(flow: FlowCore, reading: Reading, screenId: string): Step {
  if (emergencyFires(flow, reading.facts)) return outcomeStep(flow, reading);
  const index = flow.screens.findIndex((screen) => screen.id === screenId);
  const next = flow.screens.slice(index + 1).find((screen) => reading.before.has(screen.id));
  return next ? { screen: next.id } : outcomeStep(flow, reading);
}

/** Where these answers lead: a rule that ends the check, else the first screen not answered, else the outcome. */
export function locate(flow: FlowCore, answers: Answers): Step {
  const reading = readAnswers(flow, answers);
  return reading.unanswered !== null && !emergencyFires(flow, reading.facts) ? { screen: reading.unanswered } : outcomeStep(flow, reading);
}

/** A screen the answers have reached: one answered on the way, or the next one to answer. */
export function hasReached(flow: FlowCore, answers: Answers, screenId: string): boolean {
  return readAnswers(flow, answers).path.includes(screenId);
}

/** The shown screen before `screenId`, or null on the first screen. */
export function previousScreen(flow: FlowCore, answers: Answers, screenId: string): string | null {
  const { path } = readAnswers(flow, answers);
  const at = path.indexOf(screenId);
  return at > 0 ? path[at - 1]! : null;
}
