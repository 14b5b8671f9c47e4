import { looseObject, maxLength, optional, safeParse, string } from 'zod/mini';
import type { Flow } from '@/lib/flow/flow-schema';
import type { FlowRegistry } from '@/lib/flow/registry';
import { inputIssues, patientSchema, type Patient } from '@/lib/triage/patient';
import { invalidInput } from './api-errors';
import { requireFlow } from './require-flow';

/** The body of POST /api/triage: a patient, as the CLI reads one, plus which flow to run. */
export interface TriageRequest {
  readonly flow: Flow;
  readonly patient: Patient;
}

const FlowId = () => string({ error: 'must be a flow id string, e.g. "back-spasms"' }).check(maxLength(64, 'must be at most 64 characters'));

/** Reads only `flow`, to pick the schema for the rest. */
const FlowField = looseObject({ flow: optional(FlowId()) });

/**
 * The flow and patient a parsed JSON body asks for: a 404 ApiError for an unknown flow, a 400 for
 * anything the patient schema turns down. Duplicate findings are collapsed by that schema.
 */
export function parseTriageRequest(body: unknown, registry: FlowRegistry): TriageRequest {
  // A body that is not an object is left for the patient schema to describe, as the CLI does.
  const picked = safeParse(FlowField, body);
  if (!picked.success && typeof body === 'object' && body !== null && !Array.isArray(body)) throw invalidInput(inputIssues(picked.error.issues));
  const flow = requireFlow(registry, (picked.success ? picked.data.flow : undefined) ?? registry.DEFAULT_FLOW_ID, 'flow');
  const parsed = safeParse(patientSchema(flow, { flow: optional(FlowId()) }, ' (a request may add flow)'), body);
  if (!parsed.success) throw invalidInput(inputIssues(parsed.error.issues));
  const { flow: _flowId, ...patient } = parsed.data as Patient & { flow?: string };
  return { flow, patient };
}
