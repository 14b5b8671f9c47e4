import type { Flow } from '@/lib/flow/flow-schema';
import { parseFlow } from '@/lib/flow/parse-flow';
import type { FlowRegistry } from '@/lib/flow/registry';
import { tinyFlow } from '@/lib/testing/tiny-flow';
import { parseTriageRequest } from './triage-request';

// lib/ never imports flows/: a registry of the test flow, under two ids, stands in for flows/index.ts.
const tiny = parseFlow(tinyFlow());
const other: Flow = { ...tiny, id: 'other' };
const flows = new Map<string, Flow>([
  ['tiny', tiny],
  ['other', other],
]);
const registry: FlowRegistry = { DEFAULT_FLOW_ID: 'tiny', getFlow: (id) => flows.get(id), flowIds: () => [...flows.keys()] };
const patient = { age: 30, durationDays: 3, findings: ['mild', 'mild'] };

describe('parseTriageRequest', () => {
  test('runs the default flow unless the body names another; flow is not part of the patient', () => {
    expect(parseTriageRequest(patient, registry)).toEqual({ flow: tiny, patient: { ...patient, findings: ['mild'] } });
    expect(parseTriageRequest({ ...patient, flow: 'other' }, registry).flow).toBe(other);
    expect(parseTriageRequest({ ...patient, flow: 'other' }, registry).patient).not.toHaveProperty('flow');
  });

  test('judges findings against the chosen flow', () => {
    expect(() => parseTriageRequest({ ...patient, findings: ['numbness_saddle_area'] }, registry)).toThrow(
      'findings[0]: unknown finding "numbness_saddle_area"',
    );
  });

  test('an unknown or malformed flow is refused before the patient is read', () => {
    expect(() => parseTriageRequest({ flow: 'nope' }, registry)).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => parseTriageRequest({ flow: ['tiny'] }, registry)).toThrow(expect.objectContaining({ status: 400, message: expect.stringMatching(/^flow: /) }));
    expect(() => parseTriageRequest({ ...patient, flow: 'x'.repeat(65) }, registry)).toThrow(expect.objectContaining({ status: 400 }));
  });

  test('a body that is not an object gets the patient schema’s own message', () => {
    for (const body of [null, [], 'x', 1]) {
      expect(() => parseTriageRequest(body, registry)).toThrow('must be a patient object with id, age, durationDays, sex, findings');
    }
  });
});
