import { expectApiError } from '@/app/api/_lib/api-test-helpers';
import { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from './route.server';

describe('any other /api path', () => {
  test.each([
    ['GET', GET],
    ['HEAD', HEAD],
    ['POST', POST],
    ['PUT', PUT],
    ['PATCH', PATCH],
    ['DELETE', DELETE],
    ['OPTIONS', OPTIONS],
  ])('%s: a JSON 404 that lists the real routes', async (_method, handler) => {
    const body = await expectApiError(handler(), 404);
    expect(body.error).toMatch(/POST \/api\/triage/);
    expect(body.error).toMatch(/GET \/api\/health$/);
  });
});
