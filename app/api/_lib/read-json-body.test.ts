import { ApiError } from './api-errors';
import { isJsonContentType, MAX_BODY_BYTES, readJsonBody } from './read-json-body';

function post(body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }): Request {
  return new Request('http://localhost/', { method: 'POST', body, headers, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error('expected an ApiError');
  return error;
}

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      chunks.forEach((chunk) => controller.enqueue(chunk));
      controller.close();
    },
  });
}

describe('isJsonContentType', () => {
  test.each(['application/json', 'APPLICATION/JSON', 'application/json; charset=utf-8', 'application/json;charset=UTF-8', ' application/json ; charset="utf-8" '])(
    'accepts %p',
    (type) => expect(isJsonContentType(type)).toBe(true),
  );
  test.each([null, '', 'text/json', 'application/json-patch+json', 'application/json; charset=iso-8859-1', 'application/json; charset=utf-8; x=1', 'application/json,text/html'])(
    'refuses %p',
    (type) => expect(isJsonContentType(type)).toBe(false),
  );
});

describe('readJsonBody', () => {
  test('parses a JSON body, in chunks of any size, and drops a byte-order mark', async () => {
    const bytes = new TextEncoder().encode('\ufeff{"a": ["é", 1]}');
    const chunks = Array.from(bytes, (b) => new Uint8Array([b]));
    expect(await readJsonBody(post(streamOf(chunks)))).toEqual({ a: ['é', 1] });
  });

  test('a character split across chunks is decoded whole', async () => {
    const [a, b] = [new Uint8Array([0x22, 0xc3]), new Uint8Array([0xa9, 0x22])];
    expect(await readJsonBody(post(streamOf([a, b])))).toBe('é');
  });

  test('415 before reading when the Content-Type is not JSON', async () => {
    const request = post('{}', { 'content-type': 'text/plain' });
    expect((await failure(readJsonBody(request))).status).toBe(415);
    expect(request.bodyUsed).toBe(false);
  });

  test('413 past the limit, whether or not Content-Length says so', async () => {
    const limit = 10;
    expect(await readJsonBody(post('[1,2,3,4]'), limit)).toEqual([1, 2, 3, 4]);
    expect((await failure(readJsonBody(post('[1,2,3,4,5]'), limit))).status).toBe(413);
    const lying = post('[1,2,3,4,5,6,7]', { 'content-type': 'application/json', 'content-length': '2' });
    expect((await failure(readJsonBody(lying, limit))).status).toBe(413);
    const chunked = post(streamOf([new Uint8Array(6).fill(0x20), new Uint8Array(6).fill(0x20)]));
    expect((await failure(readJsonBody(chunked, limit))).status).toBe(413);
    expect(MAX_BODY_BYTES).toBe(65_536);
  });

  test('400 for a body that cannot be read, is not UTF-8, is empty or is not JSON', async () => {
    const broken = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error('connection reset')) });
    expect(await failure(readJsonBody(post(broken)))).toMatchObject({ status: 400, message: 'could not read the request body' });
    expect(await failure(readJsonBody(post(new Uint8Array([0x22, 0xc3, 0x22]))))).toMatchObject({ status: 400, message: 'request body is not valid UTF-8' });
    expect(await failure(readJsonBody(post(null)))).toMatchObject({ status: 400, message: 'request body is empty; send a patient as JSON' });
    expect(await failure(readJsonBody(post('{"a": <b>}')))).toMatchObject({ status: 400, message: expect.stringMatching(/^request body is not valid JSON/) });
    expect(await failure(readJsonBody(post('{"a": 1} x')))).toMatchObject({ message: 'request body is not valid JSON (at character 9)' });
  });
});
