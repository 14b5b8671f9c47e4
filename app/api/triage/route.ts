import * as registry from '@/flows';
import { errorResponse, methodNotAllowed } from '@/lib/api-errors';
import { jsonResponse } from '@/lib/json-response';
import { readJsonBody } from '@/lib/read-json-body';
import { runTriage } from '@/lib/run-triage';
import { parseTriageRequest } from '@/lib/triage-request';

/** POST /api/triage: a patient (and optionally a flow id) in, the engine's result out. Nothing is kept. */
export async function POST(request: Request): Promise<Response> {
  try {
    const { flow, patient } = parseTriageRequest(await readJsonBody(request), registry);
    return jsonResponse(runTriage(flow, patient));
  } catch (error) {
    return errorResponse(error);
  }
}

const notAllowed = methodNotAllowed(['POST']);
export const GET = notAllowed;
export const HEAD = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = notAllowed;
