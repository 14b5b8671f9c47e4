import { evaluate } from '../flow/condition';
import type { Facts } from '../flow/facts';
import type { FlowCore } from '../flow/flow-core';
import type { Rule } from '../flow/flow-schema';
import { tierRank, type TierName } from '../flow/tiers';

/** Rules that end the check as soon as they fire: every emergency rule, and any marked `endsCheck`. */
export function endsCheck(rule: Rule): boolean {
  return rule.tier === 'emergency' || rule.endsCheck === true;
}

export interface Decision {
  readonly tier: TierName;
  readonly outcome: string;
  /** The rules that decided the tier: those that fired at it (a rule that ended the check wins). */
  readonly reasons: readonly Rule[];
  /** Whether a rule that ends the check decided it. */
  readonly stopped: boolean;
}

/**
 * The most urgent rule that fired decides. When a rule that ends the check has fired, only such rules
 * count, so the under-16 rule is not overruled by anything asked before it except an emergency.
 */
export function decide(flow: FlowCore, facts: Facts): Decision {
  const fired = flow.rules.filter((rule) => evaluate(rule.when, facts));
  const stopping = fired.filter(endsCheck);
  const candidates = stopping.length > 0 ? stopping : fired;
  if (candidates.length === 0) return { tier: 'self_care', outcome: 'self_care', reasons: [], stopped: false };
  const top = Math.max(...candidates.map((rule) => tierRank(rule.tier)));
  const reasons = candidates.filter((rule) => tierRank(rule.tier) === top);
  const tier = reasons[0]!.tier;
  return { tier, outcome: reasons.find((rule) => rule.outcome)?.outcome ?? tier, reasons, stopped: stopping.length > 0 };
}
