import { exploreFlow, lengthStats, pathStats, type TierStats } from '@/lib/testing/flow-paths';
import type { Flow } from '@/lib/flow/flow-schema';
import type { TierName as Tier } from '@/lib/flow/tiers';
import type { Patient } from '@/lib/triage/patient';
import { machineFor } from '@/lib/triage/run-machine';
import { runTriage } from '@/lib/triage/run-triage';

export interface ScreensResult {
  readonly allPaths: { readonly paths: number; readonly states: number; readonly byTier: Partial<Record<Tier, TierStats>> };
  readonly typicalPatients: { readonly patients: number; readonly byTier: Partial<Record<Tier, TierStats>> };
}

/** counts[n] = how many of the lengths are n. */
function histogram(lengths: number[]): number[] {
  const counts: number[] = [];
  for (const n of lengths) counts[n] = (counts[n] ?? 0) + 1;
  return counts;
}

/** Screens to outcome over every path of the machine, and over a fixed set of typical patients. */
export function measureScreens(flow: Flow, typical: readonly Patient[]): ScreensResult {
  const stats = pathStats(flow, exploreFlow(flow, machineFor(flow)));
  const lengths: Partial<Record<Tier, number[]>> = {};
  for (const patient of typical) {
    const result = runTriage(flow, patient);
    (lengths[result.level] ??= []).push(result.screens);
  }
  return {
    allPaths: { paths: stats.paths, states: stats.states, byTier: stats.byTier },
    typicalPatients: {
      patients: typical.length,
      byTier: Object.fromEntries(Object.entries(lengths).map(([tier, l]) => [tier, lengthStats(histogram(l!))])),
    },
  };
}
