import type { FlowCore } from '@/lib/flow/flow-core';
import { parseProgress, serializeProgress, storageKey, type LoadedProgress, type Progress } from '@/lib/triage/saved-progress';

/*
 * Where the wizard keeps its state in the browser. The URL never changes from step to step: a step's
 * name, like a page title, can say something about the answers, and the browser keeps both in its
 * history (and may sync it). Each step is a history entry whose state is only its number; the steps
 * themselves are kept with the answers, in sessionStorage, which goes when the tab closes.
 */

export function loadProgress(flow: FlowCore): LoadedProgress {
  let raw: string | null = null;
  try {
    raw = window.sessionStorage.getItem(storageKey(flow));
  } catch {
    return { status: 'none' };
  }
  const loaded = parseProgress(flow, raw, Date.now());
  if (loaded.status === 'discarded') clearProgress(flow);
  return loaded;
}

/**
 * Returns false when the browser refuses to store (private modes, full storage). No answers, nothing
 * kept, but for a mark saved at 0 (no answers, no steps): answers removed for want of use, so that a
 * reload can say why they went.
 */
export function saveProgress(flow: FlowCore, progress: Progress, savedAt = Date.now()): boolean {
  if (Object.keys(progress.answers).length === 0 && savedAt) {
    clearProgress(flow);
    return true;
  }
  try {
    window.sessionStorage.setItem(storageKey(flow), serializeProgress(flow, progress, savedAt));
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

/** The number of the step this history entry shows, or null for an entry the wizard did not make. */
export function historyIndex(state: unknown = window.history.state): number | null {
  const n = (state as { step?: unknown } | null)?.step;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
}

/** A history entry for step `n`, at the same URL. Next's router keeps its own keys in the state, so they are kept. */
export function writeHistory(n: number, mode: 'push' | 'replace'): void {
  const state = { ...(window.history.state as object | null), step: n };
  if (mode === 'push') window.history.pushState(state, '');
  else window.history.replaceState(state, '');
}
