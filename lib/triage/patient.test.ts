import { optional, string } from 'zod/mini';
import { safeParse } from 'zod/mini';
import { parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import { inputIssues, oneLine, parsePatient, patientSchema } from './patient';

/* The patient format of a flow, as the CLI and the API read it: what is accepted, and what a caller is told. */
const flow = parseFlow(tinyFlow());
const valid = { age: 30, durationDays: 3, findings: ['mild'] };
const FIELDS = 'id?, age, durationDays, sex?, findings';

const issues = (value: unknown) => {
  const result = parsePatient(flow, value);
  return 'issues' in result ? result.issues : [];
};

describe('a patient', () => {
  test('has the flow’s facts and findings; duplicates are collapsed; the optional fact may be left out', () => {
    expect(parsePatient(flow, { ...valid, findings: ['mild', 'amber', 'mild'] })).toEqual({ patient: { ...valid, findings: ['mild', 'amber'] } });
    expect(parsePatient(flow, { ...valid, id: 'p1', sex: 'female' })).toEqual({ patient: { ...valid, id: 'p1', sex: 'female' } });
    expect(parsePatient(flow, { age: 0, durationDays: 365, findings: [] })).toEqual({ patient: { age: 0, durationDays: 365, findings: [] } });
  });

  test('names a missing field, a number out of range or not whole, and a value that is not one of a choice’s', () => {
    // A fact is required once the check's path is known (./missing-facts); with something else wrong, age, asked on every path, is named too.
    expect(issues({ durationDays: 3, findings: 'mild' })).toEqual([
      { path: 'age', message: 'is required' },
      { path: 'findings', message: 'must be an array of finding ids' },
    ]);
    expect(issues({ age: 30, findings: 'mild' })).toEqual([{ path: 'findings', message: 'must be an array of finding ids' }]);
    const age = [{ path: 'age', message: 'must be a whole number of years from 0 to 120' }];
    for (const bad of [121, -1, 30.5, '30']) expect(issues({ ...valid, age: bad })).toEqual(age);
    expect(issues({ ...valid, durationDays: 366 })).toEqual([{ path: 'durationDays', message: 'must be a whole number of days from 0 to 365' }]);
    expect(issues({ ...valid, sex: 'other' })).toEqual([{ path: 'sex', message: 'must be "female" or "male"' }]);
    expect(issues({ ...valid, sex: undefined })).toEqual([]);
  });

  test('names findings that are not the flow’s, repeating only a plain id', () => {
    expect(issues({ ...valid, findings: ['mild', 'nope'] })).toEqual([{ path: 'findings[1]', message: 'unknown finding "nope"' }]);
    expect(issues({ ...valid, findings: ['<b>'] })).toEqual([{ path: 'findings[0]', message: 'not a known finding id' }]);
    expect(issues({ ...valid, findings: [7] })).toEqual([{ path: 'findings[0]', message: 'each finding must be a string' }]);
    expect(issues({ ...valid, findings: 'mild' })).toEqual([{ path: 'findings', message: 'must be an array of finding ids' }]);
    expect(issues({ age: 30, durationDays: 3 })).toEqual([{ path: 'findings', message: 'is required' }]);
  });

  test('lists each finding at most four times over', () => {
    const findings = Array.from({ length: 21 }, () => 'mild');
    expect(issues({ ...valid, findings })).toEqual([{ path: 'findings', message: 'may have at most 20 entries, duplicates included' }]);
    expect(issues({ ...valid, findings: findings.slice(1) })).toEqual([]);
  });

  test('says a problem once, though the value fails two checks in the same words', () => {
    expect(issues({ ...valid, age: 1e300 })).toEqual([{ path: 'age', message: 'must be a whole number of years from 0 to 120' }]);
  });

  test('may have an id: a string of 1 to 100 characters', () => {
    expect(issues({ ...valid, id: '' })).toEqual([{ path: 'id', message: 'must not be empty' }]);
    expect(issues({ ...valid, id: 'x'.repeat(101) })).toEqual([{ path: 'id', message: 'must be at most 100 characters' }]);
    expect(issues({ ...valid, id: 'x'.repeat(100) })).toEqual([]);
    expect(issues({ ...valid, id: 5 })).toEqual([{ path: 'id', message: 'must be a string' }]);
  });

  test('has no other field, and says which fields there are', () => {
    expect(issues({ ...valid, weight: 80 })).toEqual([{ path: '', message: `unknown field "weight"; a patient has only ${FIELDS}` }]);
    expect(issues({ ...valid, weight: 80, height: 2 })).toEqual([{ path: '', message: `unknown fields "weight", "height"; a patient has only ${FIELDS}` }]);
    expect(issues({ ...valid, 'Weight!': 80 })).toEqual([{ path: '', message: `unknown field; a patient has only ${FIELDS}` }]);
  });

  test('is an object', () => {
    for (const bad of [null, [], 'patient', 3]) expect(issues(bad)).toEqual([{ path: '', message: `must be a patient object with ${FIELDS}` }]);
  });
});

test('a caller may take more beside a patient, and says so in the unknown-field message', () => {
  const schema = patientSchema(flow, { flow: optional(string()) }, ', and flow');
  expect(safeParse(schema, { ...valid, flow: 'tiny' }).success).toBe(true);
  const result = safeParse(schema, { ...valid, knee: 1 });
  expect(result.success || inputIssues(result.error.issues)).toEqual([{ path: '', message: `unknown field "knee"; a patient has only ${FIELDS}, and flow` }]);
});

describe('one line for a person', () => {
  const issue = (path: string) => ({ path, message: 'is wrong' });

  test('is the first problem, with how many more there are', () => {
    expect(oneLine([issue('age')])).toBe('age: is wrong');
    expect(oneLine([issue('')])).toBe('is wrong');
    expect(oneLine([issue('age'), issue('sex')])).toBe('age: is wrong (and 1 more problem)');
    expect(oneLine([issue('age'), issue('sex'), issue('id')])).toBe('age: is wrong (and 2 more problems)');
    expect(oneLine([])).toBe('invalid input');
  });
});
