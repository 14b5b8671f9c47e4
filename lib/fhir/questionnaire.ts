import type { Coding, Extension, Questionnaire, QuestionnaireItem } from 'fhir/r4';
import type { Flow } from '../flow/flow-schema';
import type { Screen } from '../screens';
import { findingCoding, itemControl, optionCodings, questionnaireUrl, yesNoCodings } from './codes';
import { enableWhenFor } from './enable-when';

/** What a Questionnaire is made from: a flow's metadata, facts, findings and screens. */
export type QuestionnaireFlow = Pick<Flow, 'id' | 'version' | 'date' | 'title' | 'description' | 'audience' | 'facts' | 'findings' | 'screens'>;

const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';
const UNIT = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit';

/** UCUM codes for the units a number fact may be counted in; any other unit is given by name only. */
const UCUM: Readonly<Record<string, string>> = { years: 'a', months: 'mo', weeks: 'wk', days: 'd', hours: 'h' };

function unitCoding(unit: string): Coding {
  const code = UCUM[unit];
  return code ? { system: 'http://unitsofmeasure.org', code, display: unit } : { display: unit };
}

/** `back-spasms` → `BackSpasms`: a Questionnaire's computer-friendly name ([A-Z][A-Za-z0-9_]*). */
function pascalCase(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** The hint and the "Why we ask this" text, as display items (the why as R4's itemControl "help"). */
function notes(linkId: string, hint: string | undefined, why: string | undefined): QuestionnaireItem[] {
  return [
    ...(hint ? [{ linkId: `${linkId}.hint`, type: 'display' as const, text: hint }] : []),
    ...(why ? [{ linkId: `${linkId}.why`, type: 'display' as const, text: why, extension: [itemControl('help')] }] : []),
  ];
}

/** Items' extensions joined: an item may have both an itemControl and an SDC enableWhenExpression. */
function withExtensions(item: QuestionnaireItem, ...extensions: (Extension[] | undefined)[]): QuestionnaireItem {
  const all = extensions.flatMap((list) => list ?? []);
  return all.length ? { ...item, extension: all } : item;
}

function screenItem(flow: QuestionnaireFlow, screen: Screen): QuestionnaireItem {
  const { extension: conditionExtension, ...enable } = enableWhenFor(flow, screen.showIf);
  const base = { linkId: screen.id, text: screen.question, ...enable };
  switch (screen.kind) {
    case 'checklist': {
      const items = screen.items.map((checklistItem): QuestionnaireItem => {
        const { extension, ...itemEnable } = enableWhenFor(flow, checklistItem.showIf);
        const finding = flow.findings[checklistItem.finding]!;
        const item: QuestionnaireItem = {
          linkId: checklistItem.finding,
          code: [findingCoding(flow, checklistItem.finding)],
          text: finding.label,
          type: 'boolean',
          ...itemEnable,
          item: notes(checklistItem.finding, undefined, finding.why),
        };
        return withExtensions(item, extension);
      });
      return withExtensions({ ...base, type: 'group', item: [...notes(screen.id, screen.hint, screen.why), ...items] }, conditionExtension);
    }
    case 'yesno': {
      const item: QuestionnaireItem = {
        ...base,
        code: [findingCoding(flow, screen.id)],
        type: 'choice',
        answerOption: yesNoCodings().map((valueCoding) => ({ valueCoding })),
        item: notes(screen.id, screen.hint, screen.why ?? flow.findings[screen.id]!.why),
      };
      return withExtensions(item, [itemControl('radio-button')], conditionExtension);
    }
    case 'number': {
      const fact = flow.facts[screen.id];
      if (fact?.kind !== 'number') throw new Error(`screen "${screen.id}" asks no number fact`);
      const range: Extension[] = [
        { url: MIN_VALUE, valueInteger: fact.min },
        { url: MAX_VALUE, valueInteger: fact.max },
        { url: UNIT, valueCoding: unitCoding(fact.unit) },
      ];
      const item: QuestionnaireItem = { ...base, type: 'integer', item: notes(screen.id, screen.hint, screen.why) };
      return withExtensions(item, range, conditionExtension);
    }
    case 'choice':
    case 'range': {
      const item: QuestionnaireItem = {
        ...base,
        type: 'choice',
        answerOption: optionCodings(flow.id, screen).map((valueCoding) => ({ valueCoding })),
        item: notes(screen.id, screen.hint, screen.why),
      };
      return withExtensions(item, [itemControl('radio-button')], conditionExtension);
    }
  }
}

/** An item with no notes has no `item` list: R4 allows none, not an empty one. */
function tidy(item: QuestionnaireItem): QuestionnaireItem {
  const { item: children, ...rest } = item;
  return children?.length ? { ...rest, item: children.map(tidy) } : rest;
}

/**
 * A flow as a FHIR R4 Questionnaire: one item per screen, in the order they are asked, `linkId` the
 * screen's id (a checklist's items: the finding's id), `enableWhen` from `showIf`. See the README's
 * FHIR section for the mapping. No item is `required`: an emergency ends the check early, which a
 * Questionnaire cannot express, so a completed response may leave later questions unanswered.
 */
export function flowQuestionnaire(flow: QuestionnaireFlow): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: flow.id,
    url: questionnaireUrl(flow.id),
    version: flow.version,
    name: pascalCase(flow.id),
    title: flow.title,
    status: 'active',
    subjectType: ['Patient'],
    ...(flow.date ? { date: flow.date } : {}),
    description: `${flow.description}\n\nFor: ${flow.audience}`,
    item: flow.screens.map((screen) => tidy(screenItem(flow, screen))),
  };
}
