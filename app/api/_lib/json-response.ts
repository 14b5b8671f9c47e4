import { apiSecurityHeaders } from '@/app/_lib/security-headers.mjs';

/**
 * Headers on every API answer: JSON, never cached (answers are health information), and the API's own
 * security headers (a policy that allows nothing), so the API needs no proxy or middleware in front.
 */
const JSON_HEADERS: Readonly<Record<string, string>> = {
  ...apiSecurityHeaders(),
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};

const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON.stringify with <, >, & and the two JavaScript line separators written as \u escapes. The value
 * parses back the same, but the text can never open a tag, even if something renders it as HTML.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function jsonResponse(body: unknown, status = 200, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(safeJson(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** A HEAD answer: the GET answer's status and headers, without its body. */
export function withoutBody(response: Response): Response {
  return new Response(null, { status: response.status, headers: response.headers });
}
