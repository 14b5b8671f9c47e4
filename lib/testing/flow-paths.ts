import { getAdjacencyMap } from '@xstate/graph';
import { allConditions } from '../flow/check-flow';
import { compare, evaluate, isNumberCondition, type Condition, type NumberCondition } from '../flow/condition';
import type { Flow } from '../flow/flow-schema';
import { tierRank, type TierName } from '../flow/tiers';
import { toolsOf } from '../screens';
import { readAnswers, shownNow } from '../triage/answers';
import { currentScreen, type TriageEvent, type TriageInput, type TriageMachine, type TriageSnapshot } from '../triage/machine';

/*
 * Every path through a flow's machine, explored with @xstate/graph.
 *
 * How the paths are generated. From each screen the test events are the answers its kind's `probes`
 * give: for a checklist every subset of the items shown; yes, no and I'm not sure; each value of a
 * choice and each option of a range; for a number, the fact's min and max and the whole numbers
 * either side of each threshold any condition compares it with.
 * The machine's states hold every answer, so two people who differ only in answers no rule or screen
 * reads would be counted as different states forever. The traversal therefore identifies a snapshot by
 * what can still change the outcome: the screen it is on, the rules and screen conditions not yet
 * settled (reduced by what is already known), and the most urgent tier already certain with its
 * outcomes. Two snapshots with the same identity behave the same from there on, so the graph is exact
 * for outcomes, and small. An oracle checked against the flow adds its own entries to the identity. A path is a route through that
 * graph from the first screen to an outcome; edges that lead to the same state count once.
 */

type Truth = boolean | undefined;

/** Evaluates what is known and leaves the rest: a condition reduced to what is still open. */
function reduce(condition: Condition, known: (c: Condition) => Condition | Truth): Condition | boolean {
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const parts = (isAll ? condition.all : condition.any).map((c) => reduce(c, known));
    if (parts.includes(!isAll)) return !isAll;
    const open = parts.filter((p): p is Condition => typeof p !== 'boolean');
    if (open.length === 0) return isAll;
    if (open.length === 1) return open[0]!;
    return isAll ? { all: open } : { any: open };
  }
  if ('not' in condition) {
    const inner = reduce(condition.not, known);
    return typeof inner === 'boolean' ? !inner : { not: inner };
  }
  return known(condition) ?? condition;
}

export interface FlowGraphNode {
  readonly key: string;
  readonly snapshot: TriageSnapshot;
  /** Successor keys, each with one event that leads there. */
  readonly next: ReadonlyMap<string, TriageEvent>;
}

export interface FlowGraph {
  readonly root: string;
  readonly nodes: ReadonlyMap<string, FlowGraphNode>;
}

/** The test events for the screen a snapshot is on (see the note at the top of this file). */
export function testEvents(flow: Flow, snapshot: TriageSnapshot): TriageEvent[] {
  if (snapshot.status === 'done') return [];
  const at = currentScreen(snapshot);
  if (at === null) return [{ type: 'CONFIRM' }];
  const { screen } = shownNow(flow, readAnswers(flow, snapshot.context.answers), at)!;
  const probes = toolsOf(screen).probes(screen, { flow, conditions: allConditions(flow) });
  return probes.map((value) => ({ type: 'ANSWER', screen: at, value }));
}

/** A number condition's comparisons, one by one. */
function comparisons(c: NumberCondition): NumberCondition[] {
  return (['below', 'atMost', 'atLeast', 'moreThan'] as const)
    .filter((op) => c[op] !== undefined)
    .map((op) => ({ fact: c.fact, [op]: c[op] }));
}

/** A comparison that holds, or fails, for every value the fact allows is settled before it is asked. */
function withinRange(flow: Flow, c: NumberCondition): Truth {
  const fact = flow.facts[c.fact];
  if (fact?.kind !== 'number') return undefined;
  let all: Truth = true;
  for (const one of comparisons(c)) {
    const atMin = compare(one, fact.min);
    const atMax = compare(one, fact.max);
    if (!atMin && !atMax) return false;
    if (atMin !== atMax) all = undefined;
  }
  return all;
}

/**
 * Something that decides a tier from what a person said: a flow's rule, or an oracle's entry the
 * traversal is asked to keep track of as well (so the graph is exact for the oracle too).
 */
export interface Judge {
  readonly tier: TierName;
  readonly outcome?: string;
  readonly when: Condition;
}

/** What is settled and what is still open among some judges: the most urgent certain tier and its outcomes, and the open conditions that could still outrank it. */
function judgement(judges: readonly Judge[], known: (c: Condition) => Condition | Truth) {
  const reduced = judges.map((judge) => [judge, reduce(judge.when, known)] as const);
  const certain = reduced.filter(([, r]) => r === true).map(([judge]) => judge);
  const top = Math.max(-1, ...certain.map((judge) => tierRank(judge.tier)));
  const outcomes = [...new Set(certain.filter((judge) => tierRank(judge.tier) === top).map((judge) => judge.outcome ?? ''))].sort();
  // A judge below a tier already certain cannot change where the check ends.
  const open = reduced.flatMap(([judge, r], i) => (typeof r !== 'boolean' && tierRank(judge.tier) >= top ? [[i, r]] : []));
  return [top, outcomes, open];
}

/** The identity of a snapshot for the traversal: what can still change where it ends, for the flow and for any extra judges. */
export function stateKey(flow: Flow, snapshot: TriageSnapshot, extra: readonly Judge[] = []): string {
  const { facts } = readAnswers(flow, snapshot.context.answers);
  const screenId = currentScreen(snapshot);
  // At "Check your answers" and at an outcome everything is known: what remains is where it ends.
  if (screenId === null) return JSON.stringify([snapshot.value, judgement(flow.rules, (c) => evaluate(c, facts)), judgement(extra, (c) => evaluate(c, facts))]);

  const index = flow.screens.findIndex((s) => s.id === screenId);
  const askedAt = askedIndex(flow);
  const fixed = (id: string) => (askedAt.get(id) ?? Infinity) < index;
  const known = (c: Condition): Condition | Truth => {
    if ('finding' in c) return fixed(c.finding) ? facts.findings.has(c.finding) : undefined;
    if (!('fact' in c)) return undefined;
    if (fixed(c.fact)) return evaluate(c, facts);
    return isNumberCondition(c) ? withinRange(flow, c) : undefined;
  };
  const visibility = flow.screens.slice(index).flatMap((s) => [
    [s.id, s.showIf ? reduce(s.showIf, known) : true],
    ...(s.kind === 'checklist' ? s.items.map((i) => [`${s.id}.${i.finding}`, i.showIf ? reduce(i.showIf, known) : true]) : []),
  ]);
  return JSON.stringify([screenId, judgement(flow.rules, known), judgement(extra, known), visibility]);
}

const askedIndexes = new WeakMap<Flow, Map<string, number>>();
function askedIndex(flow: Flow): Map<string, number> {
  let map = askedIndexes.get(flow);
  if (!map) {
    map = new Map();
    for (const [index, screen] of flow.screens.entries()) for (const id of toolsOf(screen).asks(screen)) map.set(id, index);
    askedIndexes.set(flow, map);
  }
  return map;
}

/**
 * Explores every reachable state of a flow's machine with @xstate/graph's adjacency map. Pass the
 * entries of an independent oracle as `extra` to check the flow against it: people the flow treats
 * alike but the oracle does not are then kept apart.
 */
export function exploreFlow(flow: Flow, machine: TriageMachine, extra: readonly Judge[] = []): FlowGraph {
  // @xstate/graph keys each state once, and the edges below key the same states again: remember them.
  const keys = new WeakMap<TriageSnapshot, string>();
  const key = (snapshot: TriageSnapshot) => {
    let k = keys.get(snapshot);
    if (k === undefined) keys.set(snapshot, (k = stateKey(flow, snapshot, extra)));
    return k;
  };
  const adjacency = getAdjacencyMap<TriageSnapshot, TriageEvent, TriageInput>(machine, {
    events: (snapshot: TriageSnapshot) => testEvents(flow, snapshot),
    serializeState: key,
    input: {},
  });
  const nodes = new Map<string, FlowGraphNode>();
  let root: string | undefined;
  for (const [k, { state: snapshot, transitions }] of Object.entries(adjacency)) {
    root ??= k;
    const next = new Map<string, TriageEvent>();
    // The map's keys are branded strings, which Object.values cannot see through.
    const steps = Object.values(transitions) as { event: TriageEvent; state: TriageSnapshot }[];
    for (const { event, state: after } of steps) {
      const nextKey = key(after);
      if (nextKey !== k && !next.has(nextKey)) next.set(nextKey, event);
    }
    nodes.set(k, { key: k, snapshot, next });
  }
  return { root: root!, nodes };
}

export interface TierStats {
  readonly paths: number;
  readonly minScreens: number;
  readonly medianScreens: number;
  readonly maxScreens: number;
}

export interface PathStats {
  readonly states: number;
  readonly paths: number;
  readonly byOutcome: Readonly<Record<string, TierStats>>;
  readonly byTier: Readonly<Partial<Record<TierName, TierStats>>>;
}

/** Counts the paths from the first screen to each outcome, and how many screens each shows. */
export function pathStats(flow: Flow, graph: FlowGraph): PathStats {
  // lengths.get(key)[n] = number of paths from the root that reach `key` after n screens.
  const order = topologicalOrder(graph);
  const lengths = new Map<string, number[]>([[graph.root, [1]]]);
  for (const key of order) {
    const here = lengths.get(key) ?? [];
    // Counted in questions: leaving "Check your answers" is a step, not a question.
    const step = currentScreen(graph.nodes.get(key)!.snapshot) === null ? 0 : 1;
    for (const nextKey of graph.nodes.get(key)!.next.keys()) {
      const there = lengths.get(nextKey) ?? [];
      here.forEach((count, n) => (there[n + step] = (there[n + step] ?? 0) + count));
      lengths.set(nextKey, there);
    }
  }
  const byOutcome: Record<string, number[]> = {};
  for (const node of graph.nodes.values()) {
    if (node.snapshot.status !== 'done') continue;
    const outcome = String(node.snapshot.value);
    const acc = (byOutcome[outcome] ??= []);
    (lengths.get(node.key) ?? []).forEach((count, n) => (acc[n] = (acc[n] ?? 0) + (count ?? 0)));
  }
  const byTier: Partial<Record<TierName, number[]>> = {};
  for (const [outcome, counts] of Object.entries(byOutcome)) {
    const acc = (byTier[flow.outcomes[outcome]!.tier] ??= []);
    counts.forEach((count, n) => (acc[n] = (acc[n] ?? 0) + (count ?? 0)));
  }
  const outcomeStats = Object.fromEntries(Object.entries(byOutcome).map(([k, v]) => [k, lengthStats(v)]));
  return {
    states: graph.nodes.size,
    paths: Object.values(outcomeStats).reduce((a, s) => a + s.paths, 0),
    byOutcome: outcomeStats,
    byTier: Object.fromEntries(Object.entries(byTier).map(([k, v]) => [k, lengthStats(v)])),
  };
}

/** Min, (lower) median and max screens, from counts[n] = how many paths show n screens. */
export function lengthStats(counts: readonly (number | undefined)[]): TierStats {
  const total = counts.reduce<number>((a, b) => a + (b ?? 0), 0);
  const present = counts.flatMap((c, n) => (c ? [n] : []));
  let seen = 0;
  let median = 0;
  for (const [n, c] of counts.entries()) {
    seen += c ?? 0;
    if (seen * 2 >= total) { median = n; break; }
  }
  return { paths: total, minScreens: present[0] ?? 0, medianScreens: median, maxScreens: present.at(-1) ?? 0 };
}

/** Keys in an order where every edge points forward; throws if the graph has a cycle. */
export function topologicalOrder(graph: FlowGraph): string[] {
  const order: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (key: string) => {
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'open') throw new Error(`the flow graph has a cycle through ${key}`);
    state.set(key, 'open');
    for (const next of graph.nodes.get(key)!.next.keys()) visit(next);
    state.set(key, 'done');
    order.push(key);
  };
  visit(graph.root);
  return order.reverse();
}
