import * as registry from '@/flows';
import { apiRoute } from '@/app/api/_lib/api-route';
import { jsonResponse } from '@/app/api/_lib/json-response';
import { readJsonBody } from '@/app/api/_lib/read-json-body';
import { runTriage } from '@/lib/triage/run-triage';
import { parseTriageRequest } from '@/app/api/_lib/triage-request';

/** POST /api/triage: a patient (and optionally a flow id) in, the engine's result out. Nothing is kept. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  POST: async (request) => {
    const { flow, patient } = parseTriageRequest(await readJsonBody(request), registry);
    return jsonResponse(runTriage(flow, patient));
  },
});
