import { evaluate } from '../flow/condition';
import type { Facts } from '../flow/facts';
import type { FlowCore } from '../flow/flow-core';
import { readAnswers, type Answers } from './answers';
import { describeAnswers, type AnswerLine } from './describe-answers';
import type { TriageOutput } from './result';

/*
 * What a result says for this person, besides the machine's output. Apart from view.ts because only the
 * end of the check needs it, and that loads after question 1 (app/check/_components/end-of-check.tsx).
 */

export interface ResultView {
  readonly kind: 'result';
  readonly output: TriageOutput;
  /**
   * The advice for this person on this result, in words: the self-care plan's extra advice on a
   * self-care result, else the advice for everyone sent to get help (a child's, say).
   */
  readonly advice: readonly { readonly id: string; readonly text: string }[];
  /** Whether the outcome's plan is for this person: what a professional may offer is not for everyone. */
  readonly planApplies: boolean;
  /** The reasons (rule ids) that hold only because an "I'm not sure" was counted as yes. */
  readonly unsure: readonly string[];
  readonly answers: readonly AnswerLine[];
}

/** The result the answers reached, as the person is shown it. */
export function describeResult(flow: FlowCore, output: TriageOutput, answers: Answers): ResultView {
  const person = forThisPerson(flow, output, readAnswers(flow, answers).facts);
  return { kind: 'result', output, ...person, unsure: unsureReasons(flow, output, answers), answers: describeAnswers(flow, answers) };
}

/** What of a result depends on who the person is, besides the output: their advice, and whether the plan is for them. */
function forThisPerson(flow: FlowCore, output: TriageOutput, facts: Facts): Pick<ResultView, 'advice' | 'planApplies'> {
  const { plan } = flow.outcomes[output.outcome]!;
  const { when, advice } = flow.professionalCare;
  // The self-care plan's extra advice is about looking after yourself: never on a result that sends you for help.
  const items =
    plan === 'self_care'
      ? flow.selfCare.extraAdvice.filter((a) => output.extraAdvice.includes(a.id))
      : advice.filter((a) => !a.exceptOutcomes?.includes(output.outcome) && evaluate(a.when, facts));
  return {
    advice: items.map(({ id, text }) => ({ id, text })),
    planApplies: plan !== 'professional' || when === undefined || evaluate(when, facts),
  };
}

/**
 * The reasons that hold only because an "I'm not sure" was counted as yes: with those answers as no, the
 * rule would not fire. The result says so beside them, rather than state as fact what the person doubted.
 */
function unsureReasons(flow: FlowCore, output: TriageOutput, answers: Answers): string[] {
  const doubted = flow.screens.filter((screen) => screen.kind === 'yesno' && answers[screen.id] === 'not_sure');
  if (doubted.length === 0) return [];
  const facts = readAnswers(flow, { ...answers, ...Object.fromEntries(doubted.map((screen) => [screen.id, 'no'])) }).facts;
  return output.reasons.filter((reason) => !evaluate(flow.rules.find((rule) => rule.id === reason.rule)!.when, facts)).map((reason) => reason.rule);
}
