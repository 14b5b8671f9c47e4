import { looseObject, maxLength, optional, safeParse, string } from 'zod/mini';
import type { Flow } from '@/lib/flow/flow-schema';
import type { FlowRegistry } from '@/lib/flow/registry';
import { inputIssues, notAPatient, parsePatient, type Patient } from '@/lib/triage/patient';
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
  // The CLI's words for a value that is not a patient (notAPatient), less its "or an array".
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidInput([{ path: '', message: notAPatient(registry.getFlow(registry.DEFAULT_FLOW_ID)!) }]);
  }
  const picked = safeParse(FlowField, body);
  if (!picked.success) throw invalidInput(inputIssues(picked.error.issues));
  const { flow: flowId, region } = picked.data;
  const flow = requireFlow(registry, flowId ?? registry.DEFAULT_FLOW_ID, region);
  // The rest is the patient, read from the body itself: an own "__proto__" key stays a key, and an error.
  const rest = Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'flow' && key !== 'region'));
  const parsed = parsePatient(flow, rest, ' (a request may add flow and region)');
  if ('issues' in parsed) throw invalidInput(parsed.issues);
  return { flow, patient: parsed.patient };
}
