/**
 * npm run flow:explorer [-- --force] — makes what the flow explorer (/flows/<id>) shows and takes seconds
 * to work out: every path of each flow's machine, explored, counted and drawn (scripts/explorer-data.ts).
 * Writes app/flows/[flowId]/_data/<flow>.json when it changed, and skips a flow whose data was made
 * from the same flow and code (--force makes it again). A step of `npm run build` and `npm run dev`.
 */
import path from 'node:path';
import { flowIds, loadFlow } from '@/flows';
import { writeExplorerData } from './explorer-data';

async function main() {
  const force = process.argv.includes('--force');
  for (const id of flowIds()) {
    const flow = loadFlow(id);
    const { file, made, changed, timings } = await writeExplorerData(flow, { force });
    const where = path.relative(process.cwd(), file);
    if (!made) {
      process.stdout.write(`flow explorer: ${id} ${flow.version} is up to date (${where})\n`);
      continue;
    }
    process.stdout.write(
      `flow explorer: ${id} ${flow.version}: machine explored in ${timings!.exploreMs} ms, graph laid out in ${timings!.layoutMs} ms; ` +
        `${changed ? 'wrote' : 'no change to'} ${where}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`flow explorer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
