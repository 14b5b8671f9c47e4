import { expectApiError, expectApiHeaders, noParams, postJson } from '@/app/api/_lib/api-test-helpers';
import { GET, POST } from './route.server';

describe('POST /api/bench/reference', () => {
  afterEach(() => delete process.env.BENCH_REFERENCE);

  test('unless the bench started the server, not there: the JSON 404 of any unknown /api path, whatever the method', async () => {
    const unknown = await expectApiError(await POST(postJson('/api/bench/reference', '{}'), noParams), 404);
    expect(unknown.error).toMatch(/^no such API route; the API has /);
    expect(await expectApiError(await GET(new Request('http://localhost/api/bench/reference'), noParams), 404)).toEqual(unknown);
  });

  test('for the bench, the same answer whatever the body, read as the triage route reads it', async () => {
    process.env.BENCH_REFERENCE = '1';
    const [first, second] = [await POST(postJson('/api/bench/reference', '{"age":1}'), noParams), await POST(postJson('/api/bench/reference', '[]'), noParams)];
    expect(first.status).toBe(200);
    expectApiHeaders(first);
    expect(await first.json()).toEqual(await second.json());
    await expectApiError(await POST(postJson('/api/bench/reference', '{', 'text/plain'), noParams), 415);
  });
});
