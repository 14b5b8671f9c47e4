/**
 * npm run flow:check — loads every flow in every region (parsing checks references, reachability and
 * each region's words), explores every path of its machine, and prints the figures. Exits 1, naming
 * the bad path, if a flow is invalid in any region.
 */
import { FlowError } from '@/lib/flow/parse-flow';
import { RegionError } from '@/lib/flow/regions';
import { exploreFlow, pathStats } from '@/lib/testing/flow-paths';
import { machineFor } from '@/lib/triage/run-machine';

async function main() {
  // Imported here, not above: the registry checks the regions file as it loads, and a mistake there is
  // reported like any other below.
  const { flowIds, getFlow, regionIds } = await import('@/flows');
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
}

main().catch((error: unknown) => {
  // A mistake in a flow or region file is the answer a maintainer runs this for: its message alone,
  // which names the bad path, not under a stack trace. Anything else is a bug here, thrown as it is.
  if (!(error instanceof FlowError || error instanceof RegionError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
