import fc from 'fast-check';
import { exploreFlow, pathStats } from '@/lib/testing/flow-paths';
import type { Flow } from '@/lib/flow/flow-schema';
import { patientArbitrary } from '@/lib/testing/patient-arbitrary';
import { createTriageMachine } from '@/lib/triage/machine';
import { machineFor } from '@/lib/triage/run-machine';
import { runTriage } from '@/lib/triage/run-triage';

export interface EngineResult {
  readonly patients: number;
  readonly triagesPerSecond: number;
  readonly compileMs: number;
  readonly enumeratePathsMs: number;
  readonly paths: number;
}

const time = (fn: () => void) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};

/** Triages per second over 10,000 seeded random patients, and the time to enumerate every path. */
export function measureEngine(flow: Flow, count = 10_000): EngineResult {
  const patients = fc.sample(patientArbitrary(flow), { numRuns: count, seed: 20261125 });
  machineFor(flow);
  patients.slice(0, 200).forEach((p) => runTriage(flow, p)); // warm up the JIT
  const triageMs = time(() => patients.forEach((p) => runTriage(flow, p)));
  const compileMs = time(() => createTriageMachine(flow));
  let paths = 0;
  const enumerateMs = time(() => (paths = pathStats(flow, exploreFlow(flow, machineFor(flow))).paths));
  return {
    patients: count,
    triagesPerSecond: Math.round((count / triageMs) * 1000),
    compileMs: Math.round(compileMs * 10) / 10,
    enumeratePathsMs: Math.round(enumerateMs),
    paths,
  };
}
