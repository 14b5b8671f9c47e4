/** The tiers, most urgent first. "See a healthcare professional" is the first three; self-care the last. */
export const TIERS = ['emergency', 'urgent', 'routine', 'self_care'] as const;
export type TierName = (typeof TIERS)[number];

/** Higher is more urgent, so `Math.max` picks the tier that wins. */
export function tierRank(tier: TierName): number {
  return TIERS.length - 1 - TIERS.indexOf(tier);
}
