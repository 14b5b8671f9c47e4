import type { QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import type { FlowCore } from '../flow/flow-core';
import type { Patient } from '../screens';
import { parseAnswers, readAnswers, screenById, type Answers } from '../triage/answers';
import { optionsSystem, questionnaireCanonical, YES_NO_SYSTEM } from './codes';

/*
 * The way back: a QuestionnaireResponse to a flow's Questionnaire read as the wizard's answers, checked
 * as saved answers are (`parseAnswers`: every answer one this person could have given, in order), and
 * as the engine's patient. Triaging that patient gives the result the person was given.
 */

export type ReadResponse = { readonly answers: Answers } | { readonly issues: readonly string[] };

/** The one answer of an item, or an issue. */
function single(item: QuestionnaireResponseItem, issues: string[]) {
  if (item.answer?.length !== 1) issues.push(`item "${item.linkId}": needs exactly one answer`);
  return item.answer?.[0];
}

function codeIn(item: QuestionnaireResponseItem, system: string, issues: string[]): string | undefined {
  const coding = single(item, issues)?.valueCoding;
  if (coding?.system === system && typeof coding.code === 'string') return coding.code;
  issues.push(`item "${item.linkId}": needs a valueCoding from ${system}`);
  return undefined;
}

/** A response item's answer in the wizard's terms, before it is checked against the flow. */
function answerOf(flow: FlowCore, item: QuestionnaireResponseItem, issues: string[]): unknown {
  const screen = screenById(flow, item.linkId);
  if (!screen) {
    issues.push(`item "${item.linkId}": not a question of ${flow.id} ${flow.version}`);
    return undefined;
  }
  switch (screen.kind) {
    case 'checklist': {
      const findings = new Set(screen.items.map((i) => i.finding));
      const ticked: string[] = [];
      for (const child of item.item ?? []) {
        const value = single(child, issues)?.valueBoolean;
        if (!findings.has(child.linkId)) issues.push(`item "${child.linkId}": not an item of "${screen.id}"`);
        else if (typeof value !== 'boolean') issues.push(`item "${child.linkId}": needs a valueBoolean`);
        else if (value) ticked.push(child.linkId);
      }
      return ticked;
    }
    case 'yesno':
      return codeIn(item, YES_NO_SYSTEM, issues);
    case 'number': {
      const value = single(item, issues)?.valueInteger;
      if (typeof value !== 'number') issues.push(`item "${item.linkId}": needs a valueInteger`);
      return value;
    }
    case 'choice':
    case 'range':
      return codeIn(item, optionsSystem(flow.id, screen.id), issues);
  }
}

/**
 * The wizard's answers in a QuestionnaireResponse to this flow's Questionnaire, or what is wrong with
 * it: another questionnaire or version, an unknown item, an answer of the wrong type, or answers no one
 * could have given (a hidden question answered, an option not offered).
 */
export function answersFromResponse(flow: FlowCore, response: QuestionnaireResponse): ReadResponse {
  const issues: string[] = [];
  if (response.resourceType !== 'QuestionnaireResponse') return { issues: ['not a QuestionnaireResponse'] };
  const canonical = questionnaireCanonical(flow);
  if (response.questionnaire !== canonical) return { issues: [`answers ${response.questionnaire ?? 'no questionnaire'}, not ${canonical}`] };
  const given = new Map<string, unknown>();
  for (const item of response.item ?? []) {
    if (given.has(item.linkId)) issues.push(`item "${item.linkId}": answered twice`);
    given.set(item.linkId, answerOf(flow, item, issues));
  }
  if (issues.length) return { issues };
  const answers = parseAnswers(flow, Object.fromEntries(given));
  return answers ? { answers } : { issues: ['the answers are not ones this flow could have been given (a hidden question, or an option not shown)'] };
}

/**
 * The engine's patient for a set of answers: the findings answered yes (or not sure) and the facts
 * given, a range's fact as its band's start. A fact the check never reached is left out (an emergency
 * sign on the first screen ends it before age is asked); the engine does not read it.
 */
export function patientFromAnswers(flow: FlowCore, answers: Answers): Patient {
  const { facts } = readAnswers(flow, answers);
  return { ...facts.values, findings: [...facts.findings] };
}

/** The engine's patient in a QuestionnaireResponse, or what is wrong with the response (see `answersFromResponse`). */
export function patientFromResponse(flow: FlowCore, response: QuestionnaireResponse): { readonly patient: Patient } | { readonly issues: readonly string[] } {
  const read = answersFromResponse(flow, response);
  return 'answers' in read ? { patient: patientFromAnswers(flow, read.answers) } : read;
}
