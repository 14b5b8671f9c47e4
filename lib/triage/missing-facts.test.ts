import { parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import { triagePatient } from './run-triage';

// The tiny flow asks age of everyone, and how long the pain has lasted only from 16, as the real one does.
const flow = parseFlow(tinyFlow());

describe('a fact the patient leaves out', () => {
  test('is required when the check would ask it', () => {
    expect(triagePatient(flow, { age: 30, findings: [] })).toEqual({ issues: [{ path: 'durationDays', message: 'is required' }] });
    expect(triagePatient(flow, { durationDays: 3, findings: [] })).toEqual({ issues: [{ path: 'age', message: 'is required' }] });
  });

  test('may be left out when the check would never ask it, as the wizard never does', () => {
    expect(triagePatient(flow, { age: 10, findings: [] })).toMatchObject({ result: { level: 'routine', outcome: 'child', path: ['first', 'age'] } });
    // An emergency sign on the first screen ends the check before age.
    expect(triagePatient(flow, { findings: ['red'] })).toMatchObject({ result: { level: 'emergency', path: ['first'] } });
  });

  test('that leaves the path unknown makes every missing fact required, saying when the check asks it', () => {
    expect(triagePatient(flow, { findings: [] })).toEqual({
      issues: [
        { path: 'age', message: 'is required' },
        { path: 'durationDays', message: 'is required when age is 16 years or more' },
      ],
    });
  });

  test('comes before a finding the check would skip: which findings are asked depends on it', () => {
    expect(triagePatient(flow, { durationDays: 3, findings: ['only_older'] })).toEqual({ issues: [{ path: 'age', message: 'is required' }] });
  });

  test('given when the check would never ask it is not read', () => {
    expect(triagePatient(flow, { age: 10, durationDays: 100, findings: [] })).toEqual(triagePatient(flow, { age: 10, findings: [] }));
  });
});
