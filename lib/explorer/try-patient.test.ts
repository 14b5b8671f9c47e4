import fc from 'fast-check';
import { toFlowCore } from '../flow/flow-core';
import { parseFlow } from '../flow/parse-flow';
import { patientArbitrary } from '../testing/patient-arbitrary';
import { tinyFlow } from '../testing/tiny-flow';
import { readAnswer } from '../screens';
import { runTriage } from '../triage/run-triage';
import { patientForm, readPatientForm, tryPatient } from './try-patient';

const flow = parseFlow(tinyFlow());
const core = toFlowCore(flow);
const form = patientForm(core);

/** Form values as a browser's FormData gives them. */
function values(fields: Record<string, string | string[]>) {
  return {
    get: (name: string) => {
      const v = fields[name];
      return v === undefined ? null : Array.isArray(v) ? (v[0] ?? null) : v;
    },
    getAll: (name: string) => {
      const v = fields[name];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    },
  };
}

describe('the form', () => {
  test('asks each fact a screen asks, as that screen does', () => {
    expect(form.facts).toEqual([
      { kind: 'number', id: 'age', label: 'Age', hint: 'A whole number of years, 0 to 120' },
      {
        kind: 'options',
        id: 'durationDays',
        label: 'How long',
        options: [
          { value: '0', label: 'Days' },
          { value: '42', label: 'Six weeks or more' },
        ],
      },
    ]);
  });

  test('lists every finding once, grouped by the screen that asks it', () => {
    expect(form.groups.map((g) => [g.screen, g.findings.map((f) => f.id)])).toEqual([
      ['first', ['red']],
      ['signs', ['amber', 'mild', 'only_older']],
      ['worse', ['worse']],
    ]);
    expect(form.groups.flatMap((g) => g.findings.map((f) => f.id)).sort()).toEqual(Object.keys(flow.findings).sort());
  });
});

describe('reading the form', () => {
  test('a patient from the values', () => {
    expect(readPatientForm(core, form, values({ age: ' 34 ', durationDays: '42', findings: ['amber', 'mild', 'amber', 'unknown'] }))).toEqual({
      patient: { age: 34, durationDays: 42, findings: ['amber', 'mild'] },
    });
  });

  test('problems in the flow’s own words', () => {
    expect(readPatientForm(core, form, values({ age: '', durationDays: '0' }))).toEqual({ problems: [{ field: 'age', message: 'Enter a number' }] });
    expect(readPatientForm(core, form, values({ age: '3.5', durationDays: '0' }))).toEqual({
      problems: [{ field: 'age', message: 'Enter a whole number' }],
    });
    // A negative whole number gets the range message, as in the wizard (readAnswer), which says what is wanted.
    const inWizard = readAnswer(core.screens.find((screen) => screen.id === 'age')!, '-5', core);
    expect(readPatientForm(core, form, values({ age: '-5', durationDays: '0' }))).toEqual({ problems: [{ field: 'age', message: 'Enter a number from 0 to 120' }] });
    expect(inWizard).toEqual({ error: 'Enter a number from 0 to 120' });
    expect(readPatientForm(core, form, values({ age: '121' }))).toEqual({
      problems: [
        { field: 'age', message: 'Enter a number from 0 to 120' },
        { field: 'durationDays', message: 'Select how long, from the options shown' },
      ],
    });
  });
});

describe('trying a patient', () => {
  test('answers what runTriage answers, and the steps are the path, the review and the outcome', () => {
    fc.assert(
      fc.property(patientArbitrary(flow), (patient) => {
        const trial = tryPatient(core, patient);
        const result = runTriage(flow, patient);
        expect(trial.result).toEqual(result);
        const stopped = result.level === 'emergency';
        expect(trial.steps).toEqual([...result.path, ...(stopped ? [] : ['review']), result.outcome]);
        expect(trial.fired).toEqual(expect.arrayContaining(result.reasons.map((r) => r.rule)));
      }),
      { numRuns: 300 },
    );
  });

  test('rules below the deciding tier that fired are told too', () => {
    const trial = tryPatient(core, { age: 30, durationDays: 50, findings: ['amber'] });
    expect(trial.result.reasons.map((r) => r.rule)).toEqual(['amber_sign']);
    expect(trial.fired).toEqual(['amber_sign', 'long', 'fine']);
  });
});
