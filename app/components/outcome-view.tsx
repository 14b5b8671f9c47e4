'use client';

import { useEffect, useRef } from 'react';
import type { AnswerLine } from '@/lib/describe-answers';
import type { Flow } from '@/lib/flow-schema';
import type { Summary } from '@/lib/summarize';
import { AnswersSummary } from './answers-summary';
import { SelfCarePlan } from './self-care-plan';
import { SourcesList } from './sources-list';
import { TierIcon } from './tier-icon';

export interface OutcomeViewProps {
  readonly flow: Flow;
  readonly summary: Summary;
  readonly answers: readonly AnswerLine[];
  readonly focusOnShow: boolean;
  readonly changeHref: (screen: string) => string;
  readonly onChange: (screen: string) => void;
  readonly onChangeAnswers: () => void;
  readonly onStartAgain: () => void;
}

/** The result: what to do and how soon first, then why, what may be causing it, the plan and the safety-net. */
export function OutcomeView(props: OutcomeViewProps) {
  const { flow, summary, answers, focusOnShow, changeHref, onChange, onChangeAnswers, onStartAgain } = props;
  const outcome = flow.outcomes[summary.outcome]!;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  useEffect(() => {
    document.title = `${outcome.title} – ${flow.title}`;
  }, [outcome.title, flow.title]);

  return (
    <article className={`outcome outcome--${summary.level}`} data-triage-level={summary.level}>
      <div className="outcome__panel">
        <TierIcon tier={summary.level} />
        <div>
          <p className="outcome__caption">Your result</p>
          <h1 className="outcome__title" tabIndex={-1} ref={heading}>
            {outcome.title}
          </h1>
          <p className="outcome__instruction">{outcome.instruction}</p>
          <p className="outcome__timeframe">
            <span className="visually-hidden">When: </span>
            {outcome.timeframe}
          </p>
          {outcome.call && (
            <>
              <a className="button button--call" href={`tel:${outcome.call.number}`}>
                {outcome.call.label}
              </a>
              <p className="outcome__others">{outcome.call.others}</p>
            </>
          )}
        </div>
      </div>

      <section className="section" aria-labelledby="actions-title">
        <h2 id="actions-title">{summary.level === 'emergency' ? 'While you wait' : 'What to do now'}</h2>
        <ul className="list list--bullet">
          {outcome.actions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

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

      {outcome.showCauses && summary.causes.length > 0 && (
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

      {outcome.plan === 'self_care' && (
        <div className="no-print">
          <SelfCarePlan plan={flow.selfCare} extraAdvice={summary.extraAdvice} />
        </div>
      )}
      {outcome.plan === 'professional' && (
        <section className="section no-print" aria-labelledby="offer-title">
          <h2 id="offer-title">What a doctor or physiotherapist may offer</h2>
          <p>{flow.professionalCare.intro}</p>
          <ul className="list list--bullet">
            {flow.professionalCare.treatments.map((t) => (
              <li key={t.id}>
                <strong>{t.name}</strong>: {t.description}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="section safety-net" aria-labelledby="safety-title">
        <h2 id="safety-title">If things change</h2>
        <ul className="list list--bullet">
          {outcome.safetyNet.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="answers-title">
        <h2 id="answers-title">Your answers</h2>
        <AnswersSummary lines={answers} changeHref={changeHref} onChange={onChange} />
      </section>

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
