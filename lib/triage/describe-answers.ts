import type { FlowCore } from '../flow/flow-core';
import { kindOf } from '../screens';
import { readAnswers, screenById, type Answers } from './answers';

export interface AnswerLine {
  readonly screen: string;
  /** The question's short title, e.g. "Emergency signs". */
  readonly label: string;
  readonly question: string;
  /** The answer in plain words: the items ticked, "Yes", "34 years". */
  readonly answer: readonly string[];
}

/** The answers that count, in the order they were asked, in words a person or clinician reads. */
export function describeAnswers(flow: FlowCore, answers: Answers): AnswerLine[] {
  const { kept, answered } = readAnswers(flow, answers);
  return answered.map((id) => {
    const screen = screenById(flow, id)!;
    return { screen: id, label: screen.summaryLabel, question: screen.question, answer: kindOf(screen).describe(screen, kept[id]!, flow) };
  });
}
