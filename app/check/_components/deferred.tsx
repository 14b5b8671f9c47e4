'use client';

import { Component, Suspense } from 'react';

interface DeferredProps {
  /** What stands in while the part's code loads (`failed` false), or for good if it could not load (`failed` true). */
  readonly fallback: (failed: boolean) => React.ReactNode;
  readonly children: React.ReactNode;
  /**
   * The part never suspends on the server: its boundary is drawn there too, so a page the server drew
   * keeps the part as it is while the browser loads its code, rather than failing to hydrate.
   */
  readonly boundaryOnServer?: boolean;
}

/**
 * A part of the page whose code loads on its own (React.lazy): its stand-in while it loads, and if
 * it never loads (a flaky network, a deploy racing the page) the stand-in stays, saying so, rather
 * than the whole check failing.
 */
export class Deferred extends Component<DeferredProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    const { fallback, children } = this.props;
    if (this.state.failed) return fallback(true);
    // The server (drawing a page for a form sent without scripts) sends the part itself, never a stand-in
    // that only a script would replace: the part can still suspend there on the server-rendered pieces it
    // is given, and a boundary would flush its stand-in. Such a page does not hydrate (its inline scripts
    // are not in the CSP); if it ever does, React recovers from the missing boundary by rendering on the client.
    if (typeof window === 'undefined' && !this.props.boundaryOnServer) return children;
    return <Suspense fallback={fallback(false)}>{children}</Suspense>;
  }
}
