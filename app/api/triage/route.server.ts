import * as registry from '@/flows';
import { apiRoute } from '@/app/api/_lib/api-route';
import { ApiError, invalidInput } from '@/app/api/_lib/api-errors';
import { jsonResponse } from '@/app/api/_lib/json-response';
import { readJsonBody } from '@/app/api/_lib/read-json-body';
import { triagePatient } from '@/lib/triage/run-triage';
import { parseTriageRequest } from '@/app/api/_lib/triage-request';

/** POST /api/triage: a patient (and optionally a flow id) in, the engine's result out. Nothing is kept. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  POST: async (request) => {
    // The flow and region go in the body, with the patient: a ?region= here would otherwise be ignored, silently.
    if (new URL(request.url).search !== '') throw new ApiError(400, 'POST /api/triage takes no query string: put "flow" and "region" in the JSON body');
    const { flow, patient } = parseTriageRequest(await readJsonBody(request), registry);
    const answered = triagePatient(flow, patient);
    if ('issues' in answered) throw invalidInput(answered.issues);
    return jsonResponse(answered.result);
  },
});
