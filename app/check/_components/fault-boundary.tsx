'use client';

import { Component } from 'react';
import button from '@/app/_components/button.module.css';

/** The words for a fault (FAULT in ui-text.ts), handed over by the page: text in it costs less than in the scripts. */
export interface FaultText {
  readonly heading: string;
  readonly lead: string;
  readonly helpNow: string;
  readonly startAgain: string;
}

interface FaultBoundaryProps {
  readonly text: FaultText;
  /** The check's help page: the emergency signs and number, prerendered, so it needs nothing that failed here. */
  readonly helpHref: string;
  /** The check's own address: a full load there starts afresh. */
  readonly checkHref: string;
  readonly children: React.ReactNode;
}

/**
 * Around the wizard: a fault of its machine (useActor throws it while drawing a step) ends here, saying
 * so, with the way to the numbers to call and a fresh start, never a frozen question. Its own boundary
 * rather than the route's error.tsx, which with its navigation hooks cost the first load half a kilobyte.
 */
export class FaultBoundary extends Component<FaultBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    const { text, helpHref, checkHref, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <div role="alert">
        <h1>{text.heading}</h1>
        <p>{text.lead}</p>
        <p>
          <a className={`${button.button} ${button.warning}`} href={helpHref}>
            {text.helpNow}
          </a>
        </p>
        <p>
          <a href={checkHref}>{text.startAgain}</a>
        </p>
      </div>
    );
  }
}
