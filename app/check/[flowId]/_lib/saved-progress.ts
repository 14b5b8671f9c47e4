import { parseAnswers, type Answers } from '@/lib/triage/answers';
import type { FlowCore } from '@/lib/flow/flow-core';

/*
 * Progress saved in the browser: the answers and the flow's version, nothing else. What comes back out
 * of storage is untrusted (another tab, an old version, a person editing it by hand), so it is parsed
 * here and anything that does not fit this flow exactly is discarded with a reason the person is told.
 */

interface SavedProgress {
  readonly flow: string;
  readonly version: string;
  readonly answers: Answers;
}

export type LoadedProgress =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly answers: Answers }
  | { readonly status: 'discarded'; readonly reason: 'unreadable' | 'old-version' | 'tampered' };

/** Far more than any real set of answers; anything bigger is not ours. */
export const MAX_SAVED_LENGTH = 16_384;

export function storageKey(flow: FlowCore): string {
  return `self-check:${flow.id}`;
}

export function serializeProgress(flow: FlowCore, answers: Answers): string {
  const saved: SavedProgress = { flow: flow.id, version: flow.version, answers };
  return JSON.stringify(saved);
}

export function parseProgress(flow: FlowCore, raw: string | null): LoadedProgress {
  if (raw === null) return { status: 'none' };
  if (raw.length > MAX_SAVED_LENGTH) return { status: 'discarded', reason: 'tampered' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'unreadable' };
  }
  if (typeof json !== 'object' || json === null) return { status: 'discarded', reason: 'tampered' };
  const { flow: flowId, version, answers, ...rest } = json as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || flowId !== flow.id || typeof version !== 'string') return { status: 'discarded', reason: 'tampered' };
  if (version !== flow.version) return { status: 'discarded', reason: 'old-version' };
  // Saved answers are always ones the machine took, so any it would not take were not saved by us.
  const parsed = parseAnswers(flow, answers);
  if (parsed === null || JSON.stringify(parsed) !== JSON.stringify(answers)) return { status: 'discarded', reason: 'tampered' };
  return { status: 'ok', answers: parsed };
}

export const DISCARD_NOTICES: Record<Extract<LoadedProgress, { status: 'discarded' }>['reason'], string> = {
  unreadable: 'We could not read the answers saved on this device, so we removed them and the check has started again.',
  'old-version': 'The questions have changed since you last used this check, so your earlier answers were removed and the check has started again.',
  tampered: 'The answers saved on this device did not match this check, so we removed them and the check has started again.',
};
