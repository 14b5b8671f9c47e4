import { useEffect, useRef } from 'react';
import { WIZARD } from '@/app/_lib/ui-text';
import { Notice } from './notice';
import type { OutcomeSlots } from './outcome-content';

interface ResultStandInProps {
  readonly level: string;
  readonly slots: OutcomeSlots;
  readonly focusOnShow: boolean;
  /** The rest of the result could not load. */
  readonly failed: boolean;
}

/**
 * The result while the rest of its code loads: what to do and how soon, where to go and what to do
 * now. These parts were rendered on the server with the page, so the advice never waits for a script.
 */
export function ResultStandIn({ level, slots, focusOnShow, failed }: ResultStandInProps) {
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnShow) root.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [focusOnShow]);
  return (
    <article data-triage-level={level} ref={root} aria-busy={!failed}>
      {failed && <Notice>{WIZARD.stepNotLoaded}</Notice>}
      {slots.head}
      {slots.services}
      {slots.actions}
    </article>
  );
}

/** Check your answers while its code loads, or if it could not. */
export function StepStandIn({ failed }: { failed: boolean }) {
  return failed ? <Notice>{WIZARD.stepNotLoaded}</Notice> : <p role="status">{WIZARD.loadingStep}</p>;
}
