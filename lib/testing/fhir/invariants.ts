/**
 * The FHIR R4 (4.0.1) invariants of severity "error" that JSON Schema cannot express, for the resources
 * we emit, evaluated with fhirpath.js (HL7's FHIRPath engine) and its R4 model. Expressions are copied
 * from hl7.fhir.r4.core 4.0.1 profiles-resources.json, with these changes: trace() calls dropped (que-1);
 * constraints defined on Bundle.entry and RiskAssessment.prediction.probability[x] evaluated from the
 * parent; que-12 fixed (4.0.1 says `count() > 2`, contradicting its own text, "more than one"); que-7
 * fixed (`answer is Boolean` names the System type, false for a FHIR boolean; R5 spells it `boolean`).
 *
 * Also what JSON Schema cannot check of primitives: required (1..1) primitive elements (the R4 schema
 * never marks a primitive required, because `_status`, an extension-only primitive, may stand for it),
 * and one value at most for a choice element ([x]).
 */
import fhirpath from 'fhirpath';
import r4model from 'fhirpath/fhir-context/r4';

interface Invariant { key: string; human: string; expression: string }
type Node = Record<string, unknown>;

const QUESTIONNAIRE: Invariant[] = [
  { key: 'que-2', human: 'The link ids for groups and questions must be unique within the questionnaire', expression: 'descendants().linkId.isDistinct()' },
];
const QUESTIONNAIRE_ITEM: Invariant[] = [
  { key: 'que-1', human: 'Group items must have nested items, display items cannot have nested items', expression: "(type='group' implies item.empty().not()) and (type='display' implies item.empty())" },
  { key: 'que-3', human: 'Display items cannot have a "code" asserted', expression: "type!='display' or code.empty()" },
  { key: 'que-4', human: 'A question cannot have both answerOption and answerValueSet', expression: 'answerOption.empty() or answerValueSet.empty()' },
  { key: 'que-5', human: "Only 'choice' and 'open-choice' items can have answerValueSet", expression: "(type ='choice' or type = 'open-choice' or type = 'decimal' or type = 'integer' or type = 'date' or type = 'dateTime' or type = 'time' or type = 'string' or type = 'quantity') or (answerValueSet.empty() and answerOption.empty())" },
  { key: 'que-6', human: "Required and repeat aren't permitted for display items", expression: "type!='display' or (required.empty() and repeats.empty())" },
  { key: 'que-8', human: "Initial values can't be specified for groups or display items", expression: "(type!='group' and type!='display') or initial.empty()" },
  { key: 'que-9', human: 'Read-only can\'t be specified for "display" items', expression: "type!='display' or readOnly.empty()" },
  { key: 'que-10', human: 'Maximum length can only be declared for simple question types', expression: "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()" },
  { key: 'que-11', human: 'If one or more answerOption is present, initial[x] must be missing', expression: 'answerOption.empty() or initial.empty()' },
  { key: 'que-12', human: 'If there are more than one enableWhen, enableBehavior must be specified', expression: 'enableWhen.count() > 1 implies enableBehavior.exists()' },
  { key: 'que-13', human: 'Can only have multiple initial values for repeating items', expression: 'repeats=true or initial.count() <= 1' },
];
const QUESTIONNAIRE_ENABLEWHEN: Invariant[] = [
  { key: 'que-7', human: "If the operator is 'exists', the value must be a boolean", expression: "operator = 'exists' implies (answer is boolean)" },
];
const QR_ITEM: Invariant[] = [
  { key: 'qrs-1', human: "Nested item can't be beneath both item and answer", expression: '(answer.exists() and item.exists()).not()' },
];
const RA_PREDICTION: Invariant[] = [
  { key: 'ras-2', human: 'Must be <= 100', expression: 'probability is decimal implies (probability as decimal) <= 100' },
  { key: 'ras-1', human: 'low and high must be percentages, if present', expression: "probability.ofType(Range).all((low.empty() or ((low.code = '%') and (low.system = %ucum))) and (high.empty() or ((high.code = '%') and (high.system = %ucum))))" },
];
const BUNDLE: Invariant[] = [
  { key: 'bdl-1', human: 'total only when a search or history', expression: "total.empty() or (type = 'searchset') or (type = 'history')" },
  { key: 'bdl-2', human: 'entry.search only when a search', expression: "entry.search.empty() or (type = 'searchset')" },
  { key: 'bdl-3', human: 'entry.request mandatory for batch/transaction/history, otherwise prohibited', expression: "entry.all(request.exists() = (%resource.type = 'batch' or %resource.type = 'transaction' or %resource.type = 'history'))" },
  { key: 'bdl-4', human: 'entry.response mandatory for batch-response/transaction-response/history, otherwise prohibited', expression: "entry.all(response.exists() = (%resource.type = 'batch-response' or %resource.type = 'transaction-response' or %resource.type = 'history'))" },
  { key: 'bdl-7', human: 'FullUrl must be unique in a bundle, or else entries with the same fullUrl must have different meta.versionId (except in history bundles)', expression: "(type = 'history') or entry.where(fullUrl.exists()).select(fullUrl&resource.meta.versionId).isDistinct()" },
  { key: 'bdl-9', human: 'A document must have an identifier with a system and a value', expression: "type = 'document' implies (identifier.system.exists() and identifier.value.exists())" },
  { key: 'bdl-10', human: 'A document must have a date', expression: "type = 'document' implies (timestamp.hasValue())" },
  { key: 'bdl-11', human: 'A document must have a Composition as the first resource', expression: "type = 'document' implies entry.first().resource.is(Composition)" },
  { key: 'bdl-12', human: 'A message must have a MessageHeader as the first resource', expression: "type = 'message' implies entry.first().resource.is(MessageHeader)" },
  { key: 'bdl-5', human: "must be a resource unless there's a request or response", expression: 'entry.all(resource.exists() or request.exists() or response.exists())' },
  { key: 'bdl-8', human: 'fullUrl cannot be a version specific reference', expression: "entry.all(fullUrl.exists() implies fullUrl.contains('/_history/').not())" },
];

/** Required (min 1) primitive elements, which the R4 JSON schema does not mark required. */
const REQUIRED_PRIMITIVES: Record<string, string[]> = {
  Questionnaire: ['status'],
  'Questionnaire.item': ['linkId', 'type'],
  'Questionnaire.item.enableWhen': ['question', 'operator'],
  QuestionnaireResponse: ['status'],
  'QuestionnaireResponse.item': ['linkId'],
  RiskAssessment: ['status'],
  Bundle: ['type'],
};

/** Choice elements ([x]): JSON Schema allows several answerXxx keys at once; FHIR allows one. [prefix, min] */
const CHOICES: Record<string, [prefix: string, min: number]> = {
  'Questionnaire.item.enableWhen': ['answer', 1],
  'Questionnaire.item.answerOption': ['value', 1],
  'Questionnaire.item.initial': ['value', 1],
  'QuestionnaireResponse.item.answer': ['value', 0],
};
const choiceKeys = (n: Node, prefix: string) =>
  Object.keys(n).filter((k) => k.startsWith(prefix) && k.length > prefix.length && /[A-Z]/.test(k[prefix.length]!));

const walkItems = (items: unknown, viaAnswers: boolean, out: Node[] = []): Node[] => {
  for (const it of (items as Node[] | undefined) ?? []) {
    out.push(it);
    walkItems(it.item, viaAnswers, out);
    if (viaAnswers) for (const a of (it.answer as Node[] | undefined) ?? []) walkItems(a.item, viaAnswers, out);
  }
  return out;
};

/** "Questionnaire.item(linkId=age)", "Questionnaire.item.enableWhen(question=sex)" or "Bundle". */
const label = (base: string, n: Node, i: number): string =>
  typeof n.linkId === 'string' ? `${base}(linkId=${n.linkId})` : typeof n.question === 'string' ? `${base}(question=${n.question})` : base.includes('.') ? `${base}[${i}]` : base;

const silent = { traceFn: () => undefined };

const compiled = new Map<string, ReturnType<typeof fhirpath.compile>>();

function evalInvariant(resource: Node, node: Node, base: string, inv: Invariant): boolean {
  const env = { resource, rootResource: resource, ucum: 'http://unitsofmeasure.org' };
  const key = `${base}|${inv.expression}`;
  let fn = compiled.get(key);
  if (!fn) compiled.set(key, (fn = fhirpath.compile({ base, expression: inv.expression }, r4model, silent)));
  const r = fn(node, env) as unknown[];
  // FHIR: an invariant passes unless it evaluates to false; an empty result is not a failure.
  return !(r.length === 1 && r[0] === false);
}

export function checkInvariants(resource: Node, path = ''): string[] {
  const errors: string[] = [];
  const rt = resource.resourceType as string;
  const at = (p: string) => (path ? `${path}/${p}` : p);
  const run = (nodes: Node[], base: string, invs: Invariant[]) => {
    for (const [i, n] of nodes.entries())
      for (const inv of invs) if (!evalInvariant(resource, n, base, inv)) errors.push(`${at(label(base, n, i))} ${inv.key}: ${inv.human}`);
  };
  const choice = (nodes: Node[], base: string) => {
    const [prefix, min] = CHOICES[base]!;
    for (const [i, n] of nodes.entries()) {
      const ks = choiceKeys(n, prefix);
      if (ks.length > 1) errors.push(`${at(label(base, n, i))}: only one ${prefix}[x] allowed, got ${ks.join(', ')}`);
      if (ks.length < min) errors.push(`${at(label(base, n, i))}: missing required ${prefix}[x]`);
    }
  };
  const need = (nodes: Node[], base: string) => {
    for (const [i, n] of nodes.entries())
      for (const k of REQUIRED_PRIMITIVES[base] ?? []) if (n[k] === undefined && n[`_${k}`] === undefined) errors.push(`${at(label(base, n, i))}: missing required ${k}`);
  };
  if (rt === 'Questionnaire') {
    const items = walkItems(resource.item, false);
    const ew = items.flatMap((it) => (it.enableWhen as Node[] | undefined) ?? []);
    need([resource], rt); need(items, 'Questionnaire.item'); need(ew, 'Questionnaire.item.enableWhen');
    run([resource], rt, QUESTIONNAIRE); run(items, 'Questionnaire.item', QUESTIONNAIRE_ITEM); run(ew, 'Questionnaire.item.enableWhen', QUESTIONNAIRE_ENABLEWHEN);
    choice(ew, 'Questionnaire.item.enableWhen');
    choice(items.flatMap((it) => (it.answerOption as Node[] | undefined) ?? []), 'Questionnaire.item.answerOption');
    choice(items.flatMap((it) => (it.initial as Node[] | undefined) ?? []), 'Questionnaire.item.initial');
  } else if (rt === 'QuestionnaireResponse') {
    const items = walkItems(resource.item, true);
    need([resource], rt); need(items, 'QuestionnaireResponse.item');
    run(items, 'QuestionnaireResponse.item', QR_ITEM);
    choice(items.flatMap((it) => (it.answer as Node[] | undefined) ?? []), 'QuestionnaireResponse.item.answer');
  } else if (rt === 'RiskAssessment') {
    need([resource], rt);
    run((resource.prediction as Node[] | undefined) ?? [], 'RiskAssessment.prediction', RA_PREDICTION);
  } else if (rt === 'Bundle') {
    need([resource], rt);
    run([resource], rt, BUNDLE);
    for (const [i, e] of ((resource.entry as Node[] | undefined) ?? []).entries())
      if (e.resource) errors.push(...checkInvariants(e.resource as Node, at(`Bundle.entry[${i}].resource`)));
  }
  for (const c of (resource.contained as Node[] | undefined) ?? []) errors.push(...checkInvariants(c, at(`${rt}.contained`)));
  return errors;
}
