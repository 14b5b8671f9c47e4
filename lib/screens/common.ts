import { optional } from 'zod/mini';
import { ConditionSchema } from '../flow/condition';
import { FactId, Text } from '../flow/primitives';

/** What every screen has, whatever its kind. */
export function screenCommon() {
  return {
    id: FactId(),
    question: Text(),
    hint: optional(Text()),
    /** Short title for the summary of answers and the printout ("Emergency signs"). */
    summaryLabel: Text(),
    /** The "Why we ask this" text. */
    why: optional(Text()),
    /** Asked only when this holds for what the person has said before it. */
    showIf: optional(ConditionSchema()),
  };
}
