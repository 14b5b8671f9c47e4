import type { Flow } from '../flow/flow-schema';
import type { Patient } from '../screens';
import { compileTriage, type CompiledTriage } from './compiled';
import type { TriageResult } from './result';

export type { TriageResult };

const compiled = new WeakMap<Flow, CompiledTriage>();

/** A flow's compiled engine, compiled on first use: a flow is parsed once and never changes. */
export function compiledFor(flow: Flow): CompiledTriage {
  let engine = compiled.get(flow);
  if (!engine) compiled.set(flow, (engine = compileTriage(flow)));
  return engine;
}

/**
 * Triages a patient with the flow's compiled engine, compiled once per flow: what the API and the CLI
 * answer. It walks the flow exactly as the machine does (the tests hold it to the machine).
 */
export function runTriage(flow: Flow, patient: Patient): TriageResult {
  return compiledFor(flow).run(patient);
}
