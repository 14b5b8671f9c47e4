/**
 * npm run flow:explorer [-- --force] — works out what the flow explorer (/flows/<id>) shows that takes
 * seconds: every path of each flow's machine, explored, counted and drawn. Writes
 * .cache/explorer/<flow>.json, and keeps a file that was made from the same flow and code (--force
 * makes it again). Runs before `npm run build` and `npm run dev`.
 */
import path from 'node:path';
import { flowIds, loadFlow } from '@/flows';
import { explorerDataFor } from './explorer-data';

async function main() {
  const force = process.argv.includes('--force');
  for (const id of flowIds()) {
    const flow = loadFlow(id);
    const { data, file, made } = await explorerDataFor(flow, { force });
    const where = path.relative(process.cwd(), file);
    if (!made) {
      process.stdout.write(`flow explorer: ${id} ${flow.version} is up to date (${where})\n`);
      continue;
    }
    const { exploreMs, layoutMs } = data.timings;
    process.stdout.write(
      `flow explorer: ${id} ${flow.version}: ${data.paths.paths} paths through ${data.paths.states} states explored in ${exploreMs} ms; ` +
        `${data.layout.nodes.length} steps and ${data.layout.edges.length} transitions laid out in ${layoutMs} ms (${where})\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`flow explorer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
