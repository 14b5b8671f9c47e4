import { parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import { runMachine } from './run-machine';

const flow = parseFlow(tinyFlow());
const patient = { age: 30, durationDays: 3, findings: [] as string[] };

describe('runMachine', () => {
  test('answers each shown screen from the patient and reports the path', () => {
    const result = runMachine(flow, { ...patient, id: 'p1', findings: ['mild'] });
    expect(result).toMatchObject({
      id: 'p1',
      level: 'self_care',
      outcome: 'self_care',
      screens: 4,
      path: ['first', 'age', 'signs', 'durationDays'],
      notAsked: [],
      causes: [{ id: 'strain', name: 'Strain', findings: ['mild'] }],
    });
    expect(result.reasons).toEqual([
      { rule: 'fine', level: 'self_care', text: 'Fine.', sources: [{ id: 'guide', title: 'A guideline' }] },
    ]);
  });

  test('a finding not listed is answered "no"', () => {
    expect(runMachine(flow, { ...patient, findings: ['amber'] }).path).toContain('worse');
    expect(runMachine(flow, { ...patient, findings: ['amber'] }).level).toBe('urgent');
    expect(runMachine(flow, { ...patient, findings: ['amber', 'worse'] }).level).toBe('emergency');
  });

  test('reports findings the check never asked about', () => {
    expect(runMachine(flow, { ...patient, findings: ['red', 'amber'] }).notAsked).toEqual(['amber']);
    expect(runMachine(flow, { ...patient, findings: ['only_older'] }).notAsked).toEqual(['only_older']);
    expect(runMachine(flow, { ...patient, age: 40, findings: ['only_older'] }).notAsked).toEqual([]);
  });

  test('has a null id when the patient has none', () => {
    expect(runMachine(flow, patient).id).toBeNull();
  });
});

test('a patient the machine cannot answer for is an error naming the screen, not a check that never ends', () => {
  expect(() => runMachine(flow, { durationDays: 3, findings: [] })).toThrow('the "tiny" machine did not move on from "age"');
});
