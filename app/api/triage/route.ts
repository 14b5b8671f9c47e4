import * as registry from '@/flows';
import { apiRoute } from '@/lib/api-route';
import { jsonResponse } from '@/lib/json-response';
import { readJsonBody } from '@/lib/read-json-body';
import { runTriage } from '@/lib/run-triage';
import { parseTriageRequest } from '@/lib/triage-request';

/** POST /api/triage: a patient (and optionally a flow id) in, the engine's result out. Nothing is kept. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  POST: async (request) => {
    const { flow, patient } = parseTriageRequest(await readJsonBody(request), registry);
    return jsonResponse(runTriage(flow, patient));
  },
});
