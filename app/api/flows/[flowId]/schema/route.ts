import * as registry from '@/flows';
import { errorResponse, methodNotAllowed } from '@/lib/api-errors';
import { requireFlow } from '@/lib/flow-lookup';
import { flowJsonSchemas } from '@/lib/flow-json-schema';
import { jsonResponse, withoutBody } from '@/lib/json-response';

interface Context {
  params: Promise<{ flowId: string }>;
}

// The schemas are the same for every flow and every request: generate them once.
let schemas: ReturnType<typeof flowJsonSchemas> | undefined;

/** GET /api/flows/{flowId}/schema: the JSON Schemas a flow's files follow, keyed by file. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  try {
    requireFlow(registry, (await params).flowId);
    return jsonResponse((schemas ??= flowJsonSchemas()));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function HEAD(request: Request, context: Context): Promise<Response> {
  return withoutBody(await GET(request, context));
}

const notAllowed = methodNotAllowed(['GET', 'HEAD']);
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = notAllowed;
