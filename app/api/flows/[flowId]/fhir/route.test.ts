import { loadFlow } from '@/flows';
import { flowQuestionnaire } from '@/lib/fhir';
import { expectApiError, expectApiHeaders, request } from '@/app/api/_lib/api-test-helpers';
import { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from './route.server';

const backSpasmsFlow = loadFlow('back-spasms');

const context = (flowId: string) => ({ params: Promise.resolve({ flowId }) });
const get = (flowId: string) => GET(request(`/api/flows/${encodeURIComponent(flowId)}/fhir`), context(flowId));

/** A FHIR answer keeps the API's promises, with the FHIR JSON media type. */
function expectFhirHeaders(response: Response): void {
  expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('set-cookie')).toBeNull();
}

describe('GET /api/flows/{flowId}/fhir', () => {
  test('returns the flow as a FHIR R4 Questionnaire', async () => {
    const response = await get('back-spasms');
    expect(response.status).toBe(200);
    expectFhirHeaders(response);
    const questionnaire = await response.json();
    expect(questionnaire).toEqual(JSON.parse(JSON.stringify(flowQuestionnaire(backSpasmsFlow))));
    expect(questionnaire).toMatchObject({
      resourceType: 'Questionnaire',
      url: 'https://back-spasm-self-check.example/fhir/Questionnaire/back-spasms',
      version: backSpasmsFlow.version,
      status: 'active',
    });
  });

  test('HEAD gives the same status and headers, without a body', async () => {
    const response = await HEAD(request('/api/flows/back-spasms/fhir', { method: 'HEAD' }), context('back-spasms'));
    expect(response.status).toBe(200);
    expectFhirHeaders(response);
    expect(await response.text()).toBe('');
  });

  test('an unknown flow: the API’s JSON 404', async () => {
    expect((await expectApiError(await get('knee-pain'), 404)).error).toBe('unknown flow "knee-pain"; known flows: back-spasms');
    expect((await expectApiError(await get('<script>'), 404)).error).toBe('unknown flow; known flows: back-spasms');
    const head = await HEAD(request('/api/flows/nope/fhir', { method: 'HEAD' }), context('nope'));
    expect(head.status).toBe(404);
    expectApiHeaders(head);
  });

  test.each([
    ['POST', POST],
    ['PUT', PUT],
    ['PATCH', PATCH],
    ['DELETE', DELETE],
    ['OPTIONS', OPTIONS],
  ])('%s: 405 with Allow: GET, HEAD', async (method, handler) => {
    const response = await handler(request('/api/flows/back-spasms/fhir', { method }), context('back-spasms'));
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    await expectApiError(response, 405);
  });
});
