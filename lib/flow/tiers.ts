/** The tiers, most urgent first. "See a healthcare professional" is the first three; self-care the last. */
export const TIERS = ['emergency', 'urgent', 'routine', 'self_care'] as const;
export type TierName = (typeof TIERS)[number];

/** Higher is more urgent, so `Math.max` picks the tier that wins. */
export function tierRank(tier: TierName): number {
  return TIERS.length - 1 - TIERS.indexOf(tier);
}

/**
 * Where the check ends when no rule fires: this tier, and the flow's outcome of the same id (check-flow
 * requires one per tier). Finding nothing to act on is self-care. The engine, the compiled engine, the
 * flow's checks and the explorer all read this one constant.
 */
export const NO_RULE_FIRED = 'self_care' satisfies TierName;

/**
 * A rule that ends the check as soon as it fires, on the answers given so far, without asking the rest:
 * only the most urgent tier, because nothing asked later could call for more. The engine, the compiled
 * engine and the flow's static checks all read this one predicate.
 */
export function stopsTheCheck(rule: { readonly tier: TierName }): boolean {
  return rule.tier === TIERS[0];
}
