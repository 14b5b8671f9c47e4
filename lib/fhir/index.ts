/**
 * FHIR R4 for a flow: pure functions, no validator and nothing heavy, so they run in the browser too.
 *
 * - `flowQuestionnaire(flow)`: the flow as a Questionnaire (GET /api/flows/{id}/fhir, public/fhir/).
 * - `triageBundle(flow, answers, result, new Date())`: what "Download your answers for a clinician" saves,
 *   a Bundle (collection) of the QuestionnaireResponse of the answers, a RiskAssessment carrying the
 *   tier, the outcome and the rules that fired, and an empty Patient. `flow` is the wizard's FlowCore,
 *   `answers` the machine's `context.answers`, `result` the outcome's TriageOutput. Serialise it with
 *   `JSON.stringify(bundle, null, 2)` and save it as `application/fhir+json`; `bundleFileName` names it.
 * - `questionnaireResponse(flow, answers, authored)`: the answers alone.
 * - `answersFromResponse` / `patientFromResponse`: back from a response to answers and a patient.
 */
export { FHIR_JSON } from './codes';
export { flowQuestionnaire } from './questionnaire';
export { bundleFileName, questionnaireResponse, triageBundle } from './response';
export { answersFromResponse, patientFromAnswers, patientFromResponse } from './patient-from-response';
