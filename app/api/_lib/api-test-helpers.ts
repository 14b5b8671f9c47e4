import { apiSecurityHeaders } from '@/app/_lib/security-headers.mjs';
import type { ApiErrorBody } from '@/app/api/_lib/api-errors';

/* Shared by the API route tests: building requests, and checking every answer keeps the API's promises. */

const JSON_TYPE = 'application/json; charset=utf-8';

/** The context Next passes a handler of a route with no params. */
export const noParams = { params: Promise.resolve({}) };

type Body = string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;

export function request(
  path: string,
  { method = 'GET', body, headers = {} }: { method?: string; body?: Body; headers?: Record<string, string> } = {},
): Request {
  return new Request(`http://localhost${path}`, {
    method,
    headers,
    body: body ?? null,
    // A stream body must say it is sent while the answer may already come back (undici requires it).
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

export function postJson(path: string, body: Body, contentType = 'application/json'): Request {
  return request(path, { method: 'POST', body, headers: { 'content-type': contentType } });
}

/** Headers every API answer carries, whatever its status: its own, with no proxy in front. */
export function expectApiHeaders(response: Response): void {
  expect(response.headers.get('content-type')).toBe(JSON_TYPE);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('set-cookie')).toBeNull();
  for (const [name, value] of Object.entries(apiSecurityHeaders())) expect(response.headers.get(name)).toBe(value);
}

/** True when a value has exactly the documented error shape. */
export function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { error, issues, ...rest } = value as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    typeof error === 'string' &&
    error.length > 0 &&
    !error.includes('\n') &&
    Array.isArray(issues) &&
    issues.every(
      (issue: unknown) =>
        typeof issue === 'object' &&
        issue !== null &&
        Object.keys(issue).sort().join() === 'message,path' &&
        typeof (issue as Record<string, unknown>).path === 'string' &&
        typeof (issue as Record<string, unknown>).message === 'string',
    )
  );
}

/** Nothing a developer should not see: no markup, no stack frames, no file paths. */
export function expectNothingLeaked(text: string): void {
  expect(text).not.toContain('<');
  expect(text).not.toMatch(/\bat .+:\d+:\d+|\/work\/|node_modules|\.tsx?\b/);
}

/** The answer is an error of this status with the documented shape; returns its body. */
export async function expectApiError(response: Response, status: number): Promise<ApiErrorBody> {
  expect(response.status).toBe(status);
  expectApiHeaders(response);
  const text = await response.text();
  expectNothingLeaked(text);
  const body: unknown = JSON.parse(text);
  if (!isErrorBody(body)) throw new Error(`not an API error body: ${text.slice(0, 200)}`);
  return body;
}
