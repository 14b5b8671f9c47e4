import fhirpath from 'fhirpath';
import r4model from 'fhirpath/fhir-context/r4';
import type {
  Coding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';

/*
 * A QuestionnaireResponse checked against its Questionnaire, as the HL7 Java validator does in its
 * questionnaire mode (no npm package does this offline): the canonical, linkIds and their nesting,
 * answer types, answerOptions, repeats, optionExclusive, min/maxValue, and enableWhen / enableBehavior
 * (R4 4.0.1, with the operators as R5 words them) or the SDC enableWhenExpression (FHIRPath), and which
 * items are enabled, so a test can hold them to the screens and items the engine showed.
 */

const OPTION_EXCLUSIVE = 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive';
const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';
const ENABLE_WHEN_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

/** Which answer value[x] each item type takes (the item-type code system's definitions). */
const VALUE_KEY: Record<string, string[]> = {
  boolean: ['valueBoolean'], decimal: ['valueDecimal'], integer: ['valueInteger'], date: ['valueDate'],
  dateTime: ['valueDateTime'], time: ['valueTime'], string: ['valueString'], text: ['valueString'], url: ['valueUri'],
  choice: ['valueCoding'], 'open-choice': ['valueCoding', 'valueString'], attachment: ['valueAttachment'],
  reference: ['valueReference'], quantity: ['valueQuantity'], group: [], display: [],
};

const sameCoding = (a?: Coding, b?: Coding) => !!a && !!b && a.code === b.code && (a.system ?? '') === (b.system ?? '');
const valueOf = (x: object, prefix: string): unknown => {
  const key = Object.keys(x).find((k) => k.startsWith(prefix) && k.length > prefix.length);
  return key ? (x as Record<string, unknown>)[key] : undefined;
};

function compare(op: string, actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'object' && expected && 'code' in expected) {
    const eq = sameCoding(actual as Coding, expected as Coding);
    return op === '=' ? eq : op === '!=' ? !eq : false;
  }
  const a = actual as number | string | boolean;
  const e = expected as number | string | boolean;
  switch (op) {
    case '=': return a === e;
    case '!=': return a !== e;
    case '>': return a > e;
    case '<': return a < e;
    case '>=': return a >= e;
    case '<=': return a <= e;
    default: return false;
  }
}

export interface Conformance {
  readonly errors: string[];
  /** The linkIds of the Questionnaire's questions and groups enabled for this response (display items left out). */
  readonly enabled: ReadonlySet<string>;
}

export function checkConformance(q: Questionnaire, qr: QuestionnaireResponse): Conformance {
  const errors: string[] = [];
  const qItems = new Map<string, { item: QuestionnaireItem; parent?: string }>();
  const indexQ = (items: QuestionnaireItem[] | undefined, parent?: string) => {
    for (const it of items ?? []) {
      qItems.set(it.linkId, { item: it, parent });
      indexQ(it.item, it.linkId);
    }
  };
  indexQ(q.item);
  const answers = new Map<string, QuestionnaireResponseItemAnswer[]>();
  const present = new Set<string>();
  const indexR = (items: QuestionnaireResponseItem[] | undefined) => {
    for (const it of items ?? []) {
      if (present.has(it.linkId)) errors.push(`item ${it.linkId}: appears twice (no item repeats)`);
      present.add(it.linkId);
      if (it.answer?.length) answers.set(it.linkId, it.answer);
      indexR(it.item);
      for (const a of it.answer ?? []) indexR(a.item);
    }
  };
  indexR(qr.item);

  const canonical = q.version ? `${q.url}|${q.version}` : q.url;
  if (qr.questionnaire !== canonical) errors.push(`questionnaire: "${qr.questionnaire}" is not ${canonical}`);

  const memo = new Map<string, boolean>();
  const test = (ew: QuestionnaireItemEnableWhen): boolean => {
    // An answer to a disabled item does not count (R4: "as though the item is not valued").
    const given = enabled(ew.question) ? (answers.get(ew.question) ?? []).map((a) => valueOf(a, 'value')) : [];
    if (ew.operator === 'exists') return given.length > 0 === ew.answerBoolean;
    if (ew.operator === '!=') return given.length > 0 && !given.some((v) => compare('=', v, valueOf(ew, 'answer')));
    return given.some((v) => compare(ew.operator, v, valueOf(ew, 'answer')));
  };
  const enabled = (linkId: string): boolean => {
    const cached = memo.get(linkId);
    if (cached !== undefined) return cached;
    const entry = qItems.get(linkId);
    if (!entry) return false;
    let on = entry.parent ? enabled(entry.parent) : true;
    const ews = entry.item.enableWhen ?? [];
    if (on && ews.length) on = (entry.item.enableBehavior ?? 'all') === 'all' ? ews.every(test) : ews.some(test);
    const expression = entry.item.extension?.find((e) => e.url === ENABLE_WHEN_EXPRESSION)?.valueExpression?.expression;
    if (on && expression) {
      const result = fhirpath.evaluate(qr, expression, { resource: qr }, r4model) as unknown[];
      if (result.length !== 1 || typeof result[0] !== 'boolean') errors.push(`item ${linkId}: enableWhenExpression gave ${JSON.stringify(result)}`);
      on = result[0] === true;
    }
    memo.set(linkId, on);
    return on;
  };

  const walk = (items: QuestionnaireResponseItem[] | undefined, parent: string | undefined) => {
    for (const it of items ?? []) {
      const def = qItems.get(it.linkId);
      if (!def) {
        errors.push(`item ${it.linkId}: not in the Questionnaire`);
        continue;
      }
      if (def.parent !== parent) errors.push(`item ${it.linkId}: should be under ${def.parent ?? 'the root'}, found under ${parent ?? 'the root'}`);
      const { type } = def.item;
      const ans = it.answer ?? [];
      if (!enabled(it.linkId)) errors.push(`item ${it.linkId}: present but not enabled`);
      if (type === 'group' && ans.length) errors.push(`item ${it.linkId}: a group has no answers`);
      if (ans.length > 1 && !def.item.repeats) errors.push(`item ${it.linkId}: ${ans.length} answers but repeats is not true`);
      for (const a of ans) {
        for (const k of Object.keys(a).filter((key) => key.startsWith('value')))
          if (!VALUE_KEY[type]?.includes(k)) errors.push(`item ${it.linkId}: ${k} does not fit item type ${type}`);
        if (type === 'choice' && def.item.answerOption && !def.item.answerOption.some((o) => sameCoding(o.valueCoding, a.valueCoding)))
          errors.push(`item ${it.linkId}: ${a.valueCoding?.system}|${a.valueCoding?.code} is not one of its answerOptions`);
        const n = a.valueInteger ?? a.valueDecimal;
        if (n !== undefined) {
          const lo = def.item.extension?.find((e) => e.url === MIN_VALUE);
          const hi = def.item.extension?.find((e) => e.url === MAX_VALUE);
          if (lo && n < (lo.valueInteger ?? lo.valueDecimal)!) errors.push(`item ${it.linkId}: ${n} is below minValue`);
          if (hi && n > (hi.valueInteger ?? hi.valueDecimal)!) errors.push(`item ${it.linkId}: ${n} is above maxValue`);
        }
      }
      const exclusive = (def.item.answerOption ?? []).filter((o) => o.extension?.some((e) => e.url === OPTION_EXCLUSIVE && e.valueBoolean));
      if (ans.length > 1 && ans.some((a) => exclusive.some((o) => sameCoding(o.valueCoding, a.valueCoding))))
        errors.push(`item ${it.linkId}: an exclusive option was chosen with others`);
      walk(it.item, it.linkId);
      for (const a of ans) walk(a.item, it.linkId);
    }
  };
  walk(qr.item, undefined);

  if (qr.status === 'completed')
    for (const [linkId, { item }] of qItems)
      if (item.required && enabled(linkId) && (item.type === 'group' ? !present.has(linkId) : !answers.has(linkId)))
        errors.push(`item ${linkId}: required and enabled but not answered in a completed response`);
  const on = [...qItems].filter(([linkId, { item }]) => item.type !== 'display' && enabled(linkId)).map(([linkId]) => linkId);
  return { errors, enabled: new Set(on) };
}
