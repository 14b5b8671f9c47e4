import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { TierName } from '../flow/tiers';
import { GRAPH_FONT_SIZE, type StepGraph, type StepKind } from './flow-graph';

/*
 * Lays a flow's step graph out with ELK's layered algorithm (the Sugiyama method: steps in layers from
 * top to bottom, crossings minimised, edges routed at right angles) and returns plain geometry for an
 * SVG. It runs when the explorer's data is built, never in a browser. Text is measured by an estimate,
 * as there is no browser to measure it: each line is sized for a wide sans-serif font.
 */

const LINE_HEIGHT = 20;
const PADDING_X = 14;
const PADDING_Y = 10;
/** Wider than most sans-serif fonts' average, so a label never overflows its box. */
const CHAR_WIDTH = 0.6 * GRAPH_FONT_SIZE;
const WRAP_AT = 18;

interface LaidOutNode {
  readonly id: string;
  readonly kind: StepKind;
  readonly tier?: TierName;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The label, wrapped. */
  readonly lines: readonly string[];
}

interface LaidOutEdge {
  readonly from: string;
  readonly to: string;
  /** Start, bends and end, in order. */
  readonly points: readonly (readonly [number, number])[];
}

export interface LaidOutGraph {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}

/** Breaks a label into lines of at most `width` characters, at spaces (a longer word keeps a line of its own). */
export function wrapLabel(label: string, width = WRAP_AT): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const round = (n: number) => Math.round(n * 10) / 10;

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.padding': '[top=12,left=12,bottom=12,right=12]',
  'elk.spacing.nodeNode': '18',
  'elk.spacing.edgeNode': '12',
  'elk.spacing.edgeEdge': '10',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
  // Keep the flow's order of screens and outcomes where crossings allow: the graph reads like the list.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
};

/** Lays the graph out. The same graph always gets the same layout. */
export async function layoutGraph(graph: StepGraph): Promise<LaidOutGraph> {
  const labels = new Map(
    graph.nodes.map((node) => {
      const lines = wrapLabel(node.label);
      // An outcome says its tier in words too: colour is never the only sign of urgency.
      return [node.id, node.tier ? [...lines, `(${node.tier.replace('_', '-')})`] : lines];
    }),
  );
  const children: ElkNode[] = graph.nodes.map((node) => {
    const lines = labels.get(node.id)!;
    return {
      id: node.id,
      width: Math.ceil(Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH + 2 * PADDING_X),
      height: lines.length * LINE_HEIGHT + 2 * PADDING_Y,
    };
  });
  const edges: ElkExtendedEdge[] = graph.edges.map((edge, i) => ({ id: `e${i}`, sources: [edge.from], targets: [edge.to] }));
  const elk = new ELK();
  const root: ElkNode = { id: 'root', layoutOptions: LAYOUT_OPTIONS, children, edges };
  const laid = await elk.layout(root);
  const placed = new Map((laid.children ?? []).map((child) => [child.id, child]));
  const routes = new Map((laid.edges ?? []).map((edge) => [edge.id, edge]));
  return {
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    nodes: graph.nodes.map((node) => {
      const box = placed.get(node.id)!;
      return {
        id: node.id,
        kind: node.kind,
        ...(node.tier && { tier: node.tier }),
        x: round(box.x ?? 0),
        y: round(box.y ?? 0),
        width: round(box.width ?? 0),
        height: round(box.height ?? 0),
        lines: labels.get(node.id)!,
      };
    }),
    edges: graph.edges.map((edge, i) => {
      const section = routes.get(`e${i}`)?.sections?.[0];
      if (!section) throw new Error(`ELK gave no route for ${edge.from} → ${edge.to}`);
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => [round(p.x), round(p.y)] as const);
      return { from: edge.from, to: edge.to, points };
    }),
  };
}
