import fc from 'fast-check';
import { thresholds } from '../flow/condition';
import type { Flow } from '../flow/flow-schema';
import type { Patient } from '../screens';

/**
 * Random patients for a flow, for property tests and benchmarks: any value its facts allow, numbers
 * weighted towards the values its rules compare with, and any set of its findings.
 */
export function patientArbitrary(flow: Flow, maxFindings = 12): fc.Arbitrary<Patient> {
  const facts = Object.entries(flow.facts).flatMap(([id, fact]): [string, fc.Arbitrary<unknown>][] => {
    if (fact.optional) return [];
    if (fact.kind === 'choice') return [[id, fc.constantFrom(...fact.values)]];
    const edges = flow.rules.flatMap((rule) => thresholds(rule.when, id));
    const near = [...new Set(edges.flatMap((t) => [Math.floor(t) - 1, Math.floor(t), Math.ceil(t)]))].filter(
      (v) => v >= fact.min && v <= fact.max,
    );
    return [[id, fc.oneof(fc.integer({ min: fact.min, max: fact.max }), fc.constantFrom(...(near.length ? near : [fact.min])))]];
  });
  return fc.record({
    ...Object.fromEntries(facts),
    findings: fc.subarray(Object.keys(flow.findings), { maxLength: Math.min(maxFindings, Object.keys(flow.findings).length) }),
  }) as fc.Arbitrary<Patient>;
}
