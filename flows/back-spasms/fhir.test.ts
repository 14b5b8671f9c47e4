import fc from 'fast-check';
import type { Bundle, QuestionnaireResponse, RiskAssessment } from 'fhir/r4';
import { answersFromResponse, flowQuestionnaire, patientFromResponse, questionnaireResponse, triageBundle } from '@/lib/fhir';
import { ENABLE_WHEN_EXPRESSION } from '@/lib/fhir/enable-when';
import { checkConformance } from '@/lib/testing/fhir/conformance';
import { shownLinkIds } from '@/lib/testing/fhir/shown';
import { createFhirValidator } from '@/lib/testing/fhir/validator';
import { patientArbitrary } from '@/lib/testing/patient-arbitrary';
import { answersFor } from '@/lib/testing/patient-answers';
import { resultView } from '@/lib/testing/views';
import type { Answers } from '@/lib/triage/answers';
import type { Patient } from '@/lib/triage/patient';
import { runTriage, type TriageResult } from '@/lib/triage/run-triage';
import { loadFlow } from '@/flows';
import examples from './examples/patients.json';

const flow = loadFlow('back-spasms');

/*
 * The flow in FHIR R4: its Questionnaire, and for a patient reaching each of its outcomes (and for
 * random patients) the QuestionnaireResponse and the Bundle the result page saves, each validated
 * against the R4 JSON Schema and invariants, the response held to the Questionnaire (enableWhen must
 * enable exactly what the engine shows), and read back to the same answers and the same result.
 */

const AUTHORED = new Date('2026-11-25T14:05:00Z');
const questionnaire = flowQuestionnaire(flow);

let validator: ReturnType<typeof createFhirValidator>;
beforeAll(() => {
  validator = createFhirValidator();
});

/** A result without what a response cannot carry: the caller's id, and findings listed but never asked. */
const decided = ({ id: _id, notAsked: _notAsked, ...rest }: TriageResult) => rest;

/** The response's answers read back, and the engine's result for the patient they make. */
function roundTrip(response: QuestionnaireResponse): { answers: Answers; result: TriageResult } {
  const read = answersFromResponse(flow, response);
  const back = patientFromResponse(flow, response);
  if (!('answers' in read) || !('patient' in back)) throw new Error(`not read back: ${JSON.stringify(read)}`);
  return { answers: read.answers, result: runTriage(flow, back.patient) };
}

describe('the Questionnaire', () => {
  test('is valid FHIR R4', () => {
    expect(validator.validate(questionnaire)).toEqual([]);
  });

  test('has an item per screen, linkId the screen id, and a boolean per checklist item, linkId the finding id', () => {
    expect(questionnaire.item!.map((item) => item.linkId)).toEqual(flow.screens.map((screen) => screen.id));
    for (const screen of flow.screens.filter((s) => s.kind === 'checklist')) {
      const group = questionnaire.item!.find((item) => item.linkId === screen.id)!;
      const booleans = group.item!.filter((item) => item.type !== 'display');
      expect(booleans.map((item) => [item.linkId, item.type])).toEqual(screen.items.map((item) => [item.finding, 'boolean']));
    }
  });

  test('every showIf is an enableWhen: no condition of this flow needs the SDC expression', () => {
    expect(JSON.stringify(questionnaire)).not.toContain(ENABLE_WHEN_EXPRESSION);
    const all = questionnaire.item!.flatMap((i) => [i, ...(i.item ?? [])]);
    const conditioned = all.filter((i) => i.enableWhen).map((i) => i.linkId);
    const withShowIf = flow.screens.flatMap((s) => [...(s.showIf ? [s.id] : []), ...(s.kind === 'checklist' ? s.items.filter((i) => i.showIf).map((i) => i.finding) : [])]);
    expect(conditioned.sort()).toEqual(withShowIf.sort());
  });
});

test('the examples reach every outcome of the flow', () => {
  expect(new Set(examples.map((patient) => runTriage(flow, patient).outcome))).toEqual(new Set(Object.keys(flow.outcomes)));
});

describe.each(examples.map((patient) => [patient.id, patient as Patient] as const))('%s', (_id, patient) => {
  const answers = answersFor(flow, patient);
  const result = runTriage(flow, patient);
  // What the result page has: the machine's output for the wizard's answers.
  const { output } = resultView(flow, answers);

  test('the wizard and the engine agree on the result', () => {
    expect({ level: output.level, outcome: output.outcome, reasons: output.reasons }).toEqual({
      level: result.level,
      outcome: result.outcome,
      reasons: result.reasons,
    });
  });

  test('the QuestionnaireResponse is valid R4, conforms to the Questionnaire and enables what the engine shows', () => {
    const response = questionnaireResponse(flow, answers, AUTHORED);
    expect(validator.validate(response)).toEqual([]);
    const { errors, enabled } = checkConformance(questionnaire, response);
    expect(errors).toEqual([]);
    expect([...enabled].sort()).toEqual([...shownLinkIds(flow, answers)].sort());
    expect(response.item!.map((item) => item.linkId)).toEqual(result.path);
  });

  test('the Bundle is valid R4 and carries the date, the tier, the outcome and the rules that fired', () => {
    const bundle = triageBundle(flow, answers, output, AUTHORED);
    expect(validator.validate(bundle)).toEqual([]);
    const [responseEntry, assessmentEntry, patientEntry] = bundle.entry!;
    const assessment = assessmentEntry!.resource as RiskAssessment;
    const prediction = assessment.prediction![0]!;
    expect(bundle.timestamp).toBe(assessment.occurrenceDateTime);
    expect(Date.parse(assessment.occurrenceDateTime!)).toBe(AUTHORED.getTime());
    expect(prediction.qualitativeRisk!.coding![0]!.code).toBe(result.level);
    expect(prediction.outcome!.coding![0]!.code).toBe(result.outcome);
    expect(prediction.extension!.map((e) => e.valueCoding!.code)).toEqual(result.reasons.map((r) => r.rule));
    for (const reason of result.reasons) expect(prediction.rationale).toContain(reason.text);
    expect(assessment.basis).toEqual([{ reference: responseEntry!.fullUrl, type: 'QuestionnaireResponse' }]);
    expect(assessment.subject.reference).toBe(patientEntry!.fullUrl);
    expect(patientEntry!.resource).toEqual({ resourceType: 'Patient' });
    const response = responseEntry!.resource as QuestionnaireResponse;
    expect(checkConformance(questionnaire, response).errors).toEqual([]);
    expect(roundTrip(response).answers).toEqual(answers);
  });

  test('the round trip: response → answers and patient → the same result', () => {
    const back = roundTrip(questionnaireResponse(flow, answers, AUTHORED));
    expect(back.answers).toEqual(answers);
    expect(decided(back.result)).toEqual(decided(result));
  });
});

test('"I’m not sure" is carried as its own answer, and triages as yes', () => {
  const patient: Patient = { age: 52, durationDays: 200, findings: ['morning_stiffness_over_30_min_improves_with_exercise', 'back_pain_started_before_45'] };
  const answers = answersFor(flow, patient, { notSure: true });
  expect(answers.back_pain_started_before_45).toBe('not_sure');
  const response = questionnaireResponse(flow, answers, AUTHORED);
  const item = response.item!.find((i) => i.linkId === 'back_pain_started_before_45')!;
  expect(item.answer).toEqual([{ valueCoding: { system: expect.stringMatching(/yes-no-not-sure$/), code: 'not_sure', display: 'I’m not sure' } }]);
  expect(validator.validate(response)).toEqual([]);
  const { errors, enabled } = checkConformance(questionnaire, response);
  expect(errors).toEqual([]);
  expect([...enabled].sort()).toEqual([...shownLinkIds(flow, answers)].sort());
  const back = roundTrip(response);
  expect(back.answers).toEqual(answers);
  expect(decided(back.result)).toEqual(decided(runTriage(flow, patient)));
  expect(back.result.reasons.map((r) => r.rule)).toContain('inflammatory_pattern');
});

test('random patients: valid, conforming, enabled as shown, and the same result back', () => {
  fc.assert(
    fc.property(patientArbitrary(flow, 5), fc.boolean(), (patient, notSure) => {
      const answers = answersFor(flow, patient, { notSure });
      const response = questionnaireResponse(flow, answers, AUTHORED);
      const bundle: Bundle = triageBundle(flow, answers, resultView(flow, answers).output, AUTHORED);
      expect(validator.validate(bundle)).toEqual([]);
      const { errors, enabled } = checkConformance(questionnaire, response);
      expect(errors).toEqual([]);
      expect([...enabled].sort()).toEqual([...shownLinkIds(flow, answers)].sort());
      const back = roundTrip(response);
      expect(back.answers).toEqual(answers);
      expect(decided(back.result)).toEqual(decided(runTriage(flow, patient)));
    }),
    { numRuns: 300 },
  );
});
