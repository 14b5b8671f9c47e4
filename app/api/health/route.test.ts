import { expectApiError, expectApiHeaders, noParams, request } from '@/app/api/_lib/api-test-helpers';
import { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from './route.server';

describe('GET /api/health', () => {
  const saved = process.env.APP_VERSION;
  afterEach(() => {
    if (saved === undefined) delete process.env.APP_VERSION;
    else process.env.APP_VERSION = saved;
  });

  test('200 with the status and the build’s version, never cached', async () => {
    process.env.APP_VERSION = '1.2.3+abc1234';
    const response = await GET(request('/api/health'), noParams);
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    expect(await response.json()).toEqual({ status: 'ok', version: '1.2.3+abc1234' });
  });

  test('a build that did not set a version still answers', async () => {
    delete process.env.APP_VERSION;
    expect(await (await GET(request('/api/health'), noParams)).json()).toEqual({ status: 'ok', version: 'unknown' });
  });

  test('HEAD gives the status and headers without a body', async () => {
    const response = await HEAD(request('/api/health', { method: 'HEAD' }), noParams);
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    expect(await response.text()).toBe('');
  });

  test.each([
    ['POST', POST],
    ['PUT', PUT],
    ['PATCH', PATCH],
    ['DELETE', DELETE],
    ['OPTIONS', OPTIONS],
  ])('%s: 405 with Allow: GET, HEAD', async (method, handler) => {
    const response = await handler(request('/api/health', { method }), noParams);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    await expectApiError(response, 405);
  });
});
