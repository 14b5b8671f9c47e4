import { expectApiError, expectApiHeaders, noParams, postJson } from '@/app/api/_lib/api-test-helpers';
import { POST } from './route.server';

describe('POST /api/bench/reference', () => {
  afterEach(() => delete process.env.BENCH_REFERENCE);

  test('a JSON 404 unless the bench started the server', async () => {
    await expectApiError(await POST(postJson('/api/bench/reference', '{}'), noParams), 404);
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
