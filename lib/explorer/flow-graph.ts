import type { Flow } from '../flow/flow-schema';
import type { TierName } from '../flow/tiers';
import { REVIEW } from '../triage/next-step';

/*
 * The graph of a flow's steps: its screens, "Check your answers" and its outcomes, with an edge from one
 * step to another wherever the machine goes straight from the one to the other. The edges are not worked
 * out here: they come from exploring the machine (scripts/build-explorer.ts), so the graph shows what the
 * machine does, not what its author meant it to do.
 */

/** One step the machine went to straight from another. */
export interface Transition {
  readonly from: string;
  readonly to: string;
}

export type StepKind = 'screen' | 'review' | 'outcome';

export interface StepNode {
  readonly id: string;
  readonly kind: StepKind;
  /** What the graph and its text alternative call it: "3. Other symptoms", "Call 999 now". */
  readonly label: string;
  /** An outcome's tier. */
  readonly tier?: TierName;
}

export interface StepGraph {
  /** The screens in the order they are asked, then "Check your answers", then the outcomes. */
  readonly nodes: readonly StepNode[];
  /** In the order of their steps. */
  readonly edges: readonly Transition[];
}

export const REVIEW_LABEL = 'Check your answers';

/**
 * The graph's text size in px, which its layout (./graph-layout) sizes the boxes for: the SVG sets the
 * same. Here, not there, so the page drawing the graph never loads the layout library.
 */
export const GRAPH_FONT_SIZE = 15;

function stepNodes(flow: Flow): StepNode[] {
  return [
    ...flow.screens.map((screen, i): StepNode => ({ id: screen.id, kind: 'screen', label: `${i + 1}. ${screen.summaryLabel}` })),
    { id: REVIEW, kind: 'review', label: REVIEW_LABEL },
    ...Object.entries(flow.outcomes).map(([id, outcome]): StepNode => ({ id, kind: 'outcome', label: outcome.title, tier: outcome.tier })),
  ];
}

/** The graph of a flow's steps from the transitions its machine makes. Throws on a step the flow does not have. */
export function stepGraph(flow: Flow, transitions: readonly Transition[]): StepGraph {
  const nodes = stepNodes(flow);
  const order = new Map(nodes.map((node, i) => [node.id, i]));
  const seen = new Set<string>();
  const edges: Transition[] = [];
  for (const { from, to } of transitions) {
    for (const end of [from, to]) if (!order.has(end)) throw new Error(`the transition ${from} → ${to} names "${end}", which is not a step of flow "${flow.id}"`);
    const key = `${from}\n${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ from, to });
  }
  edges.sort((a, b) => order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!);
  return { nodes, edges };
}

/** For the text alternative: each step with the steps the machine can go to next from it. */
export function successors(graph: StepGraph): { readonly node: StepNode; readonly next: readonly StepNode[] }[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return graph.nodes
    .filter((node) => node.kind !== 'outcome')
    .map((node) => ({ node, next: graph.edges.filter((edge) => edge.from === node.id).map((edge) => byId.get(edge.to)!) }));
}

/**
 * The steps a person took: the screens they saw, then "Check your answers" unless an emergency rule
 * ended the check early, then the outcome.
 */
export function stepsTaken(path: readonly string[], outcome: string, stopped: boolean): string[] {
  return [...path, ...(stopped ? [] : [REVIEW]), outcome];
}

/** The edges between consecutive steps. */
export function edgesTaken(steps: readonly string[]): Transition[] {
  return steps.slice(1).map((to, i) => ({ from: steps[i]!, to }));
}

export function edgeKey(edge: Transition): string {
  return `${edge.from}→${edge.to}`;
}
