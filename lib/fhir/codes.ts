import type { Coding, Extension } from 'fhir/r4';
import type { FlowCore } from '../flow/flow-core';
import type { TierName } from '../flow/tiers';
import { YES_NO_OPTIONS, type ChoiceScreen, type RangeScreen } from '../screens';

/*
 * The names this app gives things in FHIR: its canonical URLs and code systems, and the codings of
 * answers, tiers, outcomes and rules. Everything here is defined by the app; nothing is a registered
 * terminology, so nothing pretends to be one.
 */

/**
 * The canonical base of every URL the app defines in FHIR: a placeholder (`.example` is reserved for
 * examples) until the service has a domain of its own. Change it here and regenerate public/fhir/.
 */
const FHIR_BASE = 'https://back-spasm-self-check.example/fhir';

/** The FHIR JSON media type: the API's Content-Type for FHIR, and the type of a saved Bundle. */
export const FHIR_JSON = 'application/fhir+json';

export const questionnaireUrl = (flowId: string): string => `${FHIR_BASE}/Questionnaire/${flowId}`;

/** `url|version`: how a QuestionnaireResponse names the exact Questionnaire it answers. */
export const questionnaireCanonical = (flow: Pick<FlowCore, 'id' | 'version'>): string => `${questionnaireUrl(flow.id)}|${flow.version}`;

const codeSystem = (name: string): string => `${FHIR_BASE}/CodeSystem/${name}`;

/** A flow's findings (its public vocabulary): code = finding id. */
const findingsSystem = (flowId: string): string => codeSystem(`${flowId}-findings`);
/** The options of one choice or range screen: code = the option's value or id. */
export const optionsSystem = (flowId: string, screenId: string): string => codeSystem(`${flowId}-${screenId}`);
/** A flow's outcomes: code = outcome id. */
export const outcomesSystem = (flowId: string): string => codeSystem(`${flowId}-outcomes`);
/** A flow's rules, versioned with the flow: code = rule id. */
export const rulesSystem = (flowId: string): string => codeSystem(`${flowId}-rules`);
/** The rule sets the app triages with: code = flow id. */
export const METHOD_SYSTEM = codeSystem('triage-methods');
/** The engine's four tiers, the same for every flow. */
export const TIER_SYSTEM = codeSystem('triage-tier');
/** The answers to a yes/no question: yes, no, and "not sure", which the triage counts as yes. */
export const YES_NO_SYSTEM = codeSystem('yes-no-not-sure');
/** A rule that decided the result, on RiskAssessment.prediction (valueCoding in `rulesSystem`). */
export const RULE_EXTENSION = `${FHIR_BASE}/StructureDefinition/triage-rule`;

export const TIER_DISPLAY: Readonly<Record<TierName, string>> = {
  emergency: 'Emergency: get help now',
  urgent: 'Urgent: get help today',
  routine: 'Routine: book an appointment',
  self_care: 'Self-care: look after it at home',
};

export function findingCoding(flow: Pick<FlowCore, 'id' | 'findings'>, id: string): Coding {
  return { system: findingsSystem(flow.id), code: id, display: flow.findings[id]!.label };
}

export const yesNoCodings = (): Coding[] => YES_NO_OPTIONS.map(({ value, label }) => ({ system: YES_NO_SYSTEM, code: value, display: label }));

/** The codings a choice or range screen offers, in its order. */
export function optionCodings(flowId: string, screen: ChoiceScreen | RangeScreen): Coding[] {
  const system = optionsSystem(flowId, screen.id);
  return screen.kind === 'choice'
    ? screen.options.map((o) => ({ system, code: o.value, display: o.label }))
    : screen.options.map((o) => ({ system, code: o.id, display: o.label }));
}

const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';

/** The R4 questionnaire-itemControl extension: how a renderer should show an item. */
export function itemControl(code: 'radio-button' | 'help'): Extension {
  return { url: ITEM_CONTROL, valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code }] } };
}
