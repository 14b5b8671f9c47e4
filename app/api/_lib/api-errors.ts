import { oneLine, type InputIssue } from '@/lib/triage/patient';
import { jsonResponse } from './json-response';

/** The one error shape every API answer uses: a line for a developer, and the bad paths if any. */
export interface ApiErrorBody {
  readonly error: string;
  readonly issues: readonly InputIssue[];
}

/** A body with thousands of bad entries gets the first few listed; the error line still counts them all. */
export const MAX_ISSUES = 20;

/**
 * A request the API turns down, with the status it gets. The message and issues are sent to the caller,
 * so they must never quote raw input (patientSchema's messages only repeat plain ids).
 */
export class ApiError extends Error {
  readonly issues: readonly InputIssue[];

  constructor(
    readonly status: number,
    message: string,
    issues: readonly InputIssue[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.issues = issues.slice(0, MAX_ISSUES);
  }

  toResponse(): Response {
    const body: ApiErrorBody = { error: this.message, issues: this.issues };
    return jsonResponse(body, this.status, this.headers);
  }
}

/** A 400 for input that failed a schema, shaped like the CLI's one-line message. */
export function invalidInput(issues: readonly InputIssue[]): ApiError {
  return new ApiError(400, oneLine(issues), issues);
}

/**
 * The answer for an /api path that no route serves, with any method: a JSON 404 that lists the routes
 * there are, so an API caller never gets the app's HTML not-found page. The path is not repeated back.
 */
export function noSuchRoute(): Response {
  return new ApiError(
    404,
    'no such API route; the API has POST /api/triage, GET /api/flows/{flowId}, GET /api/flows/{flowId}/schema, GET /api/flows/{flowId}/fhir and GET /api/health',
  ).toResponse();
}

const INTERNAL_ERROR: ApiErrorBody = { error: 'internal error', issues: [] };

type Log = (...args: unknown[]) => void;

/**
 * The answer for anything a handler threw. An ApiError is the caller's mistake and says so; anything
 * else is ours: a generic 500, and only the error itself is logged, never the request or its body.
 */
export function errorResponse(error: unknown, log: Log = console.error): Response {
  if (error instanceof ApiError) return error.toResponse();
  log('api: internal error:', error instanceof Error ? (error.stack ?? error.message) : `thrown ${typeof error}`);
  return jsonResponse(INTERNAL_ERROR, 500);
}

/**
 * A handler for the methods a route does not serve. Next answers an unexported method with an empty
 * 405 and no Allow header, so each route exports this for every method it does not serve.
 */
export function methodNotAllowed(allowed: readonly string[]): (request: Request) => Response {
  const allow = allowed.join(', ');
  return (request) => {
    const method = /^[A-Z]{1,10}$/.test(request.method) ? request.method : 'this method';
    return new ApiError(405, `${method} is not allowed here; use ${allowed.join(' or ')}`, [], { Allow: allow }).toResponse();
  };
}
