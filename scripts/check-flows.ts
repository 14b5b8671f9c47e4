/**
 * npm run flow:check — loads every flow in every region (parsing checks references, reachability and
 * each region's words), explores every path of its machine, and prints the figures. Exits 1, naming
 * the bad path, if a flow is invalid in any region.
 */
import { flowIds, getFlow, regionIds } from '@/flows';
import { exploreFlow, pathStats } from '@/lib/testing/flow-paths';
import { machineFor } from '@/lib/triage/run-machine';

for (const id of flowIds()) {
  for (const region of regionIds()) getFlow(id, region);
  process.stdout.write(`${id}: valid in ${regionIds().length} regions (${regionIds().join(', ')}); the paths are the same in each\n`);
  const flow = getFlow(id)!;
  const started = performance.now();
  const stats = pathStats(flow, exploreFlow(flow, machineFor(flow)));
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `${id} ${flow.version}: ${flow.screens.length} screens, ${Object.keys(flow.findings).length} findings, ${flow.rules.length} rules\n` +
      `  ${stats.paths} paths through ${stats.states} states (explored in ${ms} ms)\n` +
      Object.entries(stats.byTier)
        .map(([tier, s]) => `  ${tier.padEnd(10)} ${String(s.paths).padStart(6)} paths, screens min ${s.minScreens} / median ${s.medianScreens} / max ${s.maxScreens}\n`)
        .join(''),
  );
}
