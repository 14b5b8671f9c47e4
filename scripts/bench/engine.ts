import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { Flow } from '@/lib/flow/flow-schema';
import { patientArbitrary } from '@/lib/testing/patient-arbitrary';
import type { TriageResult } from '@/lib/triage/result';
import { runMachine } from '@/lib/triage/run-machine';
import { compiledFor, runTriage } from '@/lib/triage/run-triage';

/**
 * The machine's speed before issue 13 ("today's" in the issue), which the machine now has to double.
 * Issue 13: the compiled engine was "103× faster (~159k patients/s)" than the machine stepped through
 * pure `transition()` calls, each building a throwaway actor: 159,000 / 103 ≈ 1,544 patients/s.
 */
export const MACHINE_BEFORE = { patientsPerSecond: 1_544, source: 'issue 13: ~159k patients/s compiled = 103× the machine' } as const;
/** The same machine as measured by this bench then: bench-results/latest.txt at 674329f (code 8eb50e9), 2026-11-25. */
export const MACHINE_BEFORE_BENCH = { patientsPerSecond: 3_706, source: 'bench-results/latest.txt at 674329f' } as const;

export interface EngineResult {
  readonly patients: number;
  readonly rounds: number;
  /** Medians over the rounds, in patients per CPU second of this process. */
  readonly compiledRun: number;
  readonly compiledDecide: number;
  readonly machine: number;
  /** Median over the rounds of compiled run ÷ machine, both measured in that round. */
  readonly compiledOverMachine: number;
  /** Patients the machine and the compiled engine answered differently (of those the machine ran). */
  readonly disagreements: number;
  readonly compared: number;
  /** The share of wall time this process had the CPU while measuring (1 on an idle machine). */
  readonly cpuShare: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The CPU time this process spent on fn, in ms: the machine is shared (its load average is often many
 * times its cores), and wall time would count the time other processes had the CPU. The wall time is kept too.
 */
function timed(fn: () => void, wall: number[]): number {
  const started = performance.now();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  wall.push(performance.now() - started);
  return (used.user + used.system) / 1000;
}

/**
 * Patients per CPU second over seeded random patients, in interleaved rounds (the machine is shared
 * and noisy: each round measures all three close together, and medians are reported):
 *   compiled run: runTriage, the whole result the API and the CLI answer;
 *   compiled decide: the walk and decision alone;
 *   machine: runMachine, an actor of the flow's machine stepped screen by screen, as the wizard steps it.
 */
export function measureEngine(flow: Flow, { count = 10_000, machineSlice = 1_000, rounds = 7 } = {}): EngineResult {
  const patients = fc.sample(patientArbitrary(flow), { numRuns: count, seed: 20261125 });
  const engine = compiledFor(flow);
  // Warm up the JIT on both.
  patients.slice(0, 300).forEach((p) => {
    runTriage(flow, p);
    runMachine(flow, p);
  });
  const runs: number[] = [];
  const decides: number[] = [];
  const machines: number[] = [];
  const ratios: number[] = [];
  const fromMachine: [number, TriageResult][] = [];
  const wall: number[] = [];
  let cpuTotal = 0;
  for (let round = 0; round < rounds; round++) {
    const slice = Array.from({ length: machineSlice }, (_, i) => (round * machineSlice + i) % count);
    const machineMs = timed(() => {
      for (const i of slice) fromMachine.push([i, runMachine(flow, patients[i]!)]);
    }, wall);
    const runMs = timed(() => patients.forEach((p) => runTriage(flow, p)), wall);
    const decideMs = timed(() => patients.forEach((p) => engine.decide(p)), wall);
    cpuTotal += machineMs + runMs + decideMs;
    machines.push((machineSlice / machineMs) * 1000);
    runs.push((count / runMs) * 1000);
    decides.push((count / decideMs) * 1000);
    ratios.push(machineMs / machineSlice / (runMs / count));
  }
  const disagreements = fromMachine.filter(([i, result]) => !isDeepStrictEqual(result, runTriage(flow, patients[i]!))).length;
  return {
    patients: count,
    rounds,
    compiledRun: Math.round(median(runs)),
    compiledDecide: Math.round(median(decides)),
    machine: Math.round(median(machines)),
    compiledOverMachine: Math.round(median(ratios) * 10) / 10,
    disagreements,
    compared: fromMachine.length,
    cpuShare: Math.round((cpuTotal / wall.reduce((a, b) => a + b, 0)) * 100) / 100,
  };
}
