'use client';

import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FlowCore } from '@/lib/flow/flow-core';
import type { Answers } from '@/lib/triage/answers';
import { createTriageMachine, currentScreen, type TriageMachine, type TriageSnapshot } from '@/lib/triage/machine';
import { selectView } from '@/lib/triage/view';
import type { OutcomeSlots } from './_components/outcome-content';
import { Notice } from './_components/notice';
import { OutcomeView } from './_components/outcome-view';
import { QuestionScreen } from './_components/question-screen';
import { clearProgress, loadProgress, readStep, RESULT_STEP, saveProgress, stepHref, writeStep } from './_lib/browser-state';
import { DISCARD_NOTICES } from './_lib/saved-progress';
import styles from './wizard.module.css';

const NOTICES = {
  notReached:
    'That question comes after ones you have not answered yet, so we have taken you to the next question to answer.',
  welcomeBack:
    'We have kept the answers you gave earlier in this tab. You can change them, or clear them and start again.',
  notSaved: 'This browser is not letting us save your answers, so they will be lost if you reload the page.',
  cleared: 'Your answers have been cleared from this device.',
} as const;

/** How a run of the machine begins: from the page as served, or from a result the person is changing. */
type Start =
  | { readonly from: 'page' }
  | { readonly from: 'result'; readonly answers: Answers; readonly screen: string | null; readonly history: 'push' | 'keep' };
type ChangeResult = (answers: Answers, screen: string | null, history?: 'push' | 'keep') => void;

interface WizardProps {
  readonly flow: FlowCore;
  readonly outcomes: Readonly<Record<string, OutcomeSlots>>;
}

/**
 * The wizard: renders what the flow's machine is on, and sends it the person's events. An outcome is a
 * final state, so changing an answer after the result starts a new run of the machine from the answers.
 */
export function Wizard({ flow, outcomes }: WizardProps) {
  const machine = useMemo(() => createTriageMachine(flow), [flow]);
  const [run, setRun] = useState<{ key: number; start: Start }>({ key: 0, start: { from: 'page' } });
  const onChangeResult = useCallback<ChangeResult>(
    (answers, screen, history = 'push') => setRun(({ key }) => ({ key: key + 1, start: { from: 'result', answers, screen, history } })),
    [],
  );
  return (
    <WizardRun
      key={run.key}
      flow={flow}
      machine={machine}
      outcomes={outcomes}
      start={run.start}
      onChangeResult={onChangeResult}
    />
  );
}

const stepOf = (snapshot: TriageSnapshot) => currentScreen(snapshot) ?? RESULT_STEP;

interface WizardRunProps extends WizardProps {
  readonly machine: TriageMachine;
  readonly start: Start;
  readonly onChangeResult: ChangeResult;
}

/** What caused the next move, and so how it shows: in the browser's history, and with what notice. */
interface Cause {
  /** A new history entry, in place of this one, or none (the browser's own Back and Forward). */
  readonly history: 'push' | 'replace' | 'keep';
  /** Answers restored from this tab: the notice depends on where they lead. */
  readonly restored?: (step: string) => string | null;
}

function WizardRun({ flow, machine, outcomes, start, onChangeResult }: WizardRunProps) {
  const actor = useActorRef(machine, { input: {} });
  const snapshot = useSelector(actor, (s) => s);
  const view = useMemo(() => selectView(flow, snapshot), [flow, snapshot]);
  const [notice, setNotice] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [moves, setMoves] = useState(0);
  const cause = useRef<Cause>({ history: 'push' });

  useEffect(() => {
    const first = actor.getSnapshot();
    let last = first;
    // Every move, whatever caused it, is kept in this tab and shown in the browser's history here.
    const subscription = actor.subscribe((next) => {
      const { history, restored } = cause.current;
      cause.current = { history: 'push' };
      // An event the machine turned down leaves the same snapshot: nothing moved.
      if (next === last && !restored) return;
      const { answers } = next.context;
      // Only a change of answers is saved: moving between steps leaves what this tab holds alone.
      const changed = JSON.stringify(answers) !== JSON.stringify(last.context.answers);
      last = next;
      // Nothing answered is nothing to keep.
      const saved = !changed || (Object.keys(answers).length === 0 ? (clearProgress(flow), true) : saveProgress(flow, answers));
      const step = stepOf(next);
      if (history !== 'keep') writeStep(step, history);
      setNotice(saved ? (restored?.(step) ?? null) : NOTICES.notSaved);
      // Focus follows a move, but not a restore that leaves the question the server rendered.
      if (!restored || step !== stepOf(first)) setMoves((n) => n + 1);
      setReady(true);
    });
    // Read the browser's state once mounted, never while rendering: the server rendered the first question.
    if (start.from === 'page') {
      const loaded = loadProgress(flow);
      const requested = readStep();
      const answers = loaded.status === 'ok' ? loaded.answers : {};
      cause.current = {
        history: 'replace',
        restored: (step) => {
          if (loaded.status === 'discarded') return DISCARD_NOTICES[loaded.reason];
          if (requested !== null && requested !== step) return NOTICES.notReached;
          return requested === null && Object.keys(answers).length > 0 ? NOTICES.welcomeBack : null;
        },
      };
      actor.send({ type: 'RESTORE', answers, screen: requested ?? undefined });
    } else {
      cause.current = { history: start.history, restored: () => null };
      actor.send({ type: 'RESTORE', answers: start.answers, screen: start.screen ?? undefined });
    }

    // The browser's Back and Forward buttons move between steps the answers have reached.
    const onPopState = () => {
      const requested = readStep();
      const now = actor.getSnapshot();
      if (now.status === 'done') {
        if (requested !== RESULT_STEP) onChangeResult(now.context.answers, requested, 'keep');
        return;
      }
      cause.current = { history: 'replace', restored: (step) => (step === requested ? null : NOTICES.notReached) };
      actor.send({ type: 'RESTORE', answers: now.context.answers, screen: requested ?? undefined });
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
    // One run, one mount: `start` and the actor belong to this run.
  }, [actor, flow, start, onChangeResult]);

  const startAgain = () => {
    clearProgress(flow);
    if (actor.getSnapshot().status === 'done') onChangeResult({}, null);
    else actor.send({ type: 'RESTART' });
    setNotice(NOTICES.cleared);
  };

  return (
    <>
      <div className="no-print" role="status">
        {notice && <Notice>{notice}</Notice>}
      </div>
      {view.kind === 'question' ? (
        <QuestionScreen
          key={`${view.screen.id}:${moves}`}
          flow={flow}
          view={view}
          focusOnShow={moves > 0}
          ready={ready}
          backHref={view.back === null ? null : stepHref(view.back)}
          onAnswer={(value) => actor.send({ type: 'ANSWER', value })}
          onBack={() => actor.send({ type: 'BACK' })}
        />
      ) : (
        <OutcomeView
          key={moves}
          flow={flow}
          view={view}
          slots={outcomes[view.output.outcome]!}
          focusOnShow={moves > 0}
          changeHref={stepHref}
          onChange={(screen) => onChangeResult(snapshot.context.answers, screen)}
          onChangeAnswers={() => onChangeResult(snapshot.context.answers, view.output.path.at(-1) ?? null)}
          onStartAgain={startAgain}
        />
      )}
      <div className={`${styles.privacyBar} no-print`}>
        <p>Your answers stay in this browser tab. They are not sent anywhere, and they are deleted when you close the tab.</p>
        <button className={styles.linkButton} type="button" onClick={startAgain} disabled={!ready}>
          Clear my answers
        </button>
      </div>
    </>
  );
}
