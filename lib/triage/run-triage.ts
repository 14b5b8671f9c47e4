import type { FlowCore } from '../flow/flow-core';
import type { Patient } from '../screens';
import { compileTriage, type CompiledTriage } from './compiled';
import type { InputIssue } from './patient';
import { missingFacts } from './missing-facts';
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
 * What the API and the CLI answer for a patient: the result, or why not: a fact the check would ask them
 * is missing (./missing-facts), or they list a finding the check would never ask them (./skipped-findings;
 * dropping it instead could drop a red flag). A missing fact comes first: without it the path, and so
 * which findings are asked, is not known.
 */
export function triagePatient(flow: FlowCore, patient: Patient): { result: TriageResult } | { issues: InputIssue[] } {
  const result = runTriage(flow, patient);
  const missing = missingFacts(flow, patient, result.path);
  const issues = missing.length > 0 ? missing : skippedFindings(flow, result);
  return issues.length > 0 ? { issues } : { result };
}
