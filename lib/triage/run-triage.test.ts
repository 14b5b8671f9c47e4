import { parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import { runTriage } from './run-triage';

const flow = parseFlow(tinyFlow());
const patient = { age: 30, durationDays: 3, findings: [] as string[] };

describe('runTriage', () => {
  test('answers each shown screen from the patient and reports the path', () => {
    const result = runTriage(flow, { ...patient, id: 'p1', findings: ['mild'] });
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
    expect(runTriage(flow, { ...patient, findings: ['amber'] }).path).toContain('worse');
    expect(runTriage(flow, { ...patient, findings: ['amber'] }).level).toBe('urgent');
    expect(runTriage(flow, { ...patient, findings: ['amber', 'worse'] }).level).toBe('emergency');
  });

  test('reports findings the check never asked about', () => {
    expect(runTriage(flow, { ...patient, findings: ['red', 'amber'] }).notAsked).toEqual(['amber']);
    expect(runTriage(flow, { ...patient, findings: ['only_older'] }).notAsked).toEqual(['only_older']);
    expect(runTriage(flow, { ...patient, age: 40, findings: ['only_older'] }).notAsked).toEqual([]);
  });

  test('has a null id when the patient has none', () => {
    expect(runTriage(flow, patient).id).toBeNull();
  });
});

test('a patient the machine cannot answer for is an error naming the screen, not a check that never ends', () => {
  expect(() => runTriage(flow, { durationDays: 3, findings: [] })).toThrow('the "tiny" machine did not accept an answer to "age"');
});
