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
  /** The answer already given, when they come back to it, or the one a change took away to ask again. */
  readonly answer: AnswerValue | undefined;
  /** Asked again: a change added a choice to it, or took away a list it follows up or depends on. */
  readonly again: boolean;
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

/** The outcome the check has reached; what it says for this person is worked out where it is drawn (result-view.ts). */
export interface ResultStep {
  readonly kind: 'result';
  readonly output: TriageOutput;
}

export type WizardView = QuestionView | ReviewView | ResultStep;

/** What the wizard shows for a snapshot of the flow's machine: the one function the UI renders. */
export function selectView(flow: FlowCore, snapshot: TriageSnapshot): WizardView {
  const { answers, changing, again } = snapshot.context;
  const dropped = snapshot.context.dropped.map((id) => {
    const [screen, tick] = id.split('.');
    const label = flow.screens.find((s) => s.id === screen)!.summaryLabel;
    return tick ? `${label}: ${flow.findings[tick]!.label}` : label;
  });
  const at = currentScreen(snapshot);
  if (at === null && snapshot.status !== 'done') return { kind: 'review', answers: describeAnswers(flow, answers), dropped };
  if (at === null) return { kind: 'result', output: snapshot.output! };
  const { screen } = shownNow(flow, readAnswers(flow, answers), at)!;
  const items = screen.kind === 'checklist' ? screen.items.map((item) => flow.findings[item.finding]!) : [];
  return {
    kind: 'question',
    screen,
    answer: answers[at] ?? again[at],
    again: Object.hasOwn(again, at),
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

/** Counts the screens from `at` to an outcome, answering each the quickest way unless it is answered already. */
function progressAt(flow: FlowCore, answers: Answers, at: string): Progress {
  const number = readAnswers(flow, answers).path.indexOf(at) + 1;
  let ahead = 0;
  for (let current = answers, screenId: string | null = at; screenId !== null; ) {
    const { screen } = shownNow(flow, readAnswers(flow, current), screenId)!;
    const quickest = kindOf(screen).quickest(screen, flow);
    let next = acceptAnswer(flow, current, screenId, current[screenId] ?? quickest);
    // Back on the question whose answer ended the check, the person may be undoing it: "of about 1" would
    // say otherwise, so its questions are counted as if it were answered the quickest way.
    if (screenId === at && next && 'outcome' in stepAfter(flow, next, screenId)) next = acceptAnswer(flow, current, screenId, quickest);
    if (next === null) break;
    ahead += 1;
    const step = stepAfter(flow, next, screenId);
    [current, screenId] = [next, 'screen' in step ? step.screen : null];
  }
  return { number, total: Math.max(number, number - 1 + ahead) };
}
