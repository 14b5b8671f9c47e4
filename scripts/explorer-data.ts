import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Flow } from '@/lib/flow/flow-schema';
import { EXPLORER_DATA_FORMAT, explorerDataPath, fingerprint, flowFingerprint, parseExplorerData, type ExplorerData } from '@/lib/explorer/explorer-data';
import { stepGraph, type Transition } from '@/lib/explorer/flow-graph';
import { layoutGraph } from '@/lib/explorer/graph-layout';
import { exploreFlow, pathStats } from '@/lib/testing/flow-paths';
import { machineFor } from '@/lib/triage/run-machine';

/*
 * The explorer's build-time data for one flow (lib/explorer/explorer-data.ts): its machine explored with
 * @xstate/graph exactly as `npm run flow:check` explores it, the figures that prints, the transitions
 * between steps, and the graph laid out with ELK. A script, not the page, because the exploration lives
 * with the test tools (lib/testing/, @xstate/graph) that production code may not import.
 */

const root = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const at = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(at);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [at] : [];
    })
    .sort();
}

/**
 * The fingerprint of the code the data depends on: the engine and the explorer (all of lib/), this
 * file, and the layout library's version. A change to any of them makes the data again.
 */
export function codeFingerprint(): string {
  const files = [...sources('lib'), path.join('scripts', 'explorer-data.ts')];
  const elk = JSON.parse(readFileSync(path.join(root, 'node_modules', 'elkjs', 'package.json'), 'utf8')).version as string;
  return fingerprint([`elkjs@${elk}`, ...files.map((file) => `${file}\n${readFileSync(path.join(root, file), 'utf8')}`)].join('\n'));
}

/** Where the machine goes straight from one step to another, over every explored state. */
function transitionsOf(graph: ReturnType<typeof exploreFlow>): Transition[] {
  const seen = new Map<string, Transition>();
  for (const node of graph.nodes.values()) {
    for (const key of node.next.keys()) {
      const edge = { from: node.snapshot.context.at, to: graph.nodes.get(key)!.snapshot.context.at };
      seen.set(`${edge.from}\n${edge.to}`, edge);
    }
  }
  return [...seen.values()];
}

export async function buildExplorerData(flow: Flow, code = codeFingerprint()): Promise<ExplorerData> {
  const exploring = performance.now();
  const graph = exploreFlow(flow, machineFor(flow));
  const stats = pathStats(flow, graph);
  const transitions = transitionsOf(graph);
  const exploreMs = Math.round(performance.now() - exploring);
  const laying = performance.now();
  const steps = stepGraph(flow, transitions);
  const layout = await layoutGraph(steps);
  const layoutMs = Math.round(performance.now() - laying);
  // Checked as the page will read it, so a mistake here fails the build, not a page.
  return parseExplorerData({
    format: EXPLORER_DATA_FORMAT,
    flowId: flow.id,
    version: flow.version,
    flowFingerprint: flowFingerprint(flow),
    codeFingerprint: code,
    timings: { exploreMs, layoutMs },
    paths: { states: stats.states, paths: stats.paths, byTier: stats.byTier, byOutcome: stats.byOutcome },
    transitions: steps.edges,
    layout,
  }, `the explorer data just made for "${flow.id}"`);
}

/** The data kept for a flow, if it was made from this flow and this code. */
function kept(file: string, flow: Flow, code: string): ExplorerData | null {
  if (!existsSync(file)) return null;
  try {
    const data = parseExplorerData(JSON.parse(readFileSync(file, 'utf8')), file);
    return data.flowFingerprint === flowFingerprint(flow) && data.codeFingerprint === code ? data : null;
  } catch {
    return null;
  }
}

/**
 * The explorer data for a flow: the kept file when it was made from this flow and code, else made now
 * and kept (`force` makes it anyway). What the build runs, and what the page's tests read.
 */
export async function explorerDataFor(flow: Flow, { force = false } = {}): Promise<{ data: ExplorerData; file: string; made: boolean }> {
  const code = codeFingerprint();
  const file = path.join(root, explorerDataPath(flow.id));
  const found = force ? null : kept(file, flow, code);
  if (found) return { data: found, file, made: false };
  const data = await buildExplorerData(flow, code);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside and renamed into place, so a reader never sees half a file.
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, JSON.stringify(data) + '\n');
  renameSync(aside, file);
  return { data, file, made: true };
}
