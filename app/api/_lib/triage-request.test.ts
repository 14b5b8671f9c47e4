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
// Two regions; in "far" the flows read the same, as the test needs only to tell which was asked for.
const far = new Map([...flows].map(([id, flow]) => [id, { ...flow, title: `${flow.title} far away` }]));
const registry: FlowRegistry = {
  DEFAULT_FLOW_ID: 'tiny',
  DEFAULT_REGION_ID: 'here',
  getFlow: (id, region = 'here') => (region === 'far' ? far : region === 'here' ? flows : new Map<string, Flow>()).get(id),
  flowIds: () => [...flows.keys()],
  regionIds: () => ['here', 'far'],
};
const patient = { age: 30, durationDays: 3, findings: ['mild', 'mild'] };

describe('parseTriageRequest', () => {
  test('runs the default flow unless the body names another; flow is not part of the patient', () => {
    expect(parseTriageRequest(patient, registry)).toEqual({ flow: tiny, patient: { ...patient, findings: ['mild'] } });
    expect(parseTriageRequest({ ...patient, flow: 'other' }, registry).flow).toBe(other);
    expect(parseTriageRequest({ ...patient, flow: 'other' }, registry).patient).not.toHaveProperty('flow');
  });

  test('runs the flow in the region the body names, else the default; region is not part of the patient', () => {
    expect(parseTriageRequest({ ...patient, region: 'far' }, registry).flow).toBe(far.get('tiny'));
    expect(parseTriageRequest({ ...patient, region: 'far' }, registry).patient).not.toHaveProperty('region');
    expect(parseTriageRequest({ ...patient, flow: 'other', region: 'far' }, registry).flow).toBe(far.get('other'));
  });

  test('an unknown or malformed region is refused, naming the known ones', () => {
    expect(() => parseTriageRequest({ ...patient, region: 'mars' }, registry)).toThrow(
      expect.objectContaining({ status: 404, message: 'region: unknown region "mars"; known regions: here, far' }),
    );
    expect(() => parseTriageRequest({ ...patient, region: 7 }, registry)).toThrow(expect.objectContaining({ status: 400, message: expect.stringMatching(/^region: /) }));
    expect(() => parseTriageRequest({ ...patient, region: '<script>' }, registry)).toThrow('region: unknown region; known regions: here, far');
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

  test('a body that is not an object is refused in the CLI’s words, less its "or an array of patients"', () => {
    for (const body of [null, [], 'x', 1]) {
      expect(() => parseTriageRequest(body, registry)).toThrow(expect.objectContaining({ status: 400, message: 'must be a patient object with id?, age, durationDays, sex?, findings' }));
    }
  });
});
