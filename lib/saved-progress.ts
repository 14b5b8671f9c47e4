import * as z from 'zod/mini';
import { readAnswers, type Answers } from './answers';
import type { Flow } from './flow-schema';

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

const AnswerSchema = z.union([
  z.array(z.string().check(z.maxLength(80))).check(z.maxLength(40)),
  z.enum(['yes', 'no', 'female', 'male']),
  z.number().check(z.int(), z.minimum(0), z.maximum(100_000)),
]);

const SavedSchema = z.strictObject({
  flow: z.string(),
  version: z.string(),
  answers: z.record(z.string().check(z.maxLength(80)), AnswerSchema),
});

export function storageKey(flow: Flow): string {
  return `self-check:${flow.id}`;
}

export function serializeProgress(flow: Flow, answers: Answers): string {
  const saved: SavedProgress = { flow: flow.id, version: flow.version, answers };
  return JSON.stringify(saved);
}

export function parseProgress(flow: Flow, raw: string | null): LoadedProgress {
  if (raw === null) return { status: 'none' };
  if (raw.length > MAX_SAVED_LENGTH) return { status: 'discarded', reason: 'tampered' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'unreadable' };
  }
  const parsed = SavedSchema.safeParse(json);
  if (!parsed.success) return { status: 'discarded', reason: 'tampered' };
  const { flow: flowId, version, answers } = parsed.data;
  // zod drops a "__proto__" key rather than fail on it; any key it drops was not saved by us.
  const rawKeys = Object.keys((json as { answers: object }).answers);
  if (rawKeys.length !== Object.keys(answers).length) return { status: 'discarded', reason: 'tampered' };
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
