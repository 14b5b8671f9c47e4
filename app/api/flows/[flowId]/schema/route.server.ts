import * as registry from '@/flows';
import { apiRoute } from '@/app/api/_lib/api-route';
import { requireFlow } from '@/app/api/_lib/require-flow';
import { flowJsonSchemas } from '@/lib/flow/json-schema';
import { jsonResponse } from '@/app/api/_lib/json-response';

interface Context {
  params: Promise<{ flowId: string }>;
}

// The schemas are the same for every flow and every request: generate them once.
let schemas: ReturnType<typeof flowJsonSchemas> | undefined;

/** GET /api/flows/{flowId}/schema: the JSON Schemas a flow's files follow, keyed by file. */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute<Context>({
  GET: async (_request, { params }) => {
    requireFlow(registry, (await params).flowId, undefined, false);
    return jsonResponse((schemas ??= flowJsonSchemas()));
  },
});
