import type { Bundle, Patient, QuestionnaireResponse, QuestionnaireResponseItem, RiskAssessment } from 'fhir/r4';
import type { FlowCore } from '../flow/flow-core';
import type { AnswerValue, Screen } from '../screens';
import { readAnswers, shownNow, type Answers } from '../triage/answers';
import type { TriageOutput } from '../triage/result';
import {
  METHOD_SYSTEM,
  optionCodings,
  outcomesSystem,
  questionnaireCanonical,
  RULE_EXTENSION,
  rulesSystem,
  TIER_DISPLAY,
  TIER_SYSTEM,
  yesNoCodings,
} from './codes';

/** What the bundle needs of a result: the tier, the outcome and the rules that decided it (a TriageOutput or a TriageResult). */
type TriageSummary = Pick<TriageOutput, 'level' | 'outcome' | 'reasons'>;

/** A FHIR dateTime to the second, in the device's time zone with its offset: `2026-11-25T14:05:00+01:00`. */
function fhirDateTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offset);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = String(abs % 60).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}

/** A random (version 4) UUID, in the browser and in Node; getRandomValues where randomUUID is missing (plain http). */
function randomUuid(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A name to save a bundle under: `self-check-2026-11-25.fhir.json`, the date in the device's time zone.
 * Neutral, like the page's URL and title: the browser lists it in its downloads, for anyone to read.
 */
export function bundleFileName(authored: Date): string {
  return `self-check-${fhirDateTime(authored).slice(0, 10)}.fhir.json`;
}

/** One screen's answer as a response item, for the screen as the person was shown it; null for a checklist that showed nothing. */
function responseItem(flow: FlowCore, shown: Screen, value: AnswerValue): QuestionnaireResponseItem | null {
  const base = { linkId: shown.id, text: shown.question };
  switch (shown.kind) {
    case 'checklist': {
      if (shown.items.length === 0) return null;
      const ticked = value as readonly string[];
      const item = shown.items.map(({ finding }) => ({
        linkId: finding,
        text: flow.findings[finding]!.label,
        answer: [{ valueBoolean: ticked.includes(finding) }],
      }));
      return { ...base, item };
    }
    case 'yesno':
      return { ...base, answer: [{ valueCoding: yesNoCodings().find((c) => c.code === value)! }] };
    case 'number':
      return { ...base, answer: [{ valueInteger: value as number }] };
    case 'choice':
    case 'range':
      return { ...base, answer: [{ valueCoding: optionCodings(flow.id, shown).find((c) => c.code === value)! }] };
  }
}

/**
 * The person's answers as a FHIR R4 QuestionnaireResponse to the flow's Questionnaire (see
 * `flowQuestionnaire`): an item for each screen answered, in order, as they were shown it. A checklist
 * is a group with every item shown answered true (ticked) or false; yes/no, choice and range answers are
 * codings of the Questionnaire's options; a number is an integer. No subject: the check is anonymous.
 */
export function questionnaireResponse(flow: FlowCore, answers: Answers, authored: Date): QuestionnaireResponse {
  const reading = readAnswers(flow, answers);
  const item = flow.screens.flatMap((screen) => {
    if (!Object.hasOwn(reading.kept, screen.id)) return [];
    const answered = responseItem(flow, shownNow(flow, reading, screen.id)!.screen, reading.kept[screen.id]!);
    return answered ? [answered] : [];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireCanonical(flow),
    status: 'completed',
    authored: fhirDateTime(authored),
    ...(item.length ? { item } : {}),
  };
}

/** The rules that decided, in words, with their sources: RiskAssessment.prediction.rationale. */
function rationale(result: TriageSummary): string {
  if (result.reasons.length === 0) return 'No rule fired.';
  return result.reasons
    .map((reason) => `${reason.text} (rule ${reason.rule}; sources: ${reason.sources.map((s) => s.title).join('; ')})`)
    .join('\n');
}

function riskAssessment(flow: FlowCore, result: TriageSummary, when: string, subject: string, basis: string): RiskAssessment {
  const outcome = flow.outcomes[result.outcome];
  return {
    resourceType: 'RiskAssessment',
    status: 'final',
    method: {
      coding: [{ system: METHOD_SYSTEM, code: flow.id, display: `${flow.title} rules, version ${flow.version}` }],
      text: `${flow.title} rules, version ${flow.version}`,
    },
    subject: { reference: subject, type: 'Patient' },
    occurrenceDateTime: when,
    basis: [{ reference: basis, type: 'QuestionnaireResponse' }],
    prediction: [
      {
        ...(result.reasons.length
          ? {
              extension: result.reasons.map((reason) => ({
                url: RULE_EXTENSION,
                valueCoding: { system: rulesSystem(flow.id), version: flow.version, code: reason.rule, display: reason.text },
              })),
            }
          : {}),
        outcome: {
          coding: [{ system: outcomesSystem(flow.id), code: result.outcome, ...(outcome ? { display: outcome.title } : {}) }],
          ...(outcome ? { text: outcome.title } : {}),
        },
        qualitativeRisk: { coding: [{ system: TIER_SYSTEM, code: result.level, display: TIER_DISPLAY[result.level] }], text: TIER_DISPLAY[result.level] },
        rationale: rationale(result),
      },
    ],
    note: [
      {
        text: `The person's own answers to the ${flow.title} (version ${flow.version}). The result is advice on where to get care and how soon, not a diagnosis.`,
      },
    ],
  };
}

/**
 * What "Download your answers for a clinician" saves: a FHIR R4 Bundle of type `collection` holding
 *  - the QuestionnaireResponse of the answers (`questionnaireResponse`), its subject the Patient below;
 *  - a RiskAssessment of the result: status final, occurrenceDateTime = `authored`, basis = the
 *    response, method = the flow's rules and version, prediction[0].qualitativeRisk = the tier and
 *    .outcome = the outcome, .rationale = the rules that fired in words, and each rule as a coding in the
 *    `triage-rule` extension;
 *  - a Patient with nothing in it: RiskAssessment.subject is required, and the check is anonymous.
 * Entries are linked by `urn:uuid:` fullUrls, random each time. Computed in the browser; nothing is sent.
 * `newId` is for tests; it defaults to a random UUID.
 */
export function triageBundle(flow: FlowCore, answers: Answers, result: TriageSummary, authored: Date, newId: () => string = randomUuid): Bundle {
  const when = fhirDateTime(authored);
  const [bundleId, responseUrl, assessmentUrl, patientUrl] = Array.from({ length: 4 }, () => `urn:uuid:${newId()}`) as [string, string, string, string];
  const response: QuestionnaireResponse = { ...questionnaireResponse(flow, answers, authored), subject: { reference: patientUrl, type: 'Patient' } };
  const patient: Patient = { resourceType: 'Patient' };
  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: bundleId },
    type: 'collection',
    timestamp: when,
    entry: [
      { fullUrl: responseUrl, resource: response },
      { fullUrl: assessmentUrl, resource: riskAssessment(flow, result, when, patientUrl, responseUrl) },
      { fullUrl: patientUrl, resource: patient },
    ],
  };
}
