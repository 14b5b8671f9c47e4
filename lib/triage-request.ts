import * as z from 'zod';
import { invalidInput } from './api-errors';
import type { Flow } from './flow-schema';
import { requireFlow, type FlowRegistry } from './flow-lookup';
import { patientSchema, type Patient } from './patient-schema';

/** The body of POST /api/triage: a patient, as the CLI reads one, plus which flow to run. */
export interface TriageRequest {
  readonly flow: Flow;
  readonly patient: Patient;
}

const FlowId = z.string({ error: 'must be a flow id string, e.g. "back-spasms"' }).max(64, 'must be at most 64 characters');

/** Reads only `flow`, to pick the schema for the rest (z.object drops other keys, `__proto__` included). */
const FlowField = z.object({ flow: FlowId.optional() });

/** The CLI's patient schema, strict as ever, with the one key a request may add. */
function requestSchema(flow: Flow) {
  return patientSchema(flow).extend({ flow: FlowId.optional() });
}

const schemas = new WeakMap<Flow, ReturnType<typeof requestSchema>>();

function schemaFor(flow: Flow): ReturnType<typeof requestSchema> {
  let schema = schemas.get(flow);
  if (!schema) schemas.set(flow, (schema = requestSchema(flow)));
  return schema;
}

/**
 * The flow and patient a parsed JSON body asks for: a 404 ApiError for an unknown flow, a 400 for
 * anything the patient schema turns down. Duplicate findings are collapsed by that schema.
 */
export function parseTriageRequest(body: unknown, registry: FlowRegistry): TriageRequest {
  // A body that is not an object is left for the patient schema to describe, as the CLI does.
  const picked = FlowField.safeParse(body);
  if (!picked.success && typeof body === 'object' && body !== null && !Array.isArray(body)) throw invalidInput(picked.error);
  const flow = requireFlow(registry, (picked.success ? picked.data.flow : undefined) ?? registry.DEFAULT_FLOW_ID, 'flow');
  const parsed = schemaFor(flow).safeParse(body);
  if (!parsed.success) {
    // patientSchema's message lists a patient's fields; a request has one more.
    const issues = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys' ? { ...issue, message: `${issue.message} (a request may add flow)` } : issue,
    );
    throw invalidInput(new z.ZodError(issues));
  }
  const { flow: _flowId, ...patient } = parsed.data;
  return { flow, patient };
}
