import { evaluate, type Facts } from './condition';
import type { FlowCore } from './flow-core';
import type { Rule, Tier } from './flow-schema';
import { tierRank } from './tiers';

/** Rules that end the check as soon as they fire: every emergency rule, and any marked `endsCheck`. */
export function endsCheck(rule: Rule): boolean {
  return rule.tier === 'emergency' || rule.endsCheck === true;
}

/** Stop rules in the order the machine tries them: most urgent tier first, then as written. */
export function stopRules(flow: FlowCore): Rule[] {
  return flow.rules.filter(endsCheck).sort((a, b) => tierRank(b.tier) - tierRank(a.tier));
}

export function firedRules(flow: FlowCore, facts: Facts): Rule[] {
  return flow.rules.filter((rule) => evaluate(rule.when, facts));
}

export interface Decision {
  readonly tier: Tier;
  readonly outcome: string;
  /** The rules that decided the tier: those that fired at it (a rule that ended the check wins). */
  readonly reasons: readonly Rule[];
}

/**
 * The most urgent rule that fired decides. When a rule that ends the check has fired, only such rules
 * count, so the under-16 rule is not overruled by anything asked before it except an emergency.
 */
export function decide(flow: FlowCore, facts: Facts): Decision {
  const fired = firedRules(flow, facts);
  const stopping = fired.filter(endsCheck);
  const candidates = stopping.length > 0 ? stopping : fired;
  if (candidates.length === 0) return { tier: 'self_care', outcome: 'self_care', reasons: [] };
  const top = Math.max(...candidates.map((rule) => tierRank(rule.tier)));
  const reasons = candidates.filter((rule) => tierRank(rule.tier) === top);
  const tier = reasons[0]!.tier;
  return { tier, outcome: reasons.find((rule) => rule.outcome)?.outcome ?? tier, reasons };
}

/** The seed's causes that the answers point to, with the findings that point to each. */
export function suggestedCauses(flow: FlowCore, facts: Facts) {
  return flow.causes
    .map((cause) => ({ cause, findings: cause.suggestedBy.filter((id) => facts.findings.has(id)) }))
    .filter(({ findings }) => findings.length > 0);
}
