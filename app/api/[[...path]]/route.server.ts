import { ApiError } from '@/app/api/_lib/api-errors';

/*
 * Every /api path no other route claims, with any method: a JSON 404, so an API caller never gets
 * the app's HTML not-found page. The path is not repeated back.
 */
function notFound(): Response {
  return new ApiError(
    404,
    'no such API route; the API has POST /api/triage, GET /api/flows/{flowId}, GET /api/flows/{flowId}/schema and GET /api/flows/{flowId}/fhir',
  ).toResponse();
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
