import { loadFlow } from '@/flows';
import { expectApiError, expectApiHeaders, request } from '@/app/api/_lib/api-test-helpers';
import { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from './route.server';

const backSpasmsFlow = loadFlow('back-spasms');

const context = (flowId: string) => ({ params: Promise.resolve({ flowId }) });
const get = (flowId: string) => GET(request(`/api/flows/${encodeURIComponent(flowId)}`), context(flowId));

describe('GET /api/flows/{flowId}', () => {
  test('returns the whole flow a client needs to render its own questionnaire', async () => {
    const response = await get('back-spasms');
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    const flow = await response.json();
    expect(Object.keys(flow)).toEqual([
      'id', 'version', 'date', 'title', 'description', 'audience', 'facts', 'screens', 'findings',
      'rules', 'outcomes', 'causes', 'region', 'services', 'selfCare', 'professionalCare', 'sources',
    ]);
    expect(flow).toEqual(JSON.parse(JSON.stringify(backSpasmsFlow)));
    expect(flow.screens[0]).toMatchObject({ kind: 'checklist', id: 'emergency_signs' });
    expect(flow.findings.numbness_saddle_area).toMatchObject({ label: expect.any(String), why: expect.any(String), redFlag: 'emergency' });
    expect(Object.keys(flow.outcomes).length).toBeGreaterThanOrEqual(4);
  });

  test('?region= gives the flow in that region’s words and services; the rules do not change', async () => {
    const response = await GET(request('/api/flows/back-spasms?region=us'), context('back-spasms'));
    const us = await response.json();
    expect(us.region).toEqual({ id: 'us', name: 'United States', lang: 'en-US' });
    expect(us.services.call_emergency).toMatchObject({ href: 'tel:911' });
    expect(JSON.stringify(us.outcomes)).not.toMatch(/\b999\b|A&E/);
    expect(us.rules.map((r: { id: string; tier: string }) => [r.id, r.tier])).toEqual(backSpasmsFlow.rules.map((r) => [r.id, r.tier]));
    const unknown = await expectApiError(await GET(request('/api/flows/back-spasms?region=mars'), context('back-spasms')), 404);
    expect(unknown.error).toBe('unknown region "mars"; known regions: uk, ie, us, ca, au, nz');
  });

  test('HEAD gives the same status and headers, without a body', async () => {
    const response = await HEAD(request('/api/flows/back-spasms', { method: 'HEAD' }), context('back-spasms'));
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    expect(await response.text()).toBe('');
  });

  test('an unknown flow: 404, named only if it is a plain id', async () => {
    expect((await expectApiError(await get('knee-pain'), 404)).error).toBe('unknown flow "knee-pain"; known flows: back-spasms');
    expect((await expectApiError(await get('<script>alert(1)</script>'), 404)).error).toBe('unknown flow; known flows: back-spasms');
    await expectApiError(await get('__proto__'), 404);
    await expectApiError(await get('constructor'), 404);
    const head = await HEAD(request('/api/flows/nope', { method: 'HEAD' }), context('nope'));
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
    const response = await handler(request('/api/flows/back-spasms', { method }), context('back-spasms'));
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    await expectApiError(response, 405);
  });
});
