import fc from 'fast-check';
import type { QuestionnaireItem, QuestionnaireResponse } from 'fhir/r4';
import { parseFlow } from '../flow/parse-flow';
import { checkConformance } from '../testing/fhir/conformance';
import { shownLinkIds } from '../testing/fhir/shown';
import { createFhirValidator } from '../testing/fhir/validator';
import { patientArbitrary } from '../testing/patient-arbitrary';
import { answersFor } from '../testing/patient-answers';
import { tinyFlow } from '../testing/tiny-flow';
import { resultView } from '../testing/views';
import { runTriage } from '../triage/run-triage';
import { ENABLE_WHEN_EXPRESSION } from './enable-when';
import {
  answersFromResponse,
  bundleFileName,
  FHIR_JSON,
  flowQuestionnaire,
  patientFromAnswers,
  patientFromResponse,
  questionnaireResponse,
  triageBundle,
} from '.';

/*
 * The FHIR mapping on the engine's own tiny flow, and on a variant with a choice screen and conditions
 * enableWhen cannot express. The real flow's FHIR is tested in flows/back-spasms/fhir.test.ts.
 */

const flow = parseFlow(tinyFlow());
const AUTHORED = new Date('2026-11-25T14:05:00Z');

/** The tiny flow plus a choice screen (sex) and two follow-ups whose showIf enableWhen cannot say. */
const variant = (() => {
  const base = tinyFlow();
  return parseFlow({
    ...base,
    facts: { ...base.facts, sex: { kind: 'choice', label: 'Sex', values: ['female', 'male'] } },
    findings: {
      ...base.findings,
      tired: { label: 'Tired', why: 'Tired matters.', sources: ['guide'] },
      odd: { label: 'Odd', why: 'Odd matters.', sources: ['guide'] },
    },
    screens: [
      ...base.screens.slice(0, 2),
      { kind: 'choice', id: 'sex', summaryLabel: 'Sex', question: 'Your sex?', options: [{ value: 'female', label: 'Female' }, { value: 'male', label: 'Male' }] },
      ...base.screens.slice(2),
      // a `not`
      { kind: 'yesno', id: 'tired', summaryLabel: 'Tired', question: 'Tired?', showIf: { all: [{ fact: 'age', atLeast: 16 }, { not: { finding: 'mild' } }] } },
      // an `all` of two inside an `any`
      {
        kind: 'yesno',
        id: 'odd',
        summaryLabel: 'Odd',
        question: 'Odd?',
        showIf: { any: [{ all: [{ finding: 'amber' }, { fact: 'sex', is: 'female' }] }, { fact: 'durationDays', atLeast: 42 }] },
      },
    ],
  });
})();

let validator: ReturnType<typeof createFhirValidator>;
beforeAll(() => {
  validator = createFhirValidator();
});

const find = (items: QuestionnaireItem[] | undefined, linkId: string): QuestionnaireItem | undefined => {
  for (const item of items ?? []) {
    if (item.linkId === linkId) return item;
    const inside = find(item.item, linkId);
    if (inside) return inside;
  }
  return undefined;
};

describe('flowQuestionnaire', () => {
  const questionnaire = flowQuestionnaire(flow);
  const item = (linkId: string) => find(questionnaire.item, linkId)!;

  test('is valid FHIR R4, with the canonical url, the version and a computer-friendly name', () => {
    expect(validator.validate(questionnaire)).toEqual([]);
    expect(questionnaire).toMatchObject({
      resourceType: 'Questionnaire',
      url: 'https://back-spasm-self-check.example/fhir/Questionnaire/tiny',
      version: '1.0.0',
      name: 'Tiny',
      title: 'Tiny check',
      status: 'active',
      subjectType: ['Patient'],
    });
    expect(questionnaire.date).toBeUndefined();
    expect(flowQuestionnaire({ ...flow, id: 'back-spasms', date: '2026-11-25' })).toMatchObject({ name: 'BackSpasms', date: '2026-11-25' });
  });

  test('a checklist is a group of booleans, each coded as its finding, with its own enableWhen', () => {
    expect(item('signs')).toMatchObject({ type: 'group', text: 'Any of these?', enableWhen: [{ question: 'age', operator: '>=', answerInteger: 16 }] });
    expect(item('amber')).toMatchObject({
      type: 'boolean',
      text: 'An amber sign',
      code: [{ system: 'https://back-spasm-self-check.example/fhir/CodeSystem/tiny-findings', code: 'amber', display: 'An amber sign' }],
    });
    expect(item('only_older').enableWhen).toEqual([{ question: 'age', operator: '>=', answerInteger: 40 }]);
    expect(item('amber.why')).toMatchObject({ type: 'display', text: 'Amber matters.', extension: [{ valueCodeableConcept: { coding: [{ code: 'help' }] } }] });
  });

  test('yes/no is a choice of yes, no and not sure; a follow-up of a checklist item is enabled by its tick', () => {
    expect(item('worse')).toMatchObject({ type: 'choice', enableWhen: [{ question: 'amber', operator: '=', answerBoolean: true }] });
    expect(item('worse').answerOption!.map((o) => o.valueCoding!.code)).toEqual(['yes', 'no', 'not_sure']);
  });

  test('a number is an integer with its range and unit; a range is a choice of its bands', () => {
    expect(item('age')).toMatchObject({ type: 'integer' });
    expect(item('age').extension).toEqual([
      { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
      { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 120 },
      { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit', valueCoding: { system: 'http://unitsofmeasure.org', code: 'a', display: 'years' } },
    ]);
    expect(item('durationDays').answerOption!.map((o) => o.valueCoding)).toEqual([
      { system: 'https://back-spasm-self-check.example/fhir/CodeSystem/tiny-durationDays', code: 'days', display: 'Days' },
      { system: 'https://back-spasm-self-check.example/fhir/CodeSystem/tiny-durationDays', code: 'weeks', display: 'Six weeks or more' },
    ]);
  });

  test('a condition enableWhen cannot express gets the SDC enableWhenExpression instead', () => {
    const q = flowQuestionnaire(variant);
    expect(validator.validate(q)).toEqual([]);
    for (const linkId of ['tired', 'odd']) {
      const it = find(q.item, linkId)!;
      expect(it.enableWhen).toBeUndefined();
      expect(it.extension!.find((e) => e.url === ENABLE_WHEN_EXPRESSION)!.valueExpression).toMatchObject({ language: 'text/fhirpath' });
    }
    expect(find(q.item, 'sex')!.answerOption!.map((o) => o.valueCoding!.code)).toEqual(['female', 'male']);
  });
});

describe('enableWhen and enableWhenExpression enable exactly what the engine shows', () => {
  test.each([
    ['the tiny flow', flow],
    ['the variant', variant],
  ])('%s, for random patients', (_name, f) => {
    const questionnaire = flowQuestionnaire(f);
    fc.assert(
      fc.property(patientArbitrary(f, 3), fc.boolean(), (patient, notSure) => {
        const answers = answersFor(f, patient, { notSure });
        const response = questionnaireResponse(f, answers, AUTHORED);
        const { errors, enabled } = checkConformance(questionnaire, response);
        expect(errors).toEqual([]);
        expect([...enabled].sort()).toEqual([...shownLinkIds(f, answers)].sort());
        expect(patientFromResponse(f, response)).toEqual({ patient: patientFromAnswers(f, answers) });
      }),
      { numRuns: 200 },
    );
  });
});

describe('questionnaireResponse and triageBundle', () => {
  const patients = {
    emergency: { age: 30, durationDays: 1, findings: ['red'] },
    urgent: { age: 30, durationDays: 1, findings: ['amber'] },
    routine: { age: 45, durationDays: 50, findings: ['only_older'] },
    child: { age: 10, durationDays: 1, findings: [] },
    self_care: { age: 30, durationDays: 1, findings: ['mild'] },
  };

  test.each(Object.entries(patients))('%s: valid, conforming, and the same answers and result back', (outcome, patient) => {
    const answers = answersFor(flow, patient);
    const { output } = resultView(flow, answers);
    expect(output.outcome).toBe(outcome);
    const response = questionnaireResponse(flow, answers, AUTHORED);
    expect(validator.validate(response)).toEqual([]);
    expect(checkConformance(flowQuestionnaire(flow), response).errors).toEqual([]);
    const bundle = triageBundle(flow, answers, output, AUTHORED);
    expect(validator.validate(bundle)).toEqual([]);
    expect(answersFromResponse(flow, response)).toEqual({ answers });
    const back = patientFromResponse(flow, response);
    if (!('patient' in back)) throw new Error(back.issues.join('; '));
    const { id: _a, notAsked: _b, ...again } = runTriage(flow, back.patient);
    const { id: _c, notAsked: _d, ...first } = runTriage(flow, patient);
    expect(again).toEqual(first);
  });

  test('a checklist answers every item shown, ticked or not; the range gives its band, and the fact its start', () => {
    const answers = answersFor(flow, patients.routine);
    const response = questionnaireResponse(flow, answers, AUTHORED);
    expect(response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://back-spasm-self-check.example/fhir/Questionnaire/tiny|1.0.0',
      status: 'completed',
    });
    expect(response.item!.find((i) => i.linkId === 'signs')!.item).toEqual([
      { linkId: 'amber', text: 'An amber sign', answer: [{ valueBoolean: false }] },
      { linkId: 'mild', text: 'A mild sign', answer: [{ valueBoolean: false }] },
      { linkId: 'only_older', text: 'A sign asked of over-40s', answer: [{ valueBoolean: true }] },
    ]);
    expect(response.item!.find((i) => i.linkId === 'durationDays')!.answer).toEqual([
      { valueCoding: { system: 'https://back-spasm-self-check.example/fhir/CodeSystem/tiny-durationDays', code: 'weeks', display: 'Six weeks or more' } },
    ]);
    expect(patientFromAnswers(flow, answers)).toEqual({ age: 45, durationDays: 42, findings: ['only_older'] });
  });

  test('an emergency on the first screen: only that screen in the response, and no age in the patient', () => {
    const answers = answersFor(flow, patients.emergency);
    const response = questionnaireResponse(flow, answers, AUTHORED);
    expect(response.item!.map((i) => i.linkId)).toEqual(['first']);
    expect(patientFromResponse(flow, response)).toEqual({ patient: { findings: ['red'] } });
    expect(questionnaireResponse(flow, {}, AUTHORED).item).toBeUndefined();
  });

  test('the bundle: a collection of the response, a RiskAssessment and an empty Patient, linked by urn:uuid', () => {
    const answers = answersFor(flow, patients.urgent);
    const ids = ['b', 'r', 'a', 'p'].map((c) => `${c}0000000-0000-4000-8000-000000000000`);
    const bundle = triageBundle(flow, answers, resultView(flow, answers).output, AUTHORED, () => ids.shift()!);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:b${'0'.repeat(7)}-0000-4000-8000-000000000000` } });
    expect(bundle.entry!.map((e) => [e.fullUrl!.slice(9, 10), e.resource!.resourceType])).toEqual([
      ['r', 'QuestionnaireResponse'],
      ['a', 'RiskAssessment'],
      ['p', 'Patient'],
    ]);
    const assessment = bundle.entry![1]!.resource!;
    expect(assessment).toMatchObject({
      status: 'final',
      subject: { reference: bundle.entry![2]!.fullUrl, type: 'Patient' },
      basis: [{ reference: bundle.entry![0]!.fullUrl, type: 'QuestionnaireResponse' }],
      method: { coding: [{ code: 'tiny' }], text: 'Tiny check rules, version 1.0.0' },
      prediction: [
        {
          extension: [
            {
              url: 'https://back-spasm-self-check.example/fhir/StructureDefinition/triage-rule',
              valueCoding: { system: 'https://back-spasm-self-check.example/fhir/CodeSystem/tiny-rules', version: '1.0.0', code: 'amber_sign', display: 'Amber.' },
            },
          ],
          outcome: { coding: [{ system: 'https://back-spasm-self-check.example/fhir/CodeSystem/tiny-outcomes', code: 'urgent', display: 'Today' }] },
          qualitativeRisk: { coding: [{ system: 'https://back-spasm-self-check.example/fhir/CodeSystem/triage-tier', code: 'urgent' }] },
          rationale: 'Amber. (rule amber_sign; sources: A guideline)',
        },
      ],
    });
    expect((bundle.entry![0]!.resource as QuestionnaireResponse).subject).toEqual({ reference: bundle.entry![2]!.fullUrl, type: 'Patient' });
  });

  test('random ids are version 4 UUIDs, from randomUUID or, where it is missing, getRandomValues', () => {
    const answers = answersFor(flow, patients.self_care);
    const output = resultView(flow, answers).output;
    const uuid = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const urls = (b: ReturnType<typeof triageBundle>) => [b.identifier!.value!, ...b.entry!.map((e) => e.fullUrl!)];
    const first = urls(triageBundle(flow, answers, output, AUTHORED));
    expect(new Set(first).size).toBe(4);
    for (const url of first) expect(url).toMatch(uuid);
    // As on a page served over plain http: getRandomValues, but no randomUUID.
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    const getRandomValues = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
    Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues }, configurable: true });
    try {
      const second = urls(triageBundle(flow, answers, output, AUTHORED));
      expect(new Set(second).size).toBe(4);
      for (const url of second) expect(url).toMatch(uuid);
    } finally {
      Object.defineProperty(globalThis, 'crypto', original);
    }
    expect(typeof globalThis.crypto.randomUUID).toBe('function');
  });

  test('dates are the device’s local time with its offset; the file name has the local date', () => {
    const spy = jest.spyOn(Date.prototype, 'getTimezoneOffset');
    try {
      spy.mockReturnValue(-90);
      expect(questionnaireResponse(flow, {}, AUTHORED).authored).toBe('2026-11-25T15:35:00+01:30');
      spy.mockReturnValue(600);
      expect(questionnaireResponse(flow, {}, AUTHORED).authored).toBe('2026-11-25T04:05:00-10:00');
      expect(bundleFileName(new Date('2026-11-25T05:00:00Z'))).toBe('self-check-2026-11-24.fhir.json');
      spy.mockReturnValue(0);
      expect(questionnaireResponse(flow, {}, AUTHORED).authored).toBe('2026-11-25T14:05:00+00:00');
    } finally {
      spy.mockRestore();
    }
    expect(FHIR_JSON).toBe('application/fhir+json');
  });
});

describe('answersFromResponse', () => {
  const answers = answersFor(flow, { age: 45, durationDays: 50, findings: ['amber', 'worse'] });
  const good = questionnaireResponse(flow, answers, AUTHORED);
  const edit = (change: (r: QuestionnaireResponse) => void): QuestionnaireResponse => {
    const copy = structuredClone(good);
    change(copy);
    return copy;
  };

  test.each<[string, QuestionnaireResponse, RegExp]>([
    ['another version', edit((r) => (r.questionnaire = r.questionnaire!.replace('1.0.0', '0.9.0'))), /answers .*\|0\.9\.0, not .*\|1\.0\.0/],
    ['an unknown item', edit((r) => r.item!.push({ linkId: 'nope', answer: [{ valueBoolean: true }] })), /item "nope": not a question of tiny 1\.0\.0/],
    ['an item answered twice', edit((r) => r.item!.push(r.item![0]!)), /item "first": answered twice/],
    ['a number as a string', edit((r) => (r.item![1]!.answer = [{ valueString: '45' }])), /item "age": needs a valueInteger/],
    ['two answers', edit((r) => r.item![1]!.answer!.push({ valueInteger: 46 })), /item "age": needs exactly one answer/],
    ['a coding of another system', edit((r) => (r.item!.at(-1)!.answer![0]!.valueCoding!.system = 'http://example.org')), /needs a valueCoding from/],
    ['an unknown checklist item', edit((r) => r.item![2]!.item!.push({ linkId: 'red', answer: [{ valueBoolean: true }] })), /item "red": not an item of "signs"/],
    ['a hidden question answered', edit((r) => (r.item![2]!.item![0]!.answer = [{ valueBoolean: false }])), /not ones this flow could have been given/],
  ])('rejects %s', (_name, response, message) => {
    const read = answersFromResponse(flow, response);
    expect('issues' in read && read.issues.some((i) => message.test(i))).toBe(true);
    expect(patientFromResponse(flow, response)).toEqual(read);
  });

  test('rejects what is not a QuestionnaireResponse', () => {
    expect(answersFromResponse(flow, { resourceType: 'Patient' } as unknown as QuestionnaireResponse)).toEqual({ issues: ['not a QuestionnaireResponse'] });
  });
});

describe('the validator', () => {
  const questionnaire = flowQuestionnaire(flow);
  const answers = answersFor(flow, { age: 45, durationDays: 50, findings: ['amber', 'worse'] });
  const bundle = triageBundle(flow, answers, resultView(flow, answers).output, AUTHORED);
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- walks the Bundle as plain JSON, the way a receiving server reads it
  const broken = (resource: object, change: (r: Json) => void): Json => {
    const copy = structuredClone(resource) as Json;
    change(copy);
    return copy;
  };

  test.each<[string, Json, RegExp]>([
    ['a Questionnaire without status', broken(questionnaire, (q) => delete q.status), /missing required status/],
    ['an unknown item type', broken(questionnaire, (q) => (q.item[0].type = 'checkbox')), /\/item\/0\/type: must be one of/],
    ['a duplicate linkId', broken(questionnaire, (q) => (q.item[1].linkId = 'first')), /que-2/],
    ['two enableWhen without enableBehavior', broken(questionnaire, (q) => q.item[2].enableWhen.push({ question: 'age', operator: '<', answerInteger: 99 })), /que-12/],
    ['an unknown property', broken(questionnaire, (q) => (q.colour = 'blue')), /unknown property "colour"/],
    ['a bad dateTime in the bundle', broken(bundle, (b) => (b.timestamp = '25/11/2026')), /\/timestamp: must match pattern/],
    ['a RiskAssessment without subject', broken(bundle, (b) => delete b.entry[1].resource.subject), /must have required property 'subject'/],
    ['a response item with both answer and item', broken(bundle, (b) => (b.entry[0].resource.item[0].answer = [{ valueBoolean: true }])), /qrs-1/],
    ['a resource type we do not emit', { resourceType: 'Observation', status: 'final' }, /resourceType/],
  ])('rejects %s', (_name, resource, message) => {
    const errors = validator.validate(resource);
    expect(errors.some((e) => message.test(e))).toBe(true);
  });

  test('the conformance check sees an answer to a disabled item and an option not offered', () => {
    const response = structuredClone(bundle.entry![0]!.resource as QuestionnaireResponse);
    response.item!.find((i) => i.linkId === 'worse')!.answer = [{ valueCoding: { system: 'x', code: 'maybe' } }];
    response.item!.push({ linkId: 'elsewhere', answer: [{ valueBoolean: true }] });
    const { errors } = checkConformance(questionnaire, response);
    expect(errors).toEqual(['item worse: x|maybe is not one of its answerOptions', 'item elsewhere: not in the Questionnaire']);
    const disabled = questionnaireResponse(flow, answersFor(flow, { age: 10, durationDays: 1, findings: [] }), AUTHORED);
    disabled.item!.push({ linkId: 'worse', answer: [{ valueCoding: { system: 'https://back-spasm-self-check.example/fhir/CodeSystem/yes-no-not-sure', code: 'no' } }] });
    expect(checkConformance(questionnaire, disabled).errors).toEqual(['item worse: present but not enabled']);
  });
});
