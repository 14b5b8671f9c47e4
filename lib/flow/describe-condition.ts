import { isNumberCondition, type Condition, type NumberCondition } from './condition';
import type { FactDeclarations } from './facts';

/** What describing a condition needs of a flow: its facts' labels and units, and which findings exist. */
export interface ConditionFlow {
  readonly facts: FactDeclarations;
  readonly findings: Readonly<Record<string, unknown>>;
}

/** A piece of a condition in words: plain text, or a finding's name, which a page can link to the finding. */
export type ConditionPart = { readonly text: string } | { readonly text: string; readonly finding: string };

/**
 * A finding in a condition is named by its id in words ("fever or chills"): the flow's own vocabulary,
 * short enough for a decision table. The exact wording a person answers is the finding's label, which
 * the explorer lists with its screen.
 */
function findingName(id: string): string {
  return id.replaceAll('_', ' ');
}

const COMPARISON_ORDER = ['atLeast', 'moreThan', 'atMost', 'below'] as const;

function amount(n: number, fact: FactDeclarations[string] | undefined): string {
  if (fact?.kind !== 'number') return String(n);
  return `${n} ${n === 1 ? fact.unitOne : fact.unit}`;
}

function factName(id: string, facts: FactDeclarations): string {
  const label = facts[id]?.label ?? id;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "50 years or more", "under 16 years", "from 12 to 55 years": every comparison on one fact, read together. */
function bounds(fact: string, comparisons: readonly NumberCondition[], facts: FactDeclarations): string {
  const declared = facts[fact];
  const merged: Partial<Record<(typeof COMPARISON_ORDER)[number], number>> = {};
  const phrases: string[] = [];
  for (const c of comparisons) {
    for (const op of COMPARISON_ORDER) {
      const n = c[op];
      if (n === undefined) continue;
      // Two bounds of the same kind both apply: say each, rather than silently keep one.
      if (merged[op] !== undefined) phrases.push(phrase(op, n, declared));
      else merged[op] = n;
    }
  }
  const { atLeast, moreThan, atMost, below } = merged;
  const unit = (n: number) => amount(n, declared);
  if (atLeast !== undefined && atMost !== undefined && moreThan === undefined && below === undefined) {
    phrases.unshift(declared?.kind === 'number' ? `from ${atLeast} to ${unit(atMost)}` : `from ${atLeast} to ${atMost}`);
  } else {
    phrases.unshift(...COMPARISON_ORDER.flatMap((op) => (merged[op] === undefined ? [] : [phrase(op, merged[op], declared)])));
  }
  return `${factName(fact, facts)} is ${phrases.join(' and ')}`;
}

function phrase(op: (typeof COMPARISON_ORDER)[number], n: number, fact: FactDeclarations[string] | undefined): string {
  const a = amount(n, fact);
  switch (op) {
    case 'atLeast':
      return `${a} or more`;
    case 'moreThan':
      return `more than ${a}`;
    case 'atMost':
      return `${a} or less`;
    case 'below':
      return `under ${a}`;
  }
}

type Context = 'top' | 'all' | 'any';

/**
 * The parts of a condition in words, in order. `all` reads "A and B", `any` "A or B", `not` "not A";
 * a group inside another kind of group is put in brackets, so "age is 50 years or more and (fever or
 * chills or night pain)" means what the rule means. Comparisons of the same fact in one `all` are read
 * together ("age is from 12 to 55 years").
 */
export function conditionParts(flow: ConditionFlow, condition: Condition, context: Context = 'top'): ConditionPart[] {
  if ('finding' in condition) return [{ text: findingName(condition.finding), finding: condition.finding }];
  if ('not' in condition) {
    const inner = conditionParts(flow, condition.not);
    return 'finding' in condition.not ? [{ text: 'not ' }, ...inner] : [{ text: 'not (' }, ...inner, { text: ')' }];
  }
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const own: Context = isAll ? 'all' : 'any';
    const members = isAll ? condition.all : condition.any;
    if (members.length === 1) return conditionParts(flow, members[0]!, context);
    const pieces = (isAll ? groupComparisons(members) : members.map((c) => [c])).map((group) =>
      group.length > 1 ? [{ text: bounds((group[0] as NumberCondition).fact, group as NumberCondition[], flow.facts) }] : conditionParts(flow, group[0]!, own),
    );
    const joined = pieces.flatMap((piece, i) => (i === 0 ? piece : [{ text: isAll ? ' and ' : ' or ' }, ...piece]));
    // A group in a group of the same kind reads the same without brackets: (a and b) and c.
    const bracket = context !== 'top' && context !== own;
    return bracket ? [{ text: '(' }, ...joined, { text: ')' }] : joined;
  }
  if ('is' in condition) return [{ text: `${factName(condition.fact, flow.facts)} is ${findingName(condition.is)}` }];
  return [{ text: bounds(condition.fact, [condition], flow.facts) }];
}

/** The members of an `all`, with comparisons of the same fact gathered where the first of them stands. */
function groupComparisons(members: readonly Condition[]): Condition[][] {
  const groups: Condition[][] = [];
  const byFact = new Map<string, Condition[]>();
  for (const member of members) {
    if (!isNumberCondition(member)) {
      groups.push([member]);
      continue;
    }
    const group = byFact.get(member.fact);
    if (group) group.push(member);
    else {
      const fresh = [member];
      byFact.set(member.fact, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}

/**
 * A condition in plain English, e.g. `age is 50 years or more and (fever or chills or night pain not
 * eased by rest)`: how the explorer states a rule's condition and when a screen or item is shown.
 */
export function describeCondition(flow: ConditionFlow, condition: Condition): string {
  return conditionParts(flow, condition)
    .map((part) => part.text)
    .join('');
}
