import { createActor } from 'xstate';
import type { FlowCore } from '../flow/flow-core';
import type { Answers } from '../triage/answers';
import { createTriageMachine } from '../triage/machine';
import { describeResult, type ResultView } from '../triage/result-view';
import { selectView, type QuestionView } from '../triage/view';

/** What the wizard would show for these answers, at a reached screen or where they lead: for component tests. */
function viewFor(flow: FlowCore, answers: Answers, screen?: string) {
  const actor = createActor(createTriageMachine(flow), { input: { answers, screen } }).start();
  const view = selectView(flow, actor.getSnapshot());
  actor.stop();
  return view;
}

export function questionView(flow: FlowCore, screen: string, answers: Answers = {}): QuestionView {
  const view = viewFor(flow, answers, screen);
  if (view.kind !== 'question' || view.screen.id !== screen) throw new Error(`the answers do not reach "${screen}"`);
  return view;
}

/** The result for these answers: confirmed at "Check your answers" if they reach it first. */
export function resultView(flow: FlowCore, answers: Answers): ResultView {
  const actor = createActor(createTriageMachine(flow), { input: { answers } }).start();
  if (actor.getSnapshot().status !== 'done') actor.send({ type: 'CONFIRM' });
  const snapshot = actor.getSnapshot();
  const view = selectView(flow, snapshot);
  actor.stop();
  if (view.kind !== 'result') throw new Error('the answers do not reach an outcome');
  return describeResult(flow, view.output, snapshot.context.answers);
}
