import fc from 'fast-check';
import { loadFlow } from '@/flows';
import examples from '@/flows/back-spasms/examples/patients.json';
import { MAX_BODY_BYTES } from '@/app/api/_lib/read-json-body';
import { expectApiHeaders, isErrorBody, noParams, request } from '@/app/api/_lib/api-test-helpers';
import { POST } from './route.server';

const backSpasmsFlow = loadFlow('back-spasms');

/*
 * Whatever arrives, POST /api/triage answers 2xx with a result, or 4xx with a JSON error of the
 * documented shape: never a 5xx, never a throw, never markup. Seeded, so a failure replays.
 */
const findingIds = Object.keys(backSpasmsFlow.findings);
const seed = 20_251_125;

interface Sent {
  body: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
}

async function answer({ body, contentType = 'application/json' }: Sent): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = contentType === '' ? {} : { 'content-type': contentType };
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const response = await POST(request('/api/triage', { method: 'POST', body: bytes, headers }), noParams);
  expectApiHeaders(response);
  return { status: response.status, text: await response.text() };
}

/** The property every answer must have; returns the status so callers can ask for more. */
async function wellFormed(sent: Sent): Promise<number> {
  const { status, text } = await answer(sent);
  expect(text).not.toContain('<');
  const parsed: unknown = JSON.parse(text);
  if (status >= 200 && status < 300) {
    expect(parsed).toEqual(expect.objectContaining({ level: expect.any(String), outcome: expect.any(String) }));
  } else {
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(isErrorBody(parsed)).toBe(true);
  }
  return status;
}

const validPatient = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 100 }),
    age: fc.integer({ min: 0, max: 120 }),
    sex: fc.constantFrom('female', 'male'),
    durationDays: fc.integer({ min: 0, max: 3650 }),
    findings: fc.array(fc.constantFrom(...findingIds), { maxLength: 12 }),
    flow: fc.constant('back-spasms'),
  },
  { requiredKeys: ['age', 'sex', 'durationDays', 'findings'] },
);

/** Any JSON value, including ones that look like keys and markup an attacker would try. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '<script>', '', '\u2028', 1e308, -0, Number.MAX_SAFE_INTEGER + 2),
);

const fields = ['id', 'age', 'sex', 'durationDays', 'findings', 'flow', '__proto__', 'constructor', 'prototype', 'extra'];

/** A valid patient with one field replaced, removed or added, or one bad entry among its findings. */
const mutated = fc.oneof(
  fc.tuple(validPatient, fc.constantFrom(...fields), fc.option(nasty, { nil: undefined })).map(([patient, field, value]) => {
    const copy: Record<string, unknown> = { ...patient };
    if (value === undefined) delete copy[field];
    // defineProperty, so "__proto__" becomes a key of the JSON rather than the copy's prototype.
    else Object.defineProperty(copy, field, { value, enumerable: true, writable: true, configurable: true });
    return JSON.stringify(copy);
  }),
  fc.tuple(validPatient, nasty, fc.nat()).map(([patient, value, at]) => {
    const findings: unknown[] = [...patient.findings];
    findings.splice(at % (findings.length + 1), 0, value);
    return JSON.stringify({ ...patient, findings });
  }),
);

describe('POST /api/triage fuzzed', () => {
  test('valid patients are answered 200, or 400 for findings the check would not ask them, and 200 without those', async () => {
    await fc.assert(
      fc.asyncProperty(validPatient, async (patient) => {
        const status = await wellFormed({ body: JSON.stringify(patient) });
        if (status === 200) return;
        expect(status).toBe(400);
        const { issues } = JSON.parse((await answer({ body: JSON.stringify(patient) })).text) as { issues: { path: string; message: string }[] };
        const skipped = issues.map(({ path, message }) => {
          expect(path).toBe('findings');
          return /^"([a-z0-9_]+)" is asked only when /.exec(message)![1]!;
        });
        expect(await wellFormed({ body: JSON.stringify({ ...patient, findings: patient.findings.filter((id) => !skipped.includes(id)) }) })).toBe(200);
      }),
      { seed, numRuns: 500 },
    );
  });

  test('valid patients with one field broken get a 2xx or a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (body) => {
        await wellFormed({ body });
      }),
      { seed, numRuns: 1500 },
    );
  });

  test('random JSON values get a 4xx (or a 2xx if they happen to be a patient)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json({ maxDepth: 4 }), fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'undefined')), async (body) => {
        await wellFormed({ body });
      }),
      { seed, numRuns: 1000 },
    );
  });

  test('random text and bytes get a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((bytes) => new Uint8Array(bytes)),
          // A valid body cut short anywhere.
          fc.tuple(fc.constantFrom(...examples), fc.nat()).map(([p, cut]) => {
            const text = JSON.stringify(p);
            return text.slice(0, cut % text.length);
          }),
        ),
        async (body) => {
          const status = await wellFormed({ body });
          expect(status).toBeLessThan(500);
        },
      ),
      { seed, numRuns: 1000 },
    );
  });

  test('wrong content types get a 415, whatever the body', async () => {
    const headerSafe = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz/+-.; =_"0123456789'), maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(headerSafe, fc.constantFrom('text/plain', 'text/html', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml')),
        fc.oneof(validPatient.map((p) => JSON.stringify(p)), fc.string({ maxLength: 50 })),
        async (contentType, body) => {
          const status = await wellFormed({ body, contentType });
          if (!/^\s*application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(contentType)) expect(status).toBe(415);
        },
      ),
      { seed, numRuns: 500 },
    );
  });

  test('huge arrays, deep nesting, long strings and big numbers get a 4xx', async () => {
    // Half the sizes stay under the body limit, so the parser and schema see them too.
    const size = fc.oneof(fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 1, max: 40_000 }));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          size.map((n) => JSON.stringify({ age: 34, sex: 'male', durationDays: 2, findings: Array(n).fill('muscle_stiffness') })),
          size.map((n) => JSON.stringify({ age: 34, sex: 'male', durationDays: 2, findings: Array(n).fill(0) })),
          size.map((n) => `{"age":34,"sex":"male","durationDays":2,"findings":${'['.repeat(n)}${']'.repeat(n)}}`),
          size.map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
          size.map((n) => JSON.stringify({ age: 34, sex: 'male', durationDays: 2, findings: [], id: 'x'.repeat(n * 2) })),
          size.map((n) => `{"age":${'9'.repeat(n)},"sex":"male","durationDays":2,"findings":[]}`),
          size.map((n) => `[${'1,'.repeat(n)}1]`),
        ),
        async (body) => {
          const status = await wellFormed({ body });
          if (Buffer.byteLength(body) > MAX_BODY_BYTES) expect(status).toBe(413);
        },
      ),
      { seed, numRuns: 300 },
    );
  });

  test('the answer never depends on anything but the body', async () => {
    // Same body twice, far apart in a run: the same answer (no state kept between requests).
    const body = JSON.stringify(examples[0]);
    const first = await answer({ body });
    await answer({ body: JSON.stringify({ ...examples[0], findings: [] }) });
    expect(await answer({ body })).toEqual(first);
  });
});
