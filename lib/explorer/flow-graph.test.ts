import { parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import { edgesTaken, stepGraph, stepsTaken, successors } from './flow-graph';

const flow = parseFlow(tinyFlow());

test('a node per screen, "Check your answers" and outcome, in that order', () => {
  const graph = stepGraph(flow, []);
  expect(graph.nodes.map((n) => [n.id, n.kind, n.label])).toEqual([
    ['first', 'screen', '1. Emergency signs'],
    ['age', 'screen', '2. Age'],
    ['signs', 'screen', '3. Signs'],
    ['worse', 'screen', '4. Worse'],
    ['durationDays', 'screen', '5. How long'],
    ['review', 'review', 'Check your answers'],
    ['emergency', 'outcome', 'Call now'],
    ['urgent', 'outcome', 'Today'],
    ['routine', 'outcome', 'Book'],
    ['child', 'outcome', 'See a doctor'],
    ['self_care', 'outcome', 'Home'],
  ]);
  expect(graph.nodes.find((n) => n.id === 'child')!.tier).toBe('routine');
});

test('edges once each, in the order of their steps; an unknown step is an error', () => {
  const graph = stepGraph(flow, [
    { from: 'review', to: 'urgent' },
    { from: 'first', to: 'age' },
    { from: 'first', to: 'emergency' },
    { from: 'first', to: 'age' },
  ]);
  expect(graph.edges).toEqual([
    { from: 'first', to: 'age' },
    { from: 'first', to: 'emergency' },
    { from: 'review', to: 'urgent' },
  ]);
  expect(() => stepGraph(flow, [{ from: 'first', to: 'nowhere' }])).toThrow('"nowhere", which is not a step of flow "tiny"');
});

test('the text alternative: each step with where it can go next', () => {
  const graph = stepGraph(flow, [
    { from: 'first', to: 'age' },
    { from: 'first', to: 'emergency' },
  ]);
  const list = successors(graph);
  expect(list.map(({ node, next }) => [node.id, next.map((n) => n.id)])).toEqual([
    ['first', ['age', 'emergency']],
    ['age', []],
    ['signs', []],
    ['worse', []],
    ['durationDays', []],
    ['review', []],
  ]);
});

test('the steps a person took, and the edges between them', () => {
  expect(stepsTaken(['first'], 'emergency', true)).toEqual(['first', 'emergency']);
  expect(stepsTaken(['first', 'age'], 'child', false)).toEqual(['first', 'age', 'review', 'child']);
  expect(edgesTaken(['first', 'age', 'review', 'child'])).toEqual([
    { from: 'first', to: 'age' },
    { from: 'age', to: 'review' },
    { from: 'review', to: 'child' },
  ]);
});
