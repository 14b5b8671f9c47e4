import { evaluate } from '../flow/condition';
import type { Facts } from '../flow/facts';
import type { FlowCore } from '../flow/flow-core';
import { kindOf, type AnswerValue, type Screen } from '../screens';
import { acceptAnswer, readAnswers, shownNow, type Answers } from './answers';
import { describeAnswers, type AnswerLine } from './describe-answers';
import { currentScreen, type TriageSnapshot } from './machine';
import { previousStep, stepAfter } from './next-step';
import type { TriageOutput } from './result';

interface Progress {
  /** This question's place among the questions shown so far. */
  readonly number: number;
  /** About how many questions there will be: this many if every answer from here is the quickest one. */
  readonly total: number;
}

export interface QuestionView {
  readonly kind: 'question';
  /** The screen as this person is shown it: a checklist with only the items that apply to them. */
  readonly screen: Screen;
  /** The answer already given, when they come back to it. */
  readonly answer: AnswerValue | undefined;
  readonly progress: Progress;
  /** The step Back goes to, or null on the first screen (Back then goes to the start page). */
  readonly back: string | null;
  /** Opened from "Check your answers": answering returns there. */
  readonly changing: boolean;
  /** The answers the last change removed, because those questions no longer apply, in words. */
  readonly dropped: readonly string[];
  /** "Why we ask this": the screen's reason, and for a checklist each item's. */
  readonly why: { readonly text?: string; readonly items: readonly { readonly label: string; readonly why: string }[] };
}

/** "Check your answers": every answer that counts, each with a way to change it. */
export interface ReviewView {
  readonly kind: 'review';
  readonly answers: readonly AnswerLine[];
  readonly dropped: readonly string[];
}

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

export type WizardView = QuestionView | ReviewView | ResultView;

/** What the wizard shows for a snapshot of the flow's machine: the one function the UI renders. */
export function selectView(flow: FlowCore, snapshot: TriageSnapshot): WizardView {
  const { answers, changing } = snapshot.context;
  const dropped = snapshot.context.dropped.map((id) => {
    const [screen, tick] = id.split('.');
    const label = flow.screens.find((s) => s.id === screen)!.summaryLabel;
    return tick ? `${label}: ${flow.findings[tick]!.label}` : label;
  });
  const at = currentScreen(snapshot);
  if (at === null && snapshot.status !== 'done') return { kind: 'review', answers: describeAnswers(flow, answers), dropped };
  if (at === null) {
    const output = snapshot.output!;
    const person = forThisPerson(flow, output, readAnswers(flow, answers).facts);
    return { kind: 'result', output, ...person, unsure: unsureReasons(flow, output, answers), answers: describeAnswers(flow, answers) };
  }
  const { screen } = shownNow(flow, readAnswers(flow, answers), at)!;
  const items = screen.kind === 'checklist' ? screen.items.map((item) => flow.findings[item.finding]!) : [];
  return {
    kind: 'question',
    screen,
    answer: answers[at],
    progress: progressAt(flow, answers, at),
    back: previousStep(flow, answers, at),
    changing,
    dropped,
    why: {
      text: screen.why ?? flow.findings[screen.id]?.why,
      items: items.map(({ label, why }) => ({ label, why })),
    },
  };
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

/** Counts the screens from `at` to an outcome, answering each the quickest way unless it is answered already. */
function progressAt(flow: FlowCore, answers: Answers, at: string): Progress {
  const number = readAnswers(flow, answers).path.indexOf(at) + 1;
  let ahead = 0;
  for (let current = answers, screenId: string | null = at; screenId !== null; ) {
    const { screen } = shownNow(flow, readAnswers(flow, current), screenId)!;
    const next = acceptAnswer(flow, current, screenId, current[screenId] ?? kindOf(screen).quickest(screen, flow));
    if (next === null) break;
    ahead += 1;
    const step = stepAfter(flow, next, screenId);
    [current, screenId] = [next, 'screen' in step ? step.screen : null];
  }
  return { number, total: Math.max(number, number - 1 + ahead) };
}
