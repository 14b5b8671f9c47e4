import * as registry from '@/flows';
import { errorResponse, methodNotAllowed } from '@/lib/api-errors';
import { flowDocument } from '@/lib/flow-document';
import { requireFlow } from '@/lib/flow-lookup';
import { jsonResponse, withoutBody } from '@/lib/json-response';

interface Context {
  params: Promise<{ flowId: string }>;
}

/** GET /api/flows/{flowId}: the whole flow, so a client can render its own questionnaire. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  try {
    return jsonResponse(flowDocument(requireFlow(registry, (await params).flowId)));
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
