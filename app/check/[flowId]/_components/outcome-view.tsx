'use client';

import { useDeferredValue, useEffect, useRef } from 'react';
import type { FlowCore } from '@/lib/flow/flow-core';
import type { ResultView } from '@/lib/triage/view';
import { AnswersSummary } from './answers-summary';
import type { OutcomeSlots } from './outcome-content';
import { SourcesList } from './sources-list';

export interface OutcomeViewProps {
  readonly flow: FlowCore;
  readonly view: ResultView;
  /** The parts of this outcome that are the same for everyone, rendered on the server. */
  readonly slots: OutcomeSlots;
  readonly focusOnShow: boolean;
  readonly changeHref: (screen: string) => string;
  readonly onChange: (screen: string) => void;
  readonly onChangeAnswers: () => void;
  readonly onStartAgain: () => void;
}

/** The result: what to do and how soon first, then why, what may be causing it, the plan and the safety-net. */
export function OutcomeView(props: OutcomeViewProps) {
  const { flow, view, slots, focusOnShow, changeHref, onChange, onChangeAnswers, onStartAgain } = props;
  const { output: summary, advice, answers } = view;
  const outcome = flow.outcomes[summary.outcome]!;
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnShow) root.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [focusOnShow]);
  useEffect(() => {
    document.title = `${outcome.title} – ${flow.title}`;
  }, [outcome.title, flow.title]);
  // What to do, and why, render at once; the long rest follows in a render that does not block the page.
  const rest = useDeferredValue(true, false);

  return (
    <article className={`outcome outcome--${summary.level}`} data-triage-level={summary.level} ref={root}>
      {slots.head}

      <section className="section" aria-labelledby="why-title">
        <h2 id="why-title">Why this result</h2>
        <ul className="reasons">
          {summary.reasons.map((reason) => (
            <li className="reasons__item" key={reason.rule}>
              <p>{reason.text}</p>
              <SourcesList sources={reason.sources} />
            </li>
          ))}
        </ul>
      </section>

      {rest && outcome.showCauses && summary.causes.length > 0 && (
        <section className="section no-print" aria-labelledby="causes-title">
          <h2 id="causes-title">What may be causing it</h2>
          <p>
            These are possible causes that fit your answers. They are not a diagnosis: only a healthcare professional
            who examines you can say what is causing your pain.
          </p>
          <ul className="list list--bullet">
            {summary.causes.map((cause) => (
              <li key={cause.id}>
                <strong>{cause.name}</strong>: {cause.description}
              </li>
            ))}
          </ul>
        </section>
      )}

      {rest && outcome.plan === 'self_care' && advice.length > 0 && (
        <section className="section no-print" aria-labelledby="advice-title">
          <h2 id="advice-title">Advice for you</h2>
          <ul className="list list--bullet">
            {advice.map((a) => (
              <li key={a.id}>{a.text}</li>
            ))}
          </ul>
        </section>
      )}

      {rest && (
        <>
          {slots.plan}
          <section className="section" aria-labelledby="answers-title">
            <h2 id="answers-title">Your answers</h2>
            <AnswersSummary lines={answers} changeHref={changeHref} onChange={onChange} />
          </section>
        </>
      )}

      <div className="button-group no-print">
        <button className="button button--secondary" type="button" onClick={() => window.print()}>
          Print a summary for a clinician
        </button>
        <button className="button button--secondary" type="button" onClick={onChangeAnswers}>
          Change your answers
        </button>
        <button className="button button--warning" type="button" onClick={onStartAgain}>
          Start again
        </button>
      </div>
      <p className="print-only">
        {flow.title}, version {flow.version}. This is a self-check, not a diagnosis.
      </p>
    </article>
  );
}
