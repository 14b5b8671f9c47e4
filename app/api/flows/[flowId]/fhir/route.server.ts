import * as registry from '@/flows';
import { apiRoute } from '@/app/api/_lib/api-route';
import { jsonResponse } from '@/app/api/_lib/json-response';
import { requireFlow } from '@/app/api/_lib/require-flow';
import { FHIR_JSON, flowQuestionnaire } from '@/lib/fhir';

interface Context {
  params: Promise<{ flowId: string }>;
}

/**
 * GET /api/flows/{flowId}/fhir: the flow as a FHIR R4 Questionnaire, as `application/fhir+json`
 * (public/fhir/Questionnaire-{flowId}.json is the same, written at build). Errors are the API's JSON.
 */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute<Context>({
  GET: async (_request, { params }) =>
    jsonResponse(flowQuestionnaire(requireFlow(registry, (await params).flowId, undefined, false)), 200, { 'Content-Type': `${FHIR_JSON}; charset=utf-8` }),
});
