'use client';

import { startTransition, useEffect, useRef, useState } from 'react';
import button from '@/app/_components/button.module.css';
import { BulletList } from '@/app/_components/bullet-list';
import { PhoneText } from '@/app/_components/phone-text';
import { Section } from '@/app/_components/section';
import { RESULT_TEXT } from '@/app/_lib/result-text';
import type { FlowCore } from '@/lib/flow/flow-core';
import type { Intent } from '@/lib/triage/form-step';
import type { ResultView } from '@/lib/triage/result-view';
import { AnswersSummary } from './answers-summary';
import type { OutcomeSlots } from './outcome-content';
import styles from './outcome-view.module.css';
import { PrintButton } from './print-button';
import { SafetyNet } from './safety-net';
import { SourcesList } from './sources-list';
import { StartAgain } from './start-again';
import { StepForm, SubmitButton, type StepFormProps } from './step-form';
import { PLAN_HEADING_ID } from '../_lib/check-href';
import { showStep } from '../_lib/show-step';

export interface OutcomeViewProps extends Pick<StepFormProps, 'noJs' | 'progress' | 'ready'> {
  readonly flow: FlowCore;
  readonly view: ResultView;
  /** The parts of this outcome that are the same for everyone, rendered on the server. */
  readonly slots: OutcomeSlots;
  readonly lang: string;
  readonly focusOnShow: boolean;
  /** The page's own address: Start again without JavaScript is a fresh load of it. */
  readonly pageHref: string;
  readonly onIntent: (intent: Intent) => void;
  readonly onStartAgain: () => void;
  /** More to offer once the page is interactive: the clinician's download. */
  readonly extraActions?: React.ReactNode;
}

const formatNow = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date());

/**
 * When the check was done, in the person's words and time zone. In the browser it is worked out just
 * after the result is on screen: the first Intl.DateTimeFormat loads the locale's date formats, about
 * 240 ms of a slow phone's main thread, and the date sits below the fold and on paper. The server's
 * page (the check without scripts) has it at once.
 */
function useCheckedOn(lang: string): string | null {
  const [when, setWhen] = useState(() => (typeof window === 'undefined' ? formatNow(lang) : null));
  useEffect(() => {
    // A task of its own: after a click React runs effects before the browser paints.
    const timer = setTimeout(() => setWhen(formatNow(lang)));
    return () => clearTimeout(timer);
  }, [lang]);
  return when;
}

/**
 * Whether to draw what lies below the result's first screenful: at once on the server; in the browser
 * just after the top of the result is on screen, as a transition of its own. A whole result is a lot
 * of page to build at once, and a slow phone would show none of it until all of it was built.
 */
function useRestOfPage(): boolean {
  const [drawn, setDrawn] = useState(typeof window === 'undefined');
  useEffect(() => startTransition(() => setDrawn(true)), []);
  return drawn;
}

/**
 * With JavaScript, the link moves focus to the plan's heading (which scrolls to it) and leaves the URL
 * and the history as they were; without it, the browser follows the link and focuses the heading itself.
 */
function goToPlan(event: React.MouseEvent<HTMLAnchorElement>) {
  const heading = document.getElementById(PLAN_HEADING_ID);
  if (!heading) return;
  event.preventDefault();
  heading.focus();
}

/**
 * The result, in the order a person needs it: what to do and how soon; at once, what would change that
 * (the safety-net); where to go, each a tap; what to do now; then why, what may be causing it, the
 * plan, and the answers with a way to change them. Start again sits apart, and asks first.
 */
export function OutcomeView(props: OutcomeViewProps) {
  const { flow, view, slots, lang, focusOnShow, pageHref, onIntent, onStartAgain, extraActions, noJs, progress, ready } = props;
  const { output: summary, advice, planApplies, unsure, answers } = view;
  const outcome = flow.outcomes[summary.outcome]!;
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnShow) showStep(root.current?.querySelector<HTMLElement>('h1'));
  }, [focusOnShow]);
  const sources = [...new Map(summary.reasons.flatMap((r) => r.sources).map((s) => [s.id, s])).values()];
  const checkedOn = useCheckedOn(lang);
  const rest = useRestOfPage();
  const selfCare = outcome.plan === 'self_care';

  return (
    <article data-triage-level={summary.level} ref={root}>
      <StepForm
        id="result-form"
        noJs={noJs}
        progress={progress}
        step="result"
        ready={ready}
        onIntent={(intent, event) => {
          event.preventDefault();
          onIntent(intent);
        }}
      >
        <p className={`${styles.checkedOn} print-only`} suppressHydrationWarning>
          {flow.title}. {checkedOn && RESULT_TEXT.checkedOn(checkedOn)}
        </p>
        {slots.head}
        {/* The plan is a long way down, under the safety-net's lists: this goes straight to it. */}
        {selfCare && planApplies && (
          <p className="no-print">
            {/* Drawn as a button so that it is not missed above the long lists: it is still a link. */}
            <a className={`${button.button} ${button.secondary}`} href={`#${PLAN_HEADING_ID}`} onClick={goToPlan}>
              {RESULT_TEXT.goToPlan}
            </a>
          </p>
        )}
        <SafetyNet lists={summary.safetyNet} say={(text) => <PhoneText text={text} phones={slots.phones} />} />
        <div data-print-part="page">{slots.services}</div>
        <div data-print-part="page">
          {slots.actions}
          {summary.level === 'emergency' && ready && <PrintButton label={RESULT_TEXT.printEmergency} />}
        </div>

        {rest && (
          <>
          {/* This person's own advice (ask a parent, tell the midwife, the maternity unit for stinging in
              pregnancy) is what to do too: next to it, not under the reasons. */}
          {advice.length > 0 && (
            <Section titleId="advice-title" title={RESULT_TEXT.adviceHeading} belowTheFold>
              <BulletList items={advice.map((a) => ({ key: a.id, content: a.text }))} />
            </Section>
          )}

          <div data-print-part="page">
            <Section titleId="why-title" title={RESULT_TEXT.whyHeading} belowTheFold>
              <BulletList
                items={summary.reasons.map((reason) => ({
                  key: reason.rule,
                  content: unsure.includes(reason.rule) ? RESULT_TEXT.unsureReason(reason.text) : reason.text,
                }))}
              />
              <details className={styles.sources}>
                <summary>{RESULT_TEXT.sourcesSummary}</summary>
                <SourcesList sources={sources} />
              </details>
            </Section>
          </div>

          {summary.causes.length > 0 && (
            <div data-print-part="page">
              <Section titleId="causes-title" title={RESULT_TEXT.causesHeading} belowTheFold>
                <p>{RESULT_TEXT.causesIntro}</p>
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
            </div>
          )}

          {planApplies && slots.plan}

          <div data-print-part="page">
            <Section titleId="answers-title" title={RESULT_TEXT.answersHeading} belowTheFold className={styles.answers}>
              <p className={styles.checkedOnLine} suppressHydrationWarning>
                {checkedOn && RESULT_TEXT.checkedOn(checkedOn)}
              </p>
              <AnswersSummary lines={answers} />
            </Section>
          </div>

          {/* Only the session in this tab is cleared when idle: a page the server drew keeps nothing. */}
          {ready && <p className="no-print">{RESULT_TEXT.keepIt}</p>}
          <div className={`${button.group} no-print`}>
            {ready && selfCare && <PrintButton label={RESULT_TEXT.printPlan} only="plan" />}
            {/* An emergency result offers its print button beside what to do now, and only there. */}
            {ready && summary.level !== 'emergency' && <PrintButton label={RESULT_TEXT.printPage} />}
            {ready && extraActions}
            <SubmitButton intent="review" className={`${button.button} ${button.secondary}`}>
              {RESULT_TEXT.changeAnswers}
            </SubmitButton>
          </div>
          </>
        )}
      </StepForm>

      {rest && (
        <>
          <StartAgain href={pageHref} ready={ready} onStartAgain={onStartAgain} />
          <p className="print-only">{RESULT_TEXT.printFooter(flow.title, flow.version)}</p>
        </>
      )}
    </article>
  );
}
