import { parseJsonBytes } from '@/lib/triage/json-text';
import { ApiError } from './api-errors';

/** 64 KiB: a patient is well under 2 KiB, so anything near this is a mistake or an attack. */
export const MAX_BODY_BYTES = 64 * 1024;

/** application/json, optionally with a UTF-8 charset (JSON has no other encoding, RFC 8259). */
const JSON_CONTENT_TYPE = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;

export function isJsonContentType(header: string | null): boolean {
  return header !== null && JSON_CONTENT_TYPE.test(header.trim());
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, `request body is larger than ${maxBytes} bytes`);
}

/**
 * The body's bytes, refusing it as soon as it passes maxBytes. Content-Length is only a shortcut for an
 * honest client: it may be absent (chunked) or lie, so the count that matters is the one kept here.
 */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new ApiError(400, 'could not read the request body');
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      // Stop the upload rather than buffer the rest of it.
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a request's JSON body: 415 unless it says it is JSON, 413 past maxBytes, 400 unless it is
 * UTF-8 text holding one JSON value. Messages never quote the body (see parseJsonBytes).
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw new ApiError(415, 'Content-Type must be application/json (optionally with "; charset=utf-8")');
  }
  const parsed = parseJsonBytes(await readLimited(request, maxBytes));
  if ('error' in parsed) throw new ApiError(400, `request body is ${parsed.error}`);
  return parsed.value;
}
