import { parseFlow } from '../flow/parse-flow';
import { exploreFlow } from '../testing/flow-paths';
import { tinyFlow } from '../testing/tiny-flow';
import { machineFor } from '../triage/run-machine';
import { stepGraph } from './flow-graph';
import { layoutGraph, wrapLabel } from './graph-layout';

const flow = parseFlow(tinyFlow());
const explored = exploreFlow(flow, machineFor(flow));
const transitions = [...explored.nodes.values()].flatMap((node) =>
  [...node.next.keys()].map((key) => ({ from: node.snapshot.context.at, to: explored.nodes.get(key)!.snapshot.context.at })),
);
const graph = stepGraph(flow, transitions);

test('labels wrap at spaces', () => {
  expect(wrapLabel('Call your midwife or the maternity unit now', 18)).toEqual(['Call your midwife', 'or the maternity', 'unit now']);
  expect(wrapLabel('Supercalifragilistic word', 10)).toEqual(['Supercalifragilistic', 'word']);
});

describe('the layout', () => {
  let layout: Awaited<ReturnType<typeof layoutGraph>>;
  beforeAll(async () => {
    layout = await layoutGraph(graph);
  });

  test('places every step in a box inside the drawing, none overlapping another', () => {
    expect(layout.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  test('routes every edge from its step’s box to the next step’s box', () => {
    expect(layout.edges.map((e) => [e.from, e.to])).toEqual(graph.edges.map((e) => [e.from, e.to]));
    const box = new Map(layout.nodes.map((n) => [n.id, n]));
    const touches = (id: string, [x, y]: readonly [number, number]) => {
      const n = box.get(id)!;
      return x >= n.x - 0.5 && x <= n.x + n.width + 0.5 && y >= n.y - 0.5 && y <= n.y + n.height + 0.5;
    };
    for (const edge of layout.edges) {
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
      expect(touches(edge.from, edge.points[0]!)).toBe(true);
      expect(touches(edge.to, edge.points.at(-1)!)).toBe(true);
    }
  });

  test('says an outcome’s tier in words, and is the same every time', async () => {
    expect(layout.nodes.find((n) => n.id === 'self_care')!.lines).toEqual(['Home', '(self-care)']);
    expect(await layoutGraph(graph)).toEqual(layout);
  });
});
