'use client';

import { useDeferredValue, useEffect, useRef } from 'react';
import button from '@/app/_components/button.module.css';
import { BulletList } from '@/app/_components/bullet-list';
import { Section } from '@/app/_components/section';
import type { FlowCore } from '@/lib/flow/flow-core';
import type { ResultView } from '@/lib/triage/view';
import { AnswersSummary } from './answers-summary';
import type { OutcomeSlots } from './outcome-content';
import styles from './outcome-view.module.css';
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
    <article data-triage-level={summary.level} ref={root}>
      {slots.head}

      <Section titleId="why-title" title="Why this result" belowTheFold>
        <ul className={styles.reasons}>
          {summary.reasons.map((reason) => (
            <li className={styles.reason} key={reason.rule}>
              <p>{reason.text}</p>
              <SourcesList sources={reason.sources} />
            </li>
          ))}
        </ul>
      </Section>

      {rest && outcome.showCauses && summary.causes.length > 0 && (
        <Section titleId="causes-title" title="What may be causing it" belowTheFold className="no-print">
          <p>
            These are possible causes that fit your answers. They are not a diagnosis: only a healthcare professional
            who examines you can say what is causing your pain.
          </p>
          <BulletList
            items={summary.causes.map((cause) => ({
              key: cause.id,
              content: (
                <>
                  <strong>{cause.name}</strong>: {cause.description}
                </>
              ),
            }))}
          />
        </Section>
      )}

      {rest && outcome.plan === 'self_care' && advice.length > 0 && (
        <Section titleId="advice-title" title="Advice for you" belowTheFold className="no-print">
          <BulletList items={advice.map((a) => ({ key: a.id, content: a.text }))} />
        </Section>
      )}

      {rest && (
        <>
          {slots.plan}
          <Section titleId="answers-title" title="Your answers" belowTheFold>
            <AnswersSummary lines={answers} changeHref={changeHref} onChange={onChange} />
          </Section>
        </>
      )}

      <div className={`${button.group} no-print`}>
        <button className={`${button.button} ${button.secondary}`} type="button" onClick={() => window.print()}>
          Print a summary for a clinician
        </button>
        <button className={`${button.button} ${button.secondary}`} type="button" onClick={onChangeAnswers}>
          Change your answers
        </button>
        <button className={`${button.button} ${button.warning}`} type="button" onClick={onStartAgain}>
          Start again
        </button>
      </div>
      <p className="print-only">
        {flow.title}, version {flow.version}. This is a self-check, not a diagnosis.
      </p>
    </article>
  );
}
