import * as registry from '@/flows';
import { apiRoute } from '@/app/api/_lib/api-route';
import { flowDocument } from '@/lib/flow/flow-document';
import { requireFlow } from '@/app/api/_lib/require-flow';
import { jsonResponse } from '@/app/api/_lib/json-response';

interface Context {
  params: Promise<{ flowId: string }>;
}

/**
 * GET /api/flows/{flowId}[?region=uk]: the whole flow in a region's words, with its services, so a
 * client can render its own questionnaire. The rules and outcomes are the same in every region.
 */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute<Context>({
  GET: async (request, { params }) => {
    const region = new URL(request.url).searchParams.get('region') ?? undefined;
    return jsonResponse(flowDocument(requireFlow(registry, (await params).flowId, region, false)));
  },
});
