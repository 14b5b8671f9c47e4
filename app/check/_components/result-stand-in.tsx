import { useEffect, useRef } from 'react';
import { WIZARD } from '@/app/_lib/ui-text';
import { Notice } from './notice';
import type { OutcomeSlots } from './outcome-content';
import { SafetyNet } from './safety-net';
import { showStep } from '../_lib/show-step';

interface ResultStandInProps {
  readonly level: string;
  /** This person's safety-net: at once, as on the full result. */
  readonly safetyNet: React.ComponentProps<typeof SafetyNet>['lists'];
  readonly slots: OutcomeSlots;
  readonly focusOnShow: boolean;
  /** The rest of the result could not load: what to say so (the page's words, NOTICES['not-loaded']). */
  readonly notLoaded: string | false;
}

/**
 * The result while the rest of its code loads: what to do and how soon, what would change that, where
 * to go and what to do now. The advice was rendered on the server with the page, so it never waits for a script.
 */
export function ResultStandIn({ level, safetyNet, slots, focusOnShow, notLoaded }: ResultStandInProps) {
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnShow) showStep(root.current?.querySelector<HTMLElement>('h1'));
  }, [focusOnShow]);
  return (
    <article data-triage-level={level} ref={root} aria-busy={!notLoaded}>
      {slots.head}
      {/* Under what to do, never above it: the advice comes first. */}
      <SafetyNet lists={safetyNet} />
      {notLoaded && <Notice>{notLoaded}</Notice>}
      {slots.services}
      {slots.actions}
    </article>
  );
}

/** Check your answers while its code loads, or if it could not. */
export function StepStandIn({ notLoaded }: { notLoaded: string | false }) {
  return notLoaded ? <Notice>{notLoaded}</Notice> : <p role="status">{WIZARD.loadingStep}</p>;
}
