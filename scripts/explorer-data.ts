import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Flow } from '@/lib/flow/flow-schema';
import { EXPLORER_DATA_FORMAT, fingerprint, flowFingerprint, parseExplorerData, type ExplorerData } from '@/lib/explorer/explorer-data';
import { stepGraph, type Transition } from '@/lib/explorer/flow-graph';
import { layoutGraph } from '@/lib/explorer/graph-layout';
import { exploreFlow, pathStats } from '@/lib/testing/flow-paths';
import { machineFor } from '@/lib/triage/run-machine';

/*
 * The explorer's data for one flow (lib/explorer/explorer-data.ts): the flow, its machine explored with
 * @xstate/graph exactly as `npm run flow:check` explores it, the figures that prints, the transitions
 * between steps, and the graph laid out with ELK. A script, not the page, because the exploration lives
 * with the test tools (lib/testing/, @xstate/graph) that production code may not import, and the layout
 * library (elkjs) is a build tool the browser never loads.
 *
 * The data is committed, beside the page that imports it (app/flows/[flowId]/_data/<flow>.json), as
 * public/fhir/ is: the page needs it to typecheck and lint, and a change to it shows in review. A stamp
 * in .cache/explorer/ records what it was made from, so the build makes it again only when the flow or
 * the code changed.
 */

const root = path.resolve(__dirname, '..');

/** Where a flow's explorer data is committed, from the project's root. */
export function explorerDataPath(flowId: string): string {
  return path.join('app', 'flows', '[flowId]', '_data', `${flowId}.json`);
}

function stampPath(flowId: string): string {
  return path.join('.cache', 'explorer', `${flowId}.stamp.json`);
}

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
function codeFingerprint(): string {
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

interface Timings {
  /** Exploring every path of the machine, in milliseconds. */
  readonly exploreMs: number;
  /** Laying the graph out with ELK, in milliseconds. */
  readonly layoutMs: number;
}

/** Makes a flow's explorer data: seconds of work, most of it exploring the machine. */
export async function buildExplorerData(flow: Flow): Promise<{ data: ExplorerData; timings: Timings }> {
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
  const data = parseExplorerData(
    {
      format: EXPLORER_DATA_FORMAT,
      flowId: flow.id,
      version: flow.version,
      flowFingerprint: flowFingerprint(flow),
      flow,
      paths: { states: stats.states, paths: stats.paths, byTier: stats.byTier, byOutcome: stats.byOutcome },
      transitions: steps.edges,
      layout,
    },
    `the explorer data just made for "${flow.id}"`,
  );
  return { data, timings: { exploreMs, layoutMs } };
}

/** The data as it is committed: the same input always gives the same text. */
export function explorerDataText(data: ExplorerData): string {
  return JSON.stringify(data, null, 2) + '\n';
}

interface Stamp {
  readonly flowFingerprint: string;
  readonly codeFingerprint: string;
  readonly timings: Timings;
}

/** The timings of the last make, if the committed data was made from this flow and this code. */
function current(flow: Flow, code: string): Timings | null {
  const file = path.join(root, explorerDataPath(flow.id));
  const stamp = path.join(root, stampPath(flow.id));
  if (!existsSync(file) || !existsSync(stamp)) return null;
  try {
    const made = JSON.parse(readFileSync(stamp, 'utf8')) as Stamp;
    const data = parseExplorerData(JSON.parse(readFileSync(file, 'utf8')), file);
    const flowPrint = flowFingerprint(flow);
    return made.codeFingerprint === code && made.flowFingerprint === flowPrint && data.flowFingerprint === flowPrint ? made.timings : null;
  } catch {
    return null;
  }
}

/** Writes a file aside and renames it into place, so a reader never sees half of it. */
function writeWhole(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, text);
  renameSync(aside, file);
}

/**
 * Makes a flow's explorer data unless the committed file was made from this flow and this code (`force`
 * makes it anyway), and writes it if it changed. What `npm run flow:explorer` runs for each flow.
 */
export async function writeExplorerData(
  flow: Flow,
  { force = false } = {},
): Promise<{ file: string; made: boolean; changed: boolean; timings: Timings | null }> {
  const code = codeFingerprint();
  const file = path.join(root, explorerDataPath(flow.id));
  const kept = force ? null : current(flow, code);
  if (kept) return { file, made: false, changed: false, timings: kept };
  const { data, timings } = await buildExplorerData(flow);
  const text = explorerDataText(data);
  const changed = !existsSync(file) || readFileSync(file, 'utf8') !== text;
  if (changed) writeWhole(file, text);
  const stamp: Stamp = { flowFingerprint: data.flowFingerprint, codeFingerprint: code, timings };
  writeWhole(path.join(root, stampPath(flow.id)), JSON.stringify(stamp) + '\n');
  return { file, made: true, changed, timings };
}
