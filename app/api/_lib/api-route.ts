import { errorResponse, methodNotAllowed } from './api-errors';
import { withoutBody } from './json-response';

type Handler<Context> = (request: Request, context: Context) => Promise<Response>;

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
type Method = (typeof METHODS)[number];

/** What Next passes a route handler: the route's params (none for a static route). */
export interface RouteContext {
  readonly params: Promise<object>;
}

/**
 * A route's handlers for every method: the ones it serves, with any error turned into the API's JSON
 * error, and a JSON 405 naming the allowed methods for the rest (see methodNotAllowed). GET also
 * serves HEAD.
 */

export function apiRoute<Context extends RouteContext = RouteContext>(served: { GET?: Handler<Context>; POST?: Handler<Context> }): Record<Method, Handler<Context>> {
  const guarded = (handler: Handler<Context>): Handler<Context> => async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
  const handlers: Partial<Record<Method, Handler<Context>>> = {};
  if (served.GET) {
    const get = guarded(served.GET);
    handlers.GET = get;
    handlers.HEAD = async (request, context) => withoutBody(await get(request, context));
  }
  if (served.POST) handlers.POST = guarded(served.POST);
  const notAllowed = methodNotAllowed(METHODS.filter((m) => handlers[m]));
  return Object.fromEntries(METHODS.map((m) => [m, handlers[m] ?? (async (request: Request) => notAllowed(request))])) as Record<
    Method,
    Handler<Context>
  >;
}
