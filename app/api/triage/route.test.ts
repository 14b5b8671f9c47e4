import { loadFlow } from '@/flows';
import examples from '@/flows/back-spasms/examples/patients.json';
import { MAX_ISSUES } from '@/app/api/_lib/api-errors';
import { patientSchema } from '@/lib/triage/patient';
import { triagePatient } from '@/lib/triage/run-triage';
import { MAX_BODY_BYTES } from '@/app/api/_lib/read-json-body';
import { expectApiError, expectApiHeaders, expectNothingLeaked, noParams, postJson, request } from '@/app/api/_lib/api-test-helpers';
import { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from './route.server';

const backSpasmsFlow = loadFlow('back-spasms');

// The real engine, wrapped so one test can make it throw.
jest.mock('@/lib/triage/run-triage', () => {
  const actual = jest.requireActual<typeof import('@/lib/triage/run-triage')>('@/lib/triage/run-triage');
  return { ...actual, triagePatient: jest.fn(actual.triagePatient) };
});

const good = { age: 34, sex: 'male', durationDays: 2, findings: ['recent_strain_or_lifting'] };
const post = (body: unknown, contentType?: string) =>
  POST(postJson('/api/triage', typeof body === 'string' ? body : JSON.stringify(body), contentType), noParams);
const expected = (patient: unknown) => {
  const actual = jest.requireActual<typeof import('@/lib/triage/run-triage')>('@/lib/triage/run-triage');
  return JSON.parse(JSON.stringify(actual.runTriage(backSpasmsFlow, patientSchema(backSpasmsFlow).parse(patient))));
};

describe('POST /api/triage', () => {
  test.each(examples.map((p) => [p.id, p] as const))('%s: 200 with the same result as runTriage', async (id, patient) => {
    const response = await post(patient);
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    const result = await response.json();
    expect(result).toEqual(expected(patient));
    expect(id.startsWith(`${result.level}-`)).toBe(true);
  });

  test('the examples cover every tier', async () => {
    const levels = await Promise.all(examples.map(async (p) => (await (await post(p)).json()).level));
    expect(new Set(levels)).toEqual(new Set(['emergency', 'urgent', 'routine', 'self_care']));
  });

  test('takes an explicit flow, and a charset, in any case', async () => {
    const response = await post({ ...good, flow: 'back-spasms' }, 'Application/JSON; Charset=UTF-8');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(expected(good));
  });

  test('takes a patient without a fact the check would not ask them, as the wizard never asks it', async () => {
    // Under 16, the check does not ask how long the pain has lasted; a sign on question 1 ends it before age.
    const child = await post({ age: 12, findings: ['recent_strain_or_lifting'] });
    expect(child.status).toBe(200);
    expect(await child.json()).toMatchObject({ level: 'routine', outcome: 'under_16' });
    const emergency = await post({ findings: ['numbness_saddle_area'] });
    expect(emergency.status).toBe(200);
    expect(await emergency.json()).toMatchObject({ level: 'emergency', path: ['emergency_signs'] });
  });

  test('collapses duplicate findings', async () => {
    const twice = { ...good, findings: ['muscle_stiffness', 'muscle_stiffness', 'recent_strain_or_lifting', 'muscle_stiffness'] };
    const once = { ...good, findings: ['muscle_stiffness', 'recent_strain_or_lifting'] };
    expect(await (await post(twice)).json()).toEqual(await (await post(once)).json());
  });

  test('a 200 answer carries an id that looks like markup only as JSON escapes', async () => {
    const response = await post({ ...good, id: '<script>alert(1)</script>' });
    const text = await response.text();
    expect(text).not.toContain('<');
    expect(JSON.parse(text).id).toBe('<script>alert(1)</script>');
  });
});

describe('POST /api/triage turns down bad input with a JSON error', () => {
  test.each([
    ['not JSON', '{"age": 34,', /not valid JSON/],
    ['empty', '', /empty/],
    ['only whitespace', ' \n ', /empty/],
    ['a JSON array', '[]', /must be a patient object/],
    ['a JSON string', '"hello"', /must be a patient object/],
    ['JSON null', 'null', /must be a patient object/],
    ['an empty object', '{}', /age: is required/],
    ['a field given twice (JSON would keep the last, dropping the emergency)', '{"age":40,"durationDays":3,"findings":["numbness_saddle_area"],"findings":[]}', /^request body is ambiguous: "findings" is given more than once/],
  ])('%s: 400', async (_what, body, message) => {
    expect((await expectApiError(await post(body), 400)).error).toMatch(message);
  });

  test('invalid UTF-8: 400', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const body = await expectApiError(await POST(postJson('/api/triage', bytes), noParams), 400);
    expect(body.error).toMatch(/UTF-8/);
  });

  test.each([
    ['age out of range', { ...good, age: 121 }, 'age', /whole number of years from 0 to 120/],
    ['age negative', { ...good, age: -1 }, 'age', /from 0 to 120/],
    ['age not whole', { ...good, age: 34.5 }, 'age', /whole number/],
    ['age as a string', { ...good, age: '34' }, 'age', /whole number/],
    ['duration out of range', { ...good, durationDays: 3651 }, 'durationDays', /days from 0 to 3650/],
    ['sex unknown', { ...good, sex: 'other' }, 'sex', /"female" or "male"/],
    ['findings not an array', { ...good, findings: 'muscle_stiffness' }, 'findings', /array of finding ids/],
    ['findings missing', { age: 34, sex: 'male', durationDays: 2 }, 'findings', /is required/],
    ['how long it has lasted missing, at an age the check asks it', { age: 34, findings: [] }, 'durationDays', /^is required$/],
    ['age missing, and so whether the check asks how long', { findings: [] }, 'age', /^is required$/],
    ['unknown finding', { ...good, findings: ['no_such_finding'] }, 'findings[0]', /unknown finding "no_such_finding"/],
    ['finding not a string', { ...good, findings: [7] }, 'findings[0]', /must be a string/],
    // A red flag the check asks only after another answer: counted without it, it would be dropped.
    ['finding the check would not ask', { ...good, findings: ['leg_weakness_getting_worse'] }, 'findings', /^"leg_weakness_getting_worse" is asked only when "leg_weakness_one_side":/],
    ['finding not asked at this age', { ...good, age: 60, findings: ['pregnant'] }, 'findings', /^"pregnant" is asked only when age is from 12 to 55 years:/],
    ['id empty', { ...good, id: '' }, 'id', /must not be empty/],
    ['flow not a string', { ...good, flow: 3 }, 'flow', /flow id string/],
  ])('%s: 400 naming the path', async (_what, patient, path, message) => {
    const body = await expectApiError(await post(patient), 400);
    expect(body.issues).toContainEqual({ path, message: expect.stringMatching(message) });
    expect(body.error.startsWith(`${path}: `)).toBe(true);
  });

  test('an unknown extra key: 400, naming it and the keys a request may have', async () => {
    const body = await expectApiError(await post({ ...good, extra: 1 }), 400);
    expect(body.error).toBe('unknown field "extra"; a patient has only id?, age, sex?, durationDays, findings (a request may add flow and region)');
    expect(body.issues).toEqual([{ path: '', message: body.error }]);
  });

  test('lists the first few of many problems and counts the rest', async () => {
    const findings = Array.from({ length: 60 }, (_, i) => `nope_${i}`);
    const body = await expectApiError(await post({ ...good, findings }), 400);
    expect(body.issues).toHaveLength(MAX_ISSUES);
    expect(body.error).toMatch(/\(and 59 more problems\)$/);
  });

  test('a query string: 400, saying the region goes in the body (it would otherwise be ignored)', async () => {
    const response = await POST(postJson('/api/triage?region=us', JSON.stringify(good)), noParams);
    const body = await expectApiError(response, 400);
    expect(body.error).toMatch(/"region" in the JSON body/);
  });

  test('an unknown flow: 404', async () => {
    const body = await expectApiError(await post({ ...good, flow: 'knee-pain' }), 404);
    expect(body.error).toBe('flow: unknown flow "knee-pain"; known flows: back-spasms');
    expect(body.issues).toEqual([{ path: 'flow', message: 'unknown flow "knee-pain"; known flows: back-spasms' }]);
  });

  test.each([
    ['no Content-Type', undefined],
    ['text/plain', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['a JSON look-alike', 'application/jsonx'],
    ['JSON in another charset', 'application/json; charset=latin1'],
    ['JSON with another parameter', 'application/json; boundary=x'],
    ['application/ld+json', 'application/ld+json'],
  ])('%s: 415', async (_what, contentType) => {
    const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
    // A string body would get text/plain from the Request itself; bytes leave the header as given.
    const body = new TextEncoder().encode(JSON.stringify(good));
    await expectApiError(await POST(request('/api/triage', { method: 'POST', body, headers }), noParams), 415);
  });

  test('a body over 64 KiB: 413', async () => {
    const big = JSON.stringify({ ...good, id: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await expectApiError(await post(big), 413)).error).toBe(`request body is larger than ${MAX_BODY_BYTES} bytes`);
  });

  test('a body of exactly 64 KiB is read (and judged on its content)', async () => {
    const json = JSON.stringify(good);
    const exact = json + ' '.repeat(MAX_BODY_BYTES - json.length);
    expect((await post(exact)).status).toBe(200);
  });

  test('a body over 64 KiB that claims to be small: 413, counted while reading', async () => {
    const big = JSON.stringify({ ...good, id: 'x'.repeat(MAX_BODY_BYTES) });
    const req = request('/api/triage', { method: 'POST', body: big, headers: { 'content-type': 'application/json', 'content-length': '10' } });
    await expectApiError(await POST(req, noParams), 413);
  });

  test('a streamed body with no Content-Length is cut off at 64 KiB, without reading the rest', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
      },
    });
    const req = request('/api/triage', { method: 'POST', body: endless, headers: { 'content-type': 'application/json' } });
    expect(req.headers.get('content-length')).toBeNull();
    await expectApiError(await POST(req, noParams), 413);
    expect(pulled).toBeLessThan(10);
  });

  test('a declared Content-Length over 64 KiB: 413 before reading', async () => {
    const req = request('/api/triage', {
      method: 'POST',
      body: JSON.stringify(good),
      headers: { 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) },
    });
    await expectApiError(await POST(req, noParams), 413);
    expect(req.bodyUsed).toBe(false);
  });

  test('a <script> string in every field is never echoed', async () => {
    const evil = '<script>alert(1)</script>';
    for (const body of [
      { id: evil, age: evil, sex: evil, durationDays: evil, findings: [evil], flow: evil, [evil]: evil },
      { id: evil, age: evil, sex: evil, durationDays: evil, findings: [evil, { [evil]: evil }], [evil]: evil },
      { ...good, [evil]: evil },
      { ...good, findings: [evil] },
      [evil],
      evil,
    ]) {
      const response = await post(body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expectNothingLeaked(await response.text());
    }
    expectNothingLeaked(await (await post(`{"age": ${evil}}`)).text());
  });
});

describe('POST /api/triage: __proto__, constructor and prototype cannot change the result', () => {
  const keys = ['__proto__', 'constructor', 'prototype'];

  test.each(keys)('%s as a top-level key is an unknown field', async (key) => {
    // Written as text: an object literal's __proto__ would set its prototype, not add a key.
    const text = `{"age":34,"sex":"male","durationDays":2,"findings":[],"${key}":{"age":90,"findings":["numbness_saddle_area"],"flow":"x"}}`;
    const body = await expectApiError(await post(text), 400);
    expect(body.error).toBe(`unknown field "${key}"; a patient has only id?, age, sex?, durationDays, findings (a request may add flow and region)`);
  });

  test.each(keys)('%s nested in findings is turned down', async (key) => {
    const text = `{"age":34,"sex":"male","durationDays":2,"findings":[{"${key}":{"length":0}}]}`;
    const body = await expectApiError(await post(text), 400);
    expect(body.issues).toEqual([{ path: 'findings[0]', message: 'each finding must be a string' }]);
  });

  test.each(keys)('%s as a finding id, a flow id or an id', async (key) => {
    expect((await expectApiError(await post({ ...good, findings: [key] }), 400)).error).toBe(`findings[0]: unknown finding "${key}"`);
    await expectApiError(await post({ ...good, flow: key }), 404);
    const response = await post({ ...good, id: key });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...expected(good), id: key });
  });

  test('none of it leaks into Object.prototype', async () => {
    await post('{"__proto__":{"polluted":true},"age":34,"sex":"male","durationDays":2,"findings":[]}');
    await post('{"constructor":{"prototype":{"polluted":true}},"age":34,"sex":"male","durationDays":2,"findings":[]}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('POST /api/triage when the engine fails', () => {
  test('500 with a generic message, logging the error but not the body', async () => {
    jest.mocked(triagePatient).mockImplementationOnce(() => {
      throw new Error('the machine broke');
    });
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await post({ ...good, id: 'secret-patient-marker' });
      const body = await expectApiError(response, 500);
      expect(body).toEqual({ error: 'internal error', issues: [] });
      expect(log).toHaveBeenCalledTimes(1);
      const logged = log.mock.calls.flat().map(String).join(' ');
      expect(logged).toContain('the machine broke');
      expect(logged).not.toContain('secret-patient-marker');
      expect(logged).not.toContain('recent_strain_or_lifting');
    } finally {
      log.mockRestore();
    }
  });
});

describe('other methods on /api/triage', () => {
  test.each([
    ['GET', GET],
    ['HEAD', HEAD],
    ['PUT', PUT],
    ['PATCH', PATCH],
    ['DELETE', DELETE],
    ['OPTIONS', OPTIONS],
  ])('%s: 405 with Allow: POST', async (method, handler) => {
    const response = await handler(request('/api/triage', { method }), noParams);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await expectApiError(response, 405)).error).toBe(`${method} is not allowed here; use POST`);
  });
});
