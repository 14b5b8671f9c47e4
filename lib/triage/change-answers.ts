import type { FlowCore } from '../flow/flow-core';
import { readAnswers, type Answers } from './answers';
import { emergencyFires } from './decide';
import { REVIEW } from './next-step';

/*
 * A module of its own: only a result asks it, so the wizard loads it with the end of the check, not first.
 */

/**
 * Where "Change your answers" on a result leads: "Check your answers", or, when an emergency ended the
 * check (such a check has none), the question that ended it, with its answers: the first after which
 * the answers so far make an emergency. When every question was answered (a change on Check your
 * answers made the emergency), that question is a change: undone, it goes back to Check your answers,
 * not on through every answer again.
 */
export function changeAnswersStep(flow: FlowCore, answers: Answers): { step: string; changing: boolean } {
  const { answered, before, facts, unanswered } = readAnswers(flow, answers);
  if (unanswered === null && !emergencyFires(flow, facts)) return { step: REVIEW, changing: false };
  const step = answered.find((_, i) => emergencyFires(flow, i + 1 < answered.length ? before.get(answered[i + 1]!)! : facts)) ?? answered.at(-1) ?? REVIEW;
  return { step, changing: unanswered === null };
}
