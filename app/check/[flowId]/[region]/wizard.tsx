'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { NOTICES, PAGE_TITLES, PRIVACY, SITE_NAME, WIZARD } from '@/app/_lib/ui-text';
import type { FlowCore } from '@/lib/flow/flow-core';
import type { Intent } from '@/lib/triage/form-step';
import { createTriageMachine } from '@/lib/triage/machine';
import { parseProgress } from '@/lib/triage/saved-progress';
import { selectView, type WizardView } from '@/lib/triage/view';
import { EmergencyNow } from '../../_components/emergency-now';
import { FhirDownload } from '../../_components/fhir-download';
import { Notice } from '../../_components/notice';
import type { OutcomeSlots } from '../../_components/outcome-content';
import { OutcomeView } from '../../_components/outcome-view';
import { QuestionScreen } from '../../_components/question-screen';
import { ReviewScreen } from '../../_components/review-screen';
import { useNoJsForm } from '../../_lib/no-js-form';
import { createWizardStore, type NoticeKey, type StartingPoint } from '../../_lib/wizard-store';
import styles from './wizard.module.css';

export interface WizardProps {
  readonly flow: FlowCore;
  readonly region: { readonly id: string; readonly name: string; readonly lang: string };
  /** The outcomes' parts that are the same for everyone, rendered on the server in the region's words. */
  readonly outcomes: Readonly<Record<string, OutcomeSlots>>;
  /** The number to call in an emergency, as a tap, shown with the emergency signs. */
  readonly emergencyCall: { readonly label: string; readonly href: string } | null;
  readonly startHref: string;
  readonly pageHref: string;
  /** Where to choose another region. */
  readonly regionsHref: string;
  readonly privacyHref: string;
}

/** A neutral page title: the step's kind and number, never the question or the result. */
function pageTitle(view: WizardView, hasError: boolean): string {
  const step = view.kind === 'question' ? PAGE_TITLES.question(view.progress.number) : view.kind === 'review' ? PAGE_TITLES.review : PAGE_TITLES.result;
  return `${hasError ? `${PAGE_TITLES.error}: ` : ''}${step} – ${SITE_NAME}`;
}

/**
 * The wizard: renders the step the flow's machine is on, and sends it the person's events. Each step is
 * a real HTML form, so the check also works before the scripts run, or without them (no-js-form.ts).
 */
export function Wizard({ flow, region, outcomes, emergencyCall, startHref, pageHref, regionsHref, privacyHref }: WizardProps) {
  const machine = useMemo(() => createTriageMachine(flow), [flow]);
  const noJs = useNoJsForm(flow.id, region.id);
  const posted = noJs.posted;
  // A page the server rendered for a submitted form starts where the server said; any other at question 1.
  const [store] = useState(() => {
    const loaded = posted ? parseProgress(flow, posted.progress, Date.now()) : null;
    const start: StartingPoint | null = posted
      ? { answers: loaded?.status === 'ok' ? loaded.answers : {}, step: posted.step, notice: posted.notice as NoticeKey | undefined }
      : null;
    return createWizardStore(flow, machine, start);
  });
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getServerState);
  useEffect(() => store.mount(), [store]);
  const view = useMemo(() => selectView(flow, state.snapshot), [flow, state.snapshot]);
  const { ready, moves, notice } = state;
  const focusOnShow = moves > 0;
  // Until the page is interactive the forms carry the progress the server gave this page.
  const progress = posted?.progress ?? '';
  const serverError = !ready && posted?.error && view.kind === 'question' && posted.step === view.screen.id ? { message: posted.error, given: posted.given } : undefined;

  useEffect(() => {
    // A question sets its own title, which says when its answer is in error.
    if (ready && view.kind !== 'question') document.title = pageTitle(view, false);
  }, [ready, view]);

  const onIntent = (intent: Intent) => {
    if (intent === 'back') store.back();
    else if (intent === 'confirm') store.confirm();
    else if (intent === 'review') store.review();
    else if (intent.startsWith('change:')) store.change(intent.slice('change:'.length));
  };

  return (
    <div lang={region.lang}>
      {noJs.helpForm && !ready && <form id={noJs.helpForm.id} action={noJs.helpForm.action} method="get" />}
      <div className="no-print" role="status">
        {notice && <Notice>{NOTICES[notice]}</Notice>}
      </div>
      {view.kind === 'question' && (
        <QuestionScreen
          key={`${view.screen.id}:${moves}`}
          flow={flow}
          view={view}
          focusOnShow={focusOnShow}
          title={(hasError) => pageTitle(view, hasError)}
          serverError={serverError}
          emergency={view.screen.id === flow.screens[0]!.id && emergencyCall ? <EmergencyNow call={emergencyCall} /> : undefined}
          startHref={startHref}
          onAnswer={store.answer}
          onBack={store.back}
          noJs={noJs}
          progress={progress}
          ready={ready}
        />
      )}
      {view.kind === 'review' && (
        <ReviewScreen key={moves} view={view} focusOnShow={focusOnShow} onIntent={onIntent} noJs={noJs} progress={progress} ready={ready} />
      )}
      {view.kind === 'result' && (
        <OutcomeView
          key={moves}
          flow={flow}
          view={view}
          slots={outcomes[view.output.outcome]!}
          lang={region.lang}
          focusOnShow={focusOnShow}
          pageHref={pageHref}
          onIntent={onIntent}
          onStartAgain={store.startAgain}
          extraActions={<FhirDownload flow={flow} answers={state.snapshot.context.answers} output={view.output} />}
          noJs={noJs}
          progress={progress}
          ready={ready}
        />
      )}
      {/* Where the numbers are for: on the first question and the result, where the numbers are shown. */}
      {((view.kind === 'question' && view.screen.id === flow.screens[0]!.id) || view.kind === 'result') && (
        <p className={`${styles.region} no-print`}>
          {WIZARD.region(region.name)} <a href={regionsHref}>{WIZARD.changeRegion}</a>
        </p>
      )}
      <div className={`${styles.privacyBar} no-print`}>
        <p>
          {PRIVACY.short} <a href={privacyHref}>{PRIVACY.more}</a>
        </p>
      </div>
    </div>
  );
}
