import { evaluate } from '../flow/condition';
import type { Facts } from '../flow/facts';
import type { FlowCore } from '../flow/flow-core';
import type { Rule } from '../flow/flow-schema';
import { stopsTheCheck, tierRank, type TierName } from '../flow/tiers';

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

/**
 * The most urgent rule that fired decides the tier. Within a tier, rules may send the person to
 * different outcomes (an ambulance, A&E, the maternity unit): the one listed first in the flow's
 * outcomes wins, so a flow lists its outcomes most urgent first.
 */
export function decide(flow: FlowCore, facts: Facts): Decision {
  const fired = flow.rules.filter((rule) => evaluate(rule.when, facts));
  if (fired.length === 0) return { tier: 'self_care', outcome: 'self_care', reasons: [], stopped: false };
  const top = Math.max(...fired.map((rule) => tierRank(rule.tier)));
  const reasons = fired.filter((rule) => tierRank(rule.tier) === top);
  const tier = reasons[0]!.tier;
  const order = Object.keys(flow.outcomes);
  const outcome = reasons.map((rule) => rule.outcome ?? tier).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0]!;
  return { tier, outcome, reasons, stopped: stopsTheCheck({ tier }) };
}
