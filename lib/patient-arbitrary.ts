import fc from 'fast-check';
import { thresholds } from './condition';
import type { Flow, NumberScreen } from './flow-schema';
import type { Patient } from './patient-schema';

/**
 * Random patients for a flow, for property tests and benchmarks: any age and duration its screens
 * accept, weighted towards the values its rules compare with, and any set of its findings.
 */
export function patientArbitrary(flow: Flow, maxFindings = 12): fc.Arbitrary<Patient> {
  const numbers = (id: NumberScreen['id']) => {
    const screen = flow.screens.find((s): s is NumberScreen => s.kind === 'number' && s.id === id)!;
    const edges = flow.rules.flatMap((rule) => [...thresholds(rule.when, id), ...thresholds(rule.when, 'ageAtOnset')]);
    const near = [...new Set(edges.flatMap((t) => [Math.floor(t) - 1, Math.floor(t), Math.ceil(t)]))].filter(
      (v) => v >= screen.min && v <= screen.max,
    );
    return fc.oneof(fc.integer({ min: screen.min, max: screen.max }), fc.constantFrom(...(near.length ? near : [screen.min])));
  };
  return fc.record({
    age: numbers('age'),
    sex: fc.constantFrom('female' as const, 'male' as const),
    durationDays: numbers('durationDays'),
    findings: fc.subarray(Object.keys(flow.findings), { maxLength: maxFindings }),
  });
}
