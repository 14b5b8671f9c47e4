import { parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import { triagePatient } from './run-triage';

const flow = parseFlow(tinyFlow());
const patient = { age: 30, durationDays: 3, findings: [] as string[] };
const triage = (findings: string[], more: object = {}) => triagePatient(flow, { ...patient, ...more, findings });

describe('a listed finding the check would never ask this patient', () => {
  test('is turned down, naming the answer it follows, rather than dropped (a red flag with it)', () => {
    // "worse" is asked only after "amber"; with it, the tiny flow's answer is an emergency.
    expect(triage(['worse'])).toEqual({
      issues: [
        {
          path: 'findings',
          message: '"worse" is asked only when "amber": this patient would never be asked it, so it cannot count (leave it out, or correct what it depends on)',
        },
      ],
    });
    expect(triage(['amber', 'worse'])).toMatchObject({ result: { level: 'emergency', notAsked: [] } });
  });

  test('names the fact it depends on, with both its screen’s and its item’s conditions', () => {
    expect(triage(['only_older'])).toMatchObject({ issues: [{ path: 'findings', message: expect.stringContaining('"only_older" is asked only when age is 16 years or more and 40 years or more:') }] });
    expect(triage(['only_older'], { age: 40 })).toMatchObject({ result: { level: 'routine', notAsked: [] } });
  });

  test('is one problem each, whatever else is wrong', () => {
    expect(triage(['only_older', 'worse', 'mild'])).toMatchObject({ issues: [{ message: expect.stringMatching(/^"only_older"/) }, { message: expect.stringMatching(/^"worse"/) }] });
  });
});

describe('a finding after the point where an emergency sign ended the check', () => {
  test('is not an error: the result lists it as not asked', () => {
    expect(triage(['red', 'amber', 'worse'])).toMatchObject({ result: { level: 'emergency', path: ['first'], notAsked: ['amber', 'worse'] } });
  });

  test('unless the check went past it before it stopped', () => {
    // Age 10 skips "signs"; the check goes on to the end, so "amber" was skipped, not unreached.
    expect(triage(['amber'], { age: 10 })).toMatchObject({ issues: [{ message: expect.stringMatching(/^"amber" is asked only when age is 16 years or more:/) }] });
  });
});
