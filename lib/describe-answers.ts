import { readAnswers, type Answers } from './answers';
import type { FlowCore } from './flow-core';

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
  return answered.map((id): AnswerLine => {
    const screen = flow.screens.find((s) => s.id === id)!;
    const value = kept[id]!;
    const line = { screen: id, label: screen.summaryLabel, question: screen.question };
    switch (screen.kind) {
      case 'checklist': {
        const ticked = value as readonly string[];
        return { ...line, answer: ticked.length ? ticked.map((f) => flow.findings[f]!.label) : [screen.noneLabel] };
      }
      case 'yesno':
        return { ...line, answer: [value === 'yes' ? 'Yes' : 'No'] };
      case 'choice':
        return { ...line, answer: [screen.options[value as 'female' | 'male']] };
      case 'number':
        return { ...line, answer: [`${value} ${value === 1 ? screen.unit.slice(0, -1) : screen.unit}`] };
    }
  });
}
