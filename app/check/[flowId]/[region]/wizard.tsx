'use client';

import { useActor } from '@xstate/react';
import { lazy, startTransition, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { PAGE_TITLES, SITE_NAME, type NOTICES } from '@/app/_lib/ui-text';
import type { FlowCore } from '@/lib/flow/flow-core';
import type { Intent } from '@/lib/triage/form-step';
import { createTriageMachine, type TriageMachine, type TriageSnapshot } from '@/lib/triage/machine';
import { parseProgress } from '@/lib/triage/saved-progress';
import { selectView, type WizardView } from '@/lib/triage/view';
import { Deferred } from '../../_components/deferred';
import type { EmergencyCall } from '@/lib/flow/emergency-routes';
import { EmergencyNow } from '../../_components/emergency-now';
import { Notice } from '../../_components/notice';
import type { OutcomeSlots } from '../../_components/outcome-content';
import { QuestionScreen } from '../../_components/question-screen';
import { FaultBoundary, type FaultText } from '../../_components/fault-boundary';
import { helpHref } from '../../_lib/check-href';
import { ResultStandIn, StepStandIn } from '../../_components/result-stand-in';
import { useNoJsForm } from '../../_lib/no-js-form';
import { usePageTitle } from '../../_lib/use-page-title';
import { createWizardSession, type RunStart, type WizardSession } from '../../_lib/wizard-session';
import styles from './wizard.module.css';

/*
 * Check your answers and the result come at the end of a check: their code (a sixth of the wizard's
 * JavaScript) loads once question 1 is usable, not before it (or at once in a tab reloaded mid-check,
 * which needs it more). The result's advice does not wait for it:
 * the page already holds it, rendered on the server (ResultStandIn shows it until the rest arrives).
 * The server, drawing a page for a form sent without scripts, renders them at once into the HTML, which
 * is all such a person gets. Next compiles `typeof window` to a constant, so the browser's bundle has
 * only the lazy branch, and the server's only the other.
 */
const onServer =
  typeof window === 'undefined'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous import, for the server's render only (see above)
      (require('../../_components/end-of-check') as typeof import('../../_components/end-of-check'))
    : null;
type EndOfCheck = typeof import('../../_components/end-of-check');
/** The end of the check's code, once it is here. */
let endOfCheck: EndOfCheck | undefined;
const loadEndOfCheck = () => import('../../_components/end-of-check').then((m) => (endOfCheck = m));

/**
 * A part of the end of the check, for React.lazy. Once the code is here, the part renders in the same
 * pass: React.lazy calls `then` and reads what it was given at once, so a result whose code came before
 * it is shown in full straight away, never its stand-in first and the whole result drawn again after.
 */
function endOfCheckPart<P extends object>(pick: (m: EndOfCheck) => React.ComponentType<P>) {
  type Part = { default: React.ComponentType<P> };
  return lazy((): Promise<Part> => {
    const here = endOfCheck;
    if (here) return { then: (resolve: (part: Part) => void) => resolve({ default: pick(here) }) } as Promise<Part>;
    return loadEndOfCheck().then((m) => ({ default: pick(m) }));
  });
}
const ResultScreen = onServer?.ResultScreen ?? endOfCheckPart((m) => m.ResultScreen);
const IdleWarning = endOfCheckPart((m) => m.IdleWarning);
const StartAgain = onServer?.StartAgain ?? endOfCheckPart((m) => m.StartAgain);
const ReviewScreen = onServer?.ReviewScreen ?? endOfCheckPart((m) => m.ReviewScreen);

// A tab reloaded in the middle of a check (the page's first script marked it) needs the end of the check
// more than question 1: its code is asked for now, while the page comes alive, not once it has.
if (!onServer && document.documentElement.hasAttribute('data-resuming')) loadEndOfCheck().catch(() => {});

export interface WizardProps {
  readonly flow: FlowCore;
  readonly region: { readonly id: string; readonly name: string; readonly lang: string };
  /** The outcomes' parts that are the same for everyone, rendered on the server in the region's words. */
  readonly outcomes: Readonly<Record<string, OutcomeSlots>>;
  /** The number to call in an emergency, as a tap, shown with the emergency signs. */
  readonly emergencyCall: EmergencyCall | null;
  readonly startHref: string;
  readonly pageHref: string;
  /** Where to choose another region. */
  readonly regionsHref: string;
  readonly privacyHref: string;
  /**
   * The privacy notes under each step, from the page, as text in it costs less than in the scripts:
   * PRIVACY_NOTE, and NO_SCRIPT_NOTES as this deployment works without JavaScript.
   */
  readonly privacyNotes: { readonly short: string; readonly more: string; readonly sent: string; readonly noScript: string };
  /** "Advice for: United Kingdom." and the link's words to change it, from the page too. */
  readonly regionNote: { readonly label: string; readonly change: string };
  /** What the page says of the answers kept or removed (NOTICES): from the page too, as text in it costs less than in the scripts. */
  readonly notices: typeof NOTICES;
  /** What the page says if the check fails on our side (FAULT), from the page too. */
  readonly fault: FaultText;
}

/** A neutral page title: the step's kind and number, never the question or the result. */
function pageTitle(view: WizardView, hasError: boolean): string {
  const step = view.kind === 'question' ? PAGE_TITLES.question(view.progress.number) : view.kind === 'review' ? PAGE_TITLES.review : PAGE_TITLES.result;
  return `${hasError ? `${PAGE_TITLES.error}: ` : ''}${step} – ${SITE_NAME}`;
}

/**
 * The wizard: renders the step the flow's machine is on, and sends it the person's events. Each step is
 * a real HTML form, so the check also works before the scripts run, or without them (no-js-form.ts).
 * A final outcome stops its machine, so leaving the result (or the browser's Back to an earlier step)
 * starts a new run of the machine from the answers: a new WizardRun, keyed by the run.
 */
export function Wizard(props: WizardProps) {
  const { flow, region } = props;
  const machine = useMemo(() => createTriageMachine(flow), [flow]);
  const noJs = useNoJsForm(flow.id, region.id);
  const posted = noJs.posted;
  // A page the server drew for a submitted form starts where the server said; any other at question 1.
  const [session] = useState(() => {
    const loaded = posted ? parseProgress(flow, posted.progress, Date.now()) : null;
    const start = posted
      ? {
          answers: loaded?.status === 'ok' ? loaded.answers : {},
          step: posted.step,
          // The server's trail is [review, step] for a question opened by Change: its Back goes back there.
          changing: loaded?.status === 'ok' && loaded.trail.length > 1,
          notice: posted.notice,
          dropped: posted.dropped,
        }
      : null;
    return createWizardSession(flow, start);
  });
  const [run, setRun] = useState<{ key: number; start: RunStart }>(() => ({ key: 0, start: session.first }));
  // A new run draws a whole step afresh (after a reload, the result): as a transition, React draws it in
  // short slices, so a slow phone stays responsive to taps meanwhile.
  const restart = useCallback((start: RunStart) => startTransition(() => setRun(({ key }) => ({ key: key + 1, start }))), []);
  // The run on show tells the session where it is; its effects run before this one.
  const currentRef = useRef<(() => TriageSnapshot) | null>(null);
  useEffect(() => session.mount(restart, () => currentRef.current!()), [session, restart]);
  useEffect(() => {
    // A failed load is shown where the part is needed (Deferred); nothing to do here.
    loadEndOfCheck().catch(() => {});
  }, []);
  return (
    <FaultBoundary text={props.fault} helpHref={helpHref(flow.id, region.id)} checkHref={props.pageHref}>
      <WizardRun key={run.key} {...props} machine={machine} session={session} start={run.start} restart={restart} currentRef={currentRef} noJs={noJs} />
    </FaultBoundary>
  );
}

interface WizardRunProps extends WizardProps {
  readonly machine: TriageMachine;
  readonly session: WizardSession;
  readonly start: RunStart;
  readonly restart: (start: RunStart) => void;
  readonly currentRef: React.RefObject<(() => TriageSnapshot) | null>;
  readonly noJs: ReturnType<typeof useNoJsForm>;
}

function WizardRun(props: WizardRunProps) {
  const { flow, region, outcomes, emergencyCall, startHref, pageHref, regionsHref, privacyHref, privacyNotes, regionNote, notices, machine, session, start, restart, currentRef, noJs } = props;
  // The whole snapshot drives the screen, so useActor (no selector, none of its extra code in the bundle).
  const [snapshot, , actor] = useActor(machine, { input: { answers: start.answers, screen: start.step ?? undefined, changing: start.changing, dropped: start.dropped } });
  const { ready, moves, notice, idleWarning } = useSyncExternalStore(session.subscribe, session.getState, session.getServerState);
  const view = useMemo(() => selectView(flow, snapshot), [flow, snapshot]);

  // Every move of this run is recorded in the tab: its first step as the run's start says, the rest as new entries.
  const first = useRef(true);
  useEffect(() => {
    let last = actor.getSnapshot();
    if (first.current) session.began(last, start);
    first.current = false;
    const subscription = actor.subscribe({
      next: (next) => {
        if (next !== last) session.moved(next);
        last = next;
      },
      // A fault of the machine is thrown where the step is drawn (useActor throws it), for FaultBoundary.
      // Unobserved here, XState would throw it once more, later, from a timer.
      error: () => {},
    });
    return () => subscription.unsubscribe();
  }, [actor, session, start]);
  useEffect(() => {
    currentRef.current = () => actor.getSnapshot();
  }, [actor, currentRef]);

  const focusOnShow = moves > 0;
  const answers = snapshot.context.answers;
  // Until the page is interactive the forms carry the progress the server gave this page.
  const posted = noJs.posted;
  const progress = posted?.progress ?? '';
  const fromServer = !ready && view.kind === 'question' && posted?.step === view.screen.id ? posted : undefined;

  // A question sets its own title, which says when its answer is in error.
  usePageTitle(ready && view.kind !== 'question' ? pageTitle(view, false) : null);

  const back = () => {
    if (!session.back()) actor.send({ type: 'BACK' });
  };
  const onIntent = (intent: Intent) => {
    if (intent === 'back') back();
    else if (intent === 'confirm') actor.send({ type: 'CONFIRM' });
    // Only a result offers "Change your answers", and a result is drawn with the end of the check's code.
    else if (intent === 'review') restart({ answers, ...endOfCheck!.changeAnswersStep(flow, answers), history: 'push' });
    else if (intent.startsWith('change:')) {
      const screen = intent.slice('change:'.length);
      if (view.kind === 'review') actor.send({ type: 'CHANGE', screen });
      else restart({ answers, step: screen, changing: true, history: 'push' });
    }
  };
  const startAgain = () => {
    session.clear();
    restart({ answers: {}, step: null, history: 'push', notice: 'cleared' });
  };

  return (
    // data-posted: the page's last script (page.tsx) reads it, before any other script runs.
    <div lang={region.lang} data-posted={posted ? '' : undefined}>
      {/* The page's title until the scripts run (the page's metadata gives none), neutral as every step's. The
          server's page for a posted form is titled for its step, as the wizard's are, prefixed when it shows an
          error; the page built once for everyone is not, as a tab reloaded mid-check shows it too. */}
      {!ready && <title>{posted ? pageTitle(view, !!fromServer?.error) : `${PAGE_TITLES.check} – ${SITE_NAME}`}</title>}
      {noJs.helpForm && !ready && <form id={noJs.helpForm.id} action={noJs.helpForm.action} method="get" />}
      <div className="no-print" role="status">
        {notice && <Notice>{notices[notice]}</Notice>}
      </div>
      {view.kind === 'question' && (
        <QuestionScreen
          key={`${view.screen.id}:${moves}`}
          flow={flow}
          view={view}
          focusOnShow={focusOnShow}
          title={(hasError) => pageTitle(view, hasError)}
          fromServer={fromServer}
          emergency={view.screen.id === flow.screens[0]!.id && emergencyCall ? <EmergencyNow call={emergencyCall} /> : undefined}
          startHref={startHref}
          askedAgain={notices['asked-again']}
          droppedIntro={notices.dropped}
          onAnswer={(value) => actor.send({ type: 'ANSWER', screen: view.screen.id, value })}
          onBack={back}
          noJs={noJs}
          progress={progress}
          ready={ready}
        />
      )}
      {view.kind === 'review' && (
        <Deferred fallback={(failed) => <StepStandIn notLoaded={failed && notices['not-loaded']} />}>
          <ReviewScreen view={view} focusOnShow={focusOnShow} onIntent={onIntent} noJs={noJs} progress={progress} ready={ready} droppedIntro={notices.dropped} />
        </Deferred>
      )}
      {/* Answers half given, or all given, can be cleared at once too, as the privacy page says (a shared phone). */}
      {/* Without JavaScript too: its link loads the page afresh, and the answers lived only in the page the server drew. */}
      {view.kind !== 'result' && (ready || posted) && Object.keys(answers).length > 0 && (
        <Deferred fallback={() => null} boundaryOnServer>
          <StartAgain href={pageHref} ready={ready} onStartAgain={startAgain} />
        </Deferred>
      )}
      {view.kind === 'result' && (
        <Deferred
          fallback={(failed) => <ResultStandIn level={view.output.level} safetyNet={view.output.safetyNet} slots={outcomes[view.output.outcome]!} focusOnShow={focusOnShow} notLoaded={failed && notices['not-loaded']} />}
        >
          <ResultScreen
            flow={flow}
            view={view}
            slots={outcomes[view.output.outcome]!}
            lang={region.lang}
            focusOnShow={focusOnShow}
            pageHref={pageHref}
            onIntent={onIntent}
            onStartAgain={startAgain}
            answers={answers}
            noJs={noJs}
            progress={progress}
            ready={ready}
          />
        </Deferred>
      )}
      {/* Where the numbers are for: on the first question and the result, where the numbers are shown. */}
      {((view.kind === 'question' && view.screen.id === flow.screens[0]!.id) || view.kind === 'result') && (
        <p className={`${styles.region} no-print`}>
          {regionNote.label} <a href={regionsHref}>{regionNote.change}</a>
        </p>
      )}
      <div className={`${styles.privacyBar} no-print`}>
        {/* Said truthfully either way: a page the server drew for a posted form carried the answers there. */}
        {/* The note for JavaScript on gives way, with JavaScript off, to the noscript note below it. */}
        <p className={posted ? undefined : styles.withScripts}>
          {posted && !ready ? privacyNotes.sent : privacyNotes.short}{' '}
          {/* In a new tab: followed in this one, it would lose the ticks of the question on screen. */}
          <a href={privacyHref} target="_blank">
            {privacyNotes.more}
          </a>
        </p>
        {!posted && (
          <noscript>
            <p>
              {privacyNotes.noScript}{' '}
              <a href={privacyHref} target="_blank">
                {privacyNotes.more}
              </a>
            </p>
          </noscript>
        )}
      </div>
      {idleWarning && (
        <Deferred fallback={() => null}>
          <IdleWarning onKeep={session.keep} />
        </Deferred>
      )}
    </div>
  );
}
