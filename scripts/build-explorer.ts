/**
 * npm run flow:explorer [-- --force] — works out what the flow explorer (/flows/<id>) shows that takes
 * seconds: every path of each flow's machine, explored, counted and drawn. Writes
 * .cache/explorer/<flow>.json, and keeps a file that was made from the same flow and code (--force
 * makes it again). Runs before `npm run build` and `npm run dev`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { flowIds, loadFlow } from '@/flows';
import { explorerDataPath, flowFingerprint, parseExplorerData } from '@/lib/explorer/explorer-data';
import { buildExplorerData, codeFingerprint } from './explorer-data';

const root = path.resolve(__dirname, '..');

function upToDate(file: string, flowPrint: string, codePrint: string): boolean {
  if (!existsSync(file)) return false;
  try {
    const data = parseExplorerData(JSON.parse(readFileSync(file, 'utf8')), file);
    return data.flowFingerprint === flowPrint && data.codeFingerprint === codePrint;
  } catch {
    return false;
  }
}

async function main() {
  const force = process.argv.includes('--force');
  const code = codeFingerprint();
  for (const id of flowIds()) {
    const flow = loadFlow(id);
    const file = path.join(root, explorerDataPath(id));
    if (!force && upToDate(file, flowFingerprint(flow), code)) {
      process.stdout.write(`flow explorer: ${id} ${flow.version} is up to date (${path.relative(root, file)})\n`);
      continue;
    }
    const data = await buildExplorerData(flow, code);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data) + '\n');
    const { exploreMs, layoutMs } = data.timings;
    process.stdout.write(
      `flow explorer: ${id} ${flow.version}: ${data.paths.paths} paths through ${data.paths.states} states explored in ${exploreMs} ms; ` +
        `${data.layout.nodes.length} steps and ${data.layout.edges.length} transitions laid out in ${layoutMs} ms (${path.relative(root, file)})\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`flow explorer: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
