import type { Coding, Extension, QuestionnaireItem, QuestionnaireItemEnableWhen } from 'fhir/r4';
import { compare, isNumberCondition, type Condition, type NumberCondition } from '../flow/condition';
import type { FlowCore } from '../flow/flow-core';
import { optionCodings, YES_NO_SYSTEM } from './codes';

/*
 * A screen's or checklist item's `showIf` as FHIR R4 `enableWhen`.
 *
 * An enableWhen is a flat list of comparisons of one answer each, joined by `enableBehavior` 'all' or
 * 'any'. So a condition maps when it is one comparison, an `all` of comparisons or an `any` of them:
 * - a checklist finding is a boolean item: `{ question: <finding>, operator: '=', answerBoolean: true }`;
 * - a yes/no finding counts when answered yes or not sure: `= yes` or `= not_sure` inside an `any`, and
 *   `exists` and `!= no` inside an `all` (the two together mean the same whatever a reader makes of `!=`
 *   on an unanswered question);
 * - a number compared on an integer item: one comparison per bound (`>=`, `<=`, `<`, `>`);
 * - a number asked as a range (the duration): the bands whose start meets the comparison, as `= band`
 *   (bands start at every number a condition compares the fact with, so the start decides for the whole
 *   band). Several comparisons of one such fact in an `all` are merged first, so "14 to 41 days" is the
 *   one band `= from_2_to_6_weeks`;
 * - a choice fact's value: `= <value coding>`.
 * A question never answered is disabled or not valued in FHIR, and unknown, so false, in the engine.
 *
 * What does not map (a `not`, an `any` inside an `all` of several parts, an `all` inside an `any`, a
 * fact no screen asks) gets no enableWhen but the SDC `enableWhenExpression` extension, a FHIRPath
 * expression over the response that means the same (FHIR R4 SDC IG); a renderer that does not read it
 * shows the item always.
 */

type EnableWhen = QuestionnaireItemEnableWhen;

/** The SDC (R4) extension for an enable condition enableWhen cannot express. */
export const ENABLE_WHEN_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

/** How the finding or fact a condition reads is asked: what its answer in a response looks like. */
type Asked =
  | { readonly kind: 'boolean' | 'yesno' | 'integer'; readonly linkId: string }
  | { readonly kind: 'coded'; readonly linkId: string; readonly options: readonly { readonly coding: Coding; readonly value: string | number }[] };

type Lookup = ReadonlyMap<string, Asked>;

const lookups = new WeakMap<object, Lookup>();

/** Where each finding and fact of a flow is asked, keyed by its id. */
function lookup(flow: Pick<FlowCore, 'id' | 'screens'>): Lookup {
  let found = lookups.get(flow);
  if (found) return found;
  const map = new Map<string, Asked>();
  for (const screen of flow.screens) {
    if (screen.kind === 'checklist') for (const item of screen.items) map.set(item.finding, { kind: 'boolean', linkId: item.finding });
    else if (screen.kind === 'yesno') map.set(screen.id, { kind: 'yesno', linkId: screen.id });
    else if (screen.kind === 'number') map.set(screen.id, { kind: 'integer', linkId: screen.id });
    else {
      const codings = optionCodings(flow.id, screen);
      const values = screen.kind === 'choice' ? screen.options.map((o) => o.value) : screen.options.map((o) => o.from);
      map.set(screen.id, { kind: 'coded', linkId: screen.id, options: codings.map((coding, i) => ({ coding, value: values[i]! })) });
    }
  }
  lookups.set(flow, (found = map));
  return found;
}

/** A condition as enableWhen lists: joined by 'all', and joined by 'any'; null where it cannot be. */
interface Lists {
  readonly all: readonly EnableWhen[] | null;
  readonly any: readonly EnableWhen[] | null;
}

const NONE: Lists = { all: null, any: null };
const one = (ew: EnableWhen): Lists => ({ all: [ew], any: [ew] });
const exists = (question: string): EnableWhen => ({ question, operator: 'exists', answerBoolean: true });

/** Lower bounds first: `age >= 12`, then `age <= 55`. */
const OPERATORS = { atLeast: '>=', moreThan: '>', atMost: '<=', below: '<' } as const;

function lists(asked: Lookup, c: Condition): Lists {
  if ('all' in c || 'any' in c) {
    const isAll = 'all' in c;
    const parts = (isAll ? mergeNumbers(c.all) : c.any).map((part) => lists(asked, part)[isAll ? 'all' : 'any']);
    if (parts.some((p) => p === null)) return NONE;
    const joined = dedupe(parts.flatMap((p) => p!));
    const single = joined.length === 1 ? joined : null;
    return isAll ? { all: joined, any: single } : { all: single, any: joined };
  }
  if ('not' in c) return NONE;
  const at = asked.get('finding' in c ? c.finding : c.fact);
  if (!at) return NONE;
  if ('finding' in c) {
    if (at.kind === 'boolean') return one({ question: at.linkId, operator: '=', answerBoolean: true });
    if (at.kind !== 'yesno') return NONE;
    return {
      any: ['yes', 'not_sure'].map((code) => ({ question: at.linkId, operator: '=', answerCoding: { system: YES_NO_SYSTEM, code } })),
      all: [exists(at.linkId), { question: at.linkId, operator: '!=', answerCoding: { system: YES_NO_SYSTEM, code: 'no' } }],
    };
  }
  if (at.kind === 'integer' && isNumberCondition(c)) {
    const each = (Object.keys(OPERATORS) as (keyof typeof OPERATORS)[])
      .filter((op) => c[op] !== undefined)
      .map((op): EnableWhen => ({ question: at.linkId, operator: OPERATORS[op], answerInteger: c[op]! }));
    return { all: each, any: each.length === 1 ? each : null };
  }
  if (at.kind !== 'coded') return NONE;
  const meets = (value: string | number) => ('is' in c ? value === c.is : typeof value === 'number' && compare(c as NumberCondition, value));
  const inside = at.options.filter((o) => meets(o.value));
  const outside = at.options.filter((o) => !meets(o.value));
  if (inside.length === 0) return NONE;
  if (outside.length === 0) return one(exists(at.linkId));
  const equal = inside.map((o): EnableWhen => ({ question: at.linkId, operator: '=', answerCoding: codeOnly(o.coding) }));
  const notEqual = outside.map((o): EnableWhen => ({ question: at.linkId, operator: '!=', answerCoding: codeOnly(o.coding) }));
  return { any: equal, all: equal.length === 1 ? equal : [exists(at.linkId), ...notEqual] };
}

/** The parts of an `all`, with comparisons of the same fact merged into one where they do not clash. */
function mergeNumbers(parts: readonly Condition[]): Condition[] {
  const merged: Condition[] = [];
  for (const part of parts) {
    const into = isNumberCondition(part)
      ? merged.findIndex((m) => isNumberCondition(m) && m.fact === part.fact && Object.keys(part).every((k) => k === 'fact' || !(k in m)))
      : -1;
    if (into === -1) merged.push(part);
    else merged[into] = { ...(merged[into] as NumberCondition), ...part };
  }
  return merged;
}

const codeOnly = ({ system, code }: Coding): Coding => ({ system, code });

function dedupe(list: readonly EnableWhen[]): EnableWhen[] {
  const seen = new Set<string>();
  return list.filter((ew) => {
    const key = JSON.stringify(ew);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** The same condition in FHIRPath over a QuestionnaireResponse: true or false, never empty. */
function conditionFhirPath(flow: Pick<FlowCore, 'id' | 'screens'>, c: Condition): string {
  if ('all' in c) return `(${c.all.map((part) => conditionFhirPath(flow, part)).join(' and ')})`;
  if ('any' in c) return `(${c.any.map((part) => conditionFhirPath(flow, part)).join(' or ')})`;
  if ('not' in c) return `${conditionFhirPath(flow, c.not)}.not()`;
  const at = lookup(flow).get('finding' in c ? c.finding : c.fact);
  if (!at) return 'false';
  const answers = `%resource.repeat(item).where(linkId = '${at.linkId}').answer.value`;
  const where = (test: string) => `${answers}.where(${test}).exists()`;
  const codes = (list: readonly string[]) => where(`code in (${list.map((code) => `'${code}'`).join(' | ')})`);
  if ('finding' in c) return at.kind === 'boolean' ? where('$this = true') : at.kind === 'yesno' ? codes(['yes', 'not_sure']) : 'false';
  if (at.kind === 'integer' && isNumberCondition(c)) {
    const tests = (Object.keys(OPERATORS) as (keyof typeof OPERATORS)[]).filter((op) => c[op] !== undefined).map((op) => `$this ${OPERATORS[op]} ${c[op]}`);
    return where(tests.join(' and '));
  }
  if (at.kind !== 'coded') return 'false';
  const meets = (value: string | number) => ('is' in c ? value === c.is : typeof value === 'number' && compare(c as NumberCondition, value));
  const inside = at.options.filter((o) => meets(o.value)).map((o) => o.coding.code!);
  return inside.length ? codes(inside) : 'false';
}

/**
 * The enableWhen of an item shown only when `condition` holds: enableWhen and enableBehavior where FHIR
 * can say it, else the SDC enableWhenExpression extension.
 */
export function enableWhenFor(
  flow: Pick<FlowCore, 'id' | 'screens'>,
  condition: Condition | undefined,
): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior' | 'extension'> {
  if (!condition) return {};
  const { all, any } = lists(lookup(flow), condition);
  // Equalities joined by 'any' read most plainly; 'all' where the condition needs it.
  const list = any ?? all;
  if (list) return list.length === 1 ? { enableWhen: [...list] } : { enableWhen: [...list], enableBehavior: any ? 'any' : 'all' };
  const expression: Extension = {
    url: ENABLE_WHEN_EXPRESSION,
    valueExpression: {
      description: 'Shown only when this holds: enableWhen cannot express the condition',
      language: 'text/fhirpath',
      expression: conditionFhirPath(flow, condition),
    },
  };
  return { extension: [expression] };
}
