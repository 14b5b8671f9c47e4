import * as registry from '@/flows';
import { apiRoute } from '@/app/api/_lib/api-route';
import { flowDocument } from '@/lib/flow/flow-document';
import { requireFlow } from '@/app/api/_lib/require-flow';
import { jsonResponse } from '@/app/api/_lib/json-response';

interface Context {
  params: Promise<{ flowId: string }>;
}

/** GET /api/flows/{flowId}: the whole flow, so a client can render its own questionnaire. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute<Context>({
  GET: async (_request, { params }) => jsonResponse(flowDocument(requireFlow(registry, (await params).flowId))),
});
