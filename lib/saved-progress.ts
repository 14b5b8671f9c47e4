import { optional, safeParse, strictObject, string } from 'zod/mini';
import { answerType } from './screen-form';
import { readAnswers, type Answers } from './answers';
import type { FlowCore } from './flow-core';

/*
 * Progress saved in the browser: the answers and the flow's version, nothing else. What comes back out
 * of storage is untrusted (another tab, an old version, a person editing it by hand), so it is parsed
 * here and anything that does not fit this flow exactly is discarded with a reason the person is told.
 */

export interface SavedProgress {
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

/** What storage may hold for a flow: its id and version, and an answer of the right type per screen. */
function savedSchema(flow: FlowCore) {
  const answers = Object.fromEntries(flow.screens.map((screen) => [screen.id, optional(answerType(screen))]));
  return strictObject({ flow: string(), version: string(), answers: strictObject(answers) });
}

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
  const parsed = safeParse(savedSchema(flow), json);
  if (!parsed.success) return { status: 'discarded', reason: 'tampered' };
  const { flow: flowId, version } = parsed.data;
  const answers = parsed.data.answers as Answers;
  if (flowId !== flow.id) return { status: 'discarded', reason: 'tampered' };
  if (version !== flow.version) return { status: 'discarded', reason: 'old-version' };
  // Saved answers are always the ones that count, so a key or value the flow would drop was not saved by us.
  const { kept } = readAnswers(flow, answers);
  if (JSON.stringify(kept) !== JSON.stringify(answers)) return { status: 'discarded', reason: 'tampered' };
  return { status: 'ok', answers };
}

export const DISCARD_NOTICES: Record<Extract<LoadedProgress, { status: 'discarded' }>['reason'], string> = {
  unreadable: 'We could not read the answers saved on this device, so we removed them and the check has started again.',
  'old-version': 'The questions have changed since you last used this check, so your earlier answers were removed and the check has started again.',
  tampered: 'The answers saved on this device did not match this check, so we removed them and the check has started again.',
};
