import { looseObject, maxLength, optional, safeParse, string } from 'zod/mini';
import type { Flow } from '@/lib/flow/flow-schema';
import type { FlowRegistry } from '@/lib/flow/registry';
import { inputIssues, patientSchema, type Patient } from '@/lib/triage/patient';
import { invalidInput } from './api-errors';
import { requireFlow } from './require-flow';

/** The body of POST /api/triage: a patient, as the CLI reads one, plus which flow to run, and where. */
export interface TriageRequest {
  readonly flow: Flow;
  readonly patient: Patient;
}

const FlowId = () => string({ error: 'must be a flow id string, e.g. "back-spasms"' }).check(maxLength(64, 'must be at most 64 characters'));
const RegionId = () => string({ error: 'must be a region id string, e.g. "uk"' }).check(maxLength(64, 'must be at most 64 characters'));
const Picks = () => ({ flow: optional(FlowId()), region: optional(RegionId()) });

/** Reads only `flow` and `region`, to pick the schema for the rest. */
const FlowField = looseObject(Picks());

/**
 * The flow and patient a parsed JSON body asks for: a 404 ApiError for an unknown flow, a 400 for
 * anything the patient schema turns down. Duplicate findings are collapsed by that schema.
 */
export function parseTriageRequest(body: unknown, registry: FlowRegistry): TriageRequest {
  // A body that is not an object is left for the patient schema to describe, as the CLI does.
  const picked = safeParse(FlowField, body);
  if (!picked.success && typeof body === 'object' && body !== null && !Array.isArray(body)) throw invalidInput(inputIssues(picked.error.issues));
  const { flow: flowId, region } = picked.success ? picked.data : {};
  const flow = requireFlow(registry, flowId ?? registry.DEFAULT_FLOW_ID, region);
  const parsed = safeParse(patientSchema(flow, Picks(), ' (a request may add flow and region)'), body);
  if (!parsed.success) throw invalidInput(inputIssues(parsed.error.issues));
  const { flow: _flowId, region: _region, ...patient } = parsed.data as Patient & { flow?: string; region?: string };
  return { flow, patient };
}
