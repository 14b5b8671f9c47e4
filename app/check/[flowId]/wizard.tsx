'use client';

import { useState, useSyncExternalStore } from 'react';
import type { OutcomeSlots } from '@/app/components/outcome-content';
import { OutcomeView } from '@/app/components/outcome-view';
import { QuestionScreen } from '@/app/components/question-screen';
import { previousScreen, readAnswers } from '@/lib/answers';
import { currentScreen } from '@/lib/compile-flow';
import { describeAnswers } from '@/lib/describe-answers';
import type { FlowCore } from '@/lib/flow-core';
import { progressAt } from '@/lib/progress';
import { summarize } from '@/lib/summarize';
import { stepHref } from './browser-state';
import { createWizardStore } from './wizard-store';

/**
 * The wizard: renders the screen or outcome the flow's machine is on, and sends it the person's events.
 * The machine decides every step; the store keeps the URL and the saved answers in line with it.
 */
export function Wizard({ flow, outcomes }: { flow: FlowCore; outcomes: Readonly<Record<string, OutcomeSlots>> }) {
  const [store] = useState(() => createWizardStore(flow));
  const view = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const { snapshot } = view;
  const answers = snapshot.context.answers;
  const screenId = currentScreen(snapshot);

  let body: React.ReactNode;
  if (screenId !== null) {
    const back = previousScreen(flow, answers, screenId);
    body = (
      <QuestionScreen
        key={`${screenId}:${view.moves}`}
        flow={flow}
        screen={flow.screens.find((s) => s.id === screenId)!}
        facts={readAnswers(flow, answers).factsBefore.get(screenId)!}
        answer={answers[screenId]}
        progress={progressAt(flow, store.machine, snapshot)}
        focusOnShow={view.moves > 0}
        ready={view.ready}
        backHref={back === null ? null : stepHref(back)}
        onAnswer={store.answer}
        onBack={store.back}
      />
    );
  } else {
    const summary = summarize(flow, answers);
    body = (
      <OutcomeView
        key={view.moves}
        flow={flow}
        summary={summary}
        slots={outcomes[summary.outcome]!}
        answers={describeAnswers(flow, answers)}
        focusOnShow={view.moves > 0}
        changeHref={stepHref}
        onChange={store.goTo}
        onChangeAnswers={store.changeAnswers}
        onStartAgain={store.startAgain}
      />
    );
  }

  return (
    <>
      <div className="notice-region" role="status">
        {view.notice && <p className="notice">{view.notice}</p>}
      </div>
      {body}
      <div className="privacy-bar no-print">
        <p>Your answers stay in this browser tab. They are not sent anywhere, and they are deleted when you close the tab.</p>
        <button className="link-button" type="button" onClick={store.startAgain} disabled={!view.ready}>
          Clear my answers
        </button>
      </div>
    </>
  );
}
