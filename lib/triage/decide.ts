import { evaluate } from '../flow/condition';
import type { Facts } from '../flow/facts';
import type { FlowCore } from '../flow/flow-core';
import type { Rule } from '../flow/flow-schema';
import { NO_RULE_FIRED, stopsTheCheck, tierRank, type TierName } from '../flow/tiers';

export interface Decision {
  readonly tier: TierName;
  readonly outcome: string;
  /** The rules that decided the tier: those that fired at it. */
  readonly reasons: readonly Rule[];
  /** Whether an emergency rule decided it: the check ends as soon as one fires. */
  readonly stopped: boolean;
}

/** Whether an emergency rule fires on what is known: the check ends as soon as one does. */
export function emergencyFires(flow: FlowCore, facts: Facts): boolean {
  return flow.rules.some((rule) => stopsTheCheck(rule) && evaluate(rule.when, facts));
}

/** The decision on these facts: see decisionFrom. */
export function decide(flow: FlowCore, facts: Facts): Decision {
  return decisionFrom(
    flow.rules.filter((rule) => evaluate(rule.when, facts)),
    Object.keys(flow.outcomes),
  );
}

/**
 * The decision from the rules that fired, for the machine (decide) and the compiled engine alike. The
 * most urgent rule that fired decides the tier; none: NO_RULE_FIRED. Within a tier, rules may send the
 * person to different outcomes (an ambulance, A&E, the maternity unit): the one listed first in the
 * flow's outcomes (`outcomeOrder`) wins, so a flow lists its outcomes most urgent first.
 */
export function decisionFrom(fired: readonly Rule[], outcomeOrder: readonly string[]): Decision {
  if (fired.length === 0) return { tier: NO_RULE_FIRED, outcome: NO_RULE_FIRED, reasons: [], stopped: false };
  const top = Math.max(...fired.map((rule) => tierRank(rule.tier)));
  const reasons = fired.filter((rule) => tierRank(rule.tier) === top);
  const tier = reasons[0]!.tier;
  const outcome = reasons.map((rule) => rule.outcome ?? tier).sort((a, b) => outcomeOrder.indexOf(a) - outcomeOrder.indexOf(b))[0]!;
  return { tier, outcome, reasons, stopped: stopsTheCheck({ tier }) };
}
