import type { FlowCore } from '../flow/flow-core';
import type { Patient } from '../screens';
import { compileTriage, type CompiledTriage } from './compiled';
import type { InputIssue } from './patient';
import { skippedFindings } from './skipped-findings';
import type { TriageResult } from './result';

export type { TriageResult };

const compiled = new WeakMap<FlowCore, CompiledTriage>();

/** A flow's compiled engine, compiled on first use: a flow is parsed once and never changes. */
export function compiledFor(flow: FlowCore): CompiledTriage {
  let engine = compiled.get(flow);
  if (!engine) compiled.set(flow, (engine = compileTriage(flow)));
  return engine;
}

/**
 * Triages a patient with the flow's compiled engine, compiled once per flow: what the API and the CLI
 * answer, and what the flow explorer's "Try a patient" runs in the browser (it needs only the flow's
 * core, lib/flow/flow-core). It walks the flow exactly as the machine does (the tests hold it to the machine).
 */
export function runTriage(flow: FlowCore, patient: Patient): TriageResult {
  return compiledFor(flow).run(patient);
}

/**
 * What the API and the CLI answer for a patient: the result, or, when the patient lists a finding the
 * check would never ask them (./skipped-findings), why not. Dropping it instead could drop a red flag.
 */
export function triagePatient(flow: FlowCore, patient: Patient): { result: TriageResult } | { issues: InputIssue[] } {
  const result = runTriage(flow, patient);
  const issues = skippedFindings(flow, result);
  return issues.length > 0 ? { issues } : { result };
}
