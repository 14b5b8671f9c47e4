import type { FlowCore } from '@/lib/flow/flow-core';
import type { Answers } from '@/lib/triage/answers';
import { parseProgress, serializeProgress, storageKey, type LoadedProgress } from './saved-progress';

/*
 * Where the wizard keeps its state in the browser. The step lives in the URL's fragment (#step=age),
 * which browsers never send to a server: a step's name can say something about the answers (only a
 * pregnant person sees the pregnancy follow-up), so it stays on the device like the answers do.
 * Answers live in sessionStorage: they survive a reload but go when the tab closes, which suits a
 * health check done on a shared or borrowed device.
 */

/** The URL step of the outcome page. */
export const RESULT_STEP = 'result';

export function readStep(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('step');
}

export function stepHref(step: string): string {
  return `#step=${encodeURIComponent(step)}`;
}

export function writeStep(step: string, mode: 'push' | 'replace'): void {
  if (readStep() === step && mode === 'push') return;
  const url = `${window.location.pathname}${window.location.search}${stepHref(step)}`;
  if (mode === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
}

export function loadProgress(flow: FlowCore): LoadedProgress {
  let raw: string | null = null;
  try {
    raw = window.sessionStorage.getItem(storageKey(flow));
  } catch {
    return { status: 'none' };
  }
  const loaded = parseProgress(flow, raw);
  if (loaded.status === 'discarded') clearProgress(flow);
  return loaded;
}

/** Returns false when the browser refuses to store (private modes, full storage). */
export function saveProgress(flow: FlowCore, answers: Answers): boolean {
  try {
    window.sessionStorage.setItem(storageKey(flow), serializeProgress(flow, answers));
    return true;
  } catch {
    return false;
  }
}

export function clearProgress(flow: FlowCore): void {
  try {
    window.sessionStorage.removeItem(storageKey(flow));
  } catch {
    // Nothing was stored if storage is unavailable.
  }
}
