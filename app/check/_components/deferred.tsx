'use client';

import { Component, Suspense } from 'react';

interface DeferredProps {
  /** What stands in while the part's code loads (`failed` false), or for good if it could not load (`failed` true). */
  readonly fallback: (failed: boolean) => React.ReactNode;
  readonly children: React.ReactNode;
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
    return <Suspense fallback={fallback(false)}>{children}</Suspense>;
  }
}
