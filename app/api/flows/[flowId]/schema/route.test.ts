import { flowJsonSchemas } from '@/lib/flow/json-schema';
import { FLOW_PARTS } from '@/lib/flow/flow-schema';
import { expectApiError, expectApiHeaders, request } from '@/app/api/_lib/api-test-helpers';
import { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from './route.server';

const context = (flowId: string) => ({ params: Promise.resolve({ flowId }) });

describe('GET /api/flows/{flowId}/schema', () => {
  test('returns the JSON Schema of each file of a flow', async () => {
    const response = await GET(request('/api/flows/back-spasms/schema'), context('back-spasms'));
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    const schemas = await response.json();
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(FLOW_PARTS).sort());
    expect(schemas).toEqual(JSON.parse(JSON.stringify(flowJsonSchemas())));
    expect(schemas.findings).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
  });

  test('HEAD gives the headers without a body', async () => {
    const response = await HEAD(request('/api/flows/back-spasms/schema', { method: 'HEAD' }), context('back-spasms'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  test('an unknown flow: 404', async () => {
    const body = await expectApiError(await GET(request('/api/flows/nope/schema'), context('nope')), 404);
    expect(body.error).toBe('unknown flow "nope"; known flows: back-spasms');
  });

  test.each([
    ['POST', POST],
    ['PUT', PUT],
    ['PATCH', PATCH],
    ['DELETE', DELETE],
    ['OPTIONS', OPTIONS],
  ])('%s: 405 with Allow: GET, HEAD', async (method, handler) => {
    const response = await handler(request('/api/flows/back-spasms/schema', { method }), context('back-spasms'));
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    await expectApiError(response, 405);
  });
});
