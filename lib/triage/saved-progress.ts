import type { FlowCore } from '../flow/flow-core';
import { parseAnswers, type Answers } from './answers';

/*
 * Progress kept between steps: the answers, the flow's version, the steps this tab has shown (so the
 * browser's Back and Forward, which carry only a step number, can find them again) and when it was last
 * used. It is kept in the tab's sessionStorage with JavaScript, and in a hidden form field without.
 * What comes back is untrusted (another tab, an old version, a person editing it by hand), so it is
 * parsed here, and anything that does not fit this flow exactly is discarded with a reason the person
 * is told. Progress not used for IDLE_MINUTES is discarded too: a health check left open on a shared
 * device should not keep its answers.
 */

export interface Progress {
  readonly answers: Answers;
  /** The steps shown in this tab, in order: screen ids, "review" and "result". */
  readonly trail: readonly string[];
}

export type LoadedProgress =
  | { readonly status: 'none' }
  | ({ readonly status: 'ok' } & Progress)
  | { readonly status: 'discarded'; readonly reason: DiscardReason };

export type DiscardReason = 'unreadable' | 'old-version' | 'tampered' | 'expired';

export const IDLE_MINUTES = 30;
/** How long before then the wizard warns, and offers to keep the answers (WCAG 2.2.1 asks for 20 s at least). */
export const IDLE_WARNING_MINUTES = 2;
const IDLE_MS = IDLE_MINUTES * 60_000;

/** Far more than any real set of answers; anything bigger is not ours. */
export const MAX_SAVED_LENGTH = 16_384;
const MAX_TRAIL = 200;

export function storageKey(flow: FlowCore): string {
  return `self-check:${flow.id}`;
}

export function serializeProgress(flow: FlowCore, progress: Progress, now: number): string {
  return JSON.stringify({ flow: flow.id, version: flow.version, answers: progress.answers, trail: progress.trail, savedAt: now });
}

// A saved trail always has the step on screen: an empty one was not saved by us.
const isTrail = (flow: FlowCore, value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.length <= MAX_TRAIL &&
  value.every((step) => step === 'review' || step === 'result' || (typeof step === 'string' && flow.screens.some((s) => s.id === step)));

export function parseProgress(flow: FlowCore, raw: string | null, now: number): LoadedProgress {
  if (raw === null || raw === '') return { status: 'none' };
  if (raw.length > MAX_SAVED_LENGTH) return { status: 'discarded', reason: 'tampered' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'unreadable' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { status: 'discarded', reason: 'tampered' };
  const { flow: flowId, version, answers, trail, savedAt } = json as Record<string, unknown>;
  if (flowId !== flow.id || typeof version !== 'string') return { status: 'discarded', reason: 'tampered' };
  if (version !== flow.version) return { status: 'discarded', reason: 'old-version' };
  // A time from the future (beyond a little clock drift) was not written by us.
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt > now + 60_000) return { status: 'discarded', reason: 'tampered' };
  if (now - savedAt > IDLE_MS) return { status: 'discarded', reason: 'expired' };
  if (!isTrail(flow, trail)) return { status: 'discarded', reason: 'tampered' };
  // Progress is only ever written by serializeProgress, with answers the machine took: text it would not
  // write for what was read was not saved by us. This also catches a key given twice, which JSON.parse
  // reads as the last one given, so `"emergency_signs":[…],"emergency_signs":[]` could drop a red flag.
  const parsed = parseAnswers(flow, answers);
  if (parsed === null || raw !== serializeProgress(flow, { answers: parsed, trail }, savedAt)) return { status: 'discarded', reason: 'tampered' };
  return { status: 'ok', answers: parsed, trail };
}
