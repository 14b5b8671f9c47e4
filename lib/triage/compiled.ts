import type { Condition } from '../flow/condition';
import type { FlowCore } from '../flow/flow-core';
import type { Rule } from '../flow/flow-schema';
import { stopsTheCheck } from '../flow/tiers';
import type { FactState, Patient } from '../screens';
import { compilerOf } from '../screens/compilers';
import { decisionFrom, type Decision } from './decide';
import { triageOutput, type FactReader, type TriageResult } from './result';

type Test = (state: FactState) => boolean;

/**
 * A flow compiled once into closures over arrays of flags, for the API and the CLI, which triage whole
 * patients at once: the same walk as the machine (each screen shown in turn, answered from the
 * patient's facts, ending as soon as an emergency rule fires, else at the rules' decision) without an
 * actor, a snapshot or a set of answers per step. The tests hold it to the machine on random patients
 * and on every path of the machine's graph.
 */
export interface CompiledTriage {
  /**
   * Where the patient ends up: the decision, the screens they saw, what was asked, and every rule that
   * fired on what they said (the decision's reasons are those of the most urgent tier among them).
   */
  decide(patient: Patient): {
    readonly decision: Decision;
    readonly fired: readonly Rule[];
    readonly path: readonly string[];
    readonly state: FactState;
  };
  /** The full result the API and the CLI answer. */
  run(patient: Patient): TriageResult;
}

export function compileTriage(flow: FlowCore): CompiledTriage {
  const findingIds = Object.keys(flow.findings);
  const factIds = Object.keys(flow.facts);
  const findingIndex = new Map(findingIds.map((id, i) => [id, i]));
  const factIndex = new Map(factIds.map((id, i) => [id, i]));

  const condition = (c: Condition): Test => {
    if ('finding' in c) {
      const at = findingIndex.get(c.finding)!;
      return (s) => s.yes[at] === 1;
    }
    if ('all' in c) {
      const parts = c.all.map(condition);
      return (s) => {
        for (const part of parts) if (!part(s)) return false;
        return true;
      };
    }
    if ('any' in c) {
      const parts = c.any.map(condition);
      return (s) => {
        for (const part of parts) if (part(s)) return true;
        return false;
      };
    }
    if ('not' in c) {
      const inner = condition(c.not);
      return (s) => !inner(s);
    }
    const at = factIndex.get(c.fact)!;
    if ('is' in c) return (s) => s.values[at] === c.is;
    // compare() of lib/flow/condition, with the bounds read once, at compile time: calling compare(c, v)
    // here made decide() 9% slower (npx tsx on scripts/bench/engine.ts's measureEngine, 3 runs each). The
    // tests hold this engine to the machine, which calls compare, on every path and on random patients.
    const { below, atMost, atLeast, moreThan } = c;
    return (s) => {
      const v = s.values[at];
      return (
        typeof v === 'number' &&
        (below === undefined || v < below) &&
        (atMost === undefined || v <= atMost) &&
        (atLeast === undefined || v >= atLeast) &&
        (moreThan === undefined || v > moreThan)
      );
    };
  };

  // The output's conditions (safety-net signs, advice), compiled on first use: the flow's own objects, so kept by identity.
  const tests = new Map<Condition, Test>();
  const compiledTest = (c: Condition): Test => {
    let test = tests.get(c);
    if (!test) tests.set(c, (test = condition(c)));
    return test;
  };

  const context = { finding: (id: string) => findingIndex.get(id)!, fact: (id: string) => factIndex.get(id)!, condition };
  const screens = flow.screens.map((screen) => ({
    id: screen.id,
    shown: screen.showIf && condition(screen.showIf),
    answer: compilerOf(screen).compile(screen, context),
  }));
  const rules = flow.rules.map((rule) => ({ rule, fires: condition(rule.when) }));
  const emergencies = rules.filter(({ rule }) => stopsTheCheck(rule));
  const outcomeOrder = Object.keys(flow.outcomes);

  function anyFires(list: typeof rules, state: FactState): boolean {
    for (const { fires } of list) if (fires(state)) return true;
    return false;
  }

  function decide(state: FactState): { decision: Decision; fired: Rule[] } {
    const fired: Rule[] = [];
    for (const { rule, fires } of rules) if (fires(state)) fired.push(rule);
    return { decision: decisionFrom(fired, outcomeOrder), fired };
  }

  function walk(patient: Patient) {
    const state: FactState = {
      given: new Uint8Array(findingIds.length),
      asked: new Uint8Array(findingIds.length),
      yes: new Uint8Array(findingIds.length),
      values: new Array(factIds.length),
    };
    for (const id of patient.findings) {
      const at = findingIndex.get(id);
      if (at !== undefined) state.given[at] = 1;
    }
    const path: string[] = [];
    for (const screen of screens) {
      if (screen.shown && !screen.shown(state)) continue;
      path.push(screen.id);
      screen.answer(state, patient);
      if (anyFires(emergencies, state)) break;
    }
    const { decision, fired } = decide(state);
    return { decision, fired, path, state };
  }

  function run(patient: Patient): TriageResult {
    const { decision, path, state } = walk(patient);
    const facts: FactReader = { has: (id) => state.yes[findingIndex.get(id)!] === 1, holds: (c) => compiledTest(c)(state) };
    const { extraAdvice: _advice, ...output } = triageOutput(flow, decision, facts, path);
    return {
      id: patient.id ?? null,
      ...output,
      screens: path.length,
      notAsked: patient.findings.filter((id) => state.asked[findingIndex.get(id)!] !== 1),
    };
  }

  return { decide: walk, run };
}
