import type { Condition, NumberFact, Sex } from './flow-schema';

/** What is known about the person so far: the findings answered "yes", and the facts they gave. */
export interface Facts {
  readonly findings: ReadonlySet<string>;
  readonly age?: number;
  readonly sex?: Sex;
  readonly durationDays?: number;
}

export const NO_FACTS: Facts = { findings: new Set() };

const DAYS_PER_YEAR = 365.25;

export function numberFact(facts: Facts, fact: NumberFact): number | undefined {
  if (fact === 'ageAtOnset') {
    if (facts.age === undefined || facts.durationDays === undefined) return undefined;
    return facts.age - facts.durationDays / DAYS_PER_YEAR;
  }
  return facts[fact];
}

/**
 * An unknown fact makes a comparison false, and only `not` can turn "unknown" into true. Rules that end
 * the check are evaluated on partial answers, so they may not use `not` (see check-flow).
 */
export function evaluate(condition: Condition, facts: Facts): boolean {
  if ('finding' in condition) return facts.findings.has(condition.finding);
  if ('all' in condition) return condition.all.every((c) => evaluate(c, facts));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, facts));
  if ('not' in condition) return !evaluate(condition.not, facts);
  if (condition.fact === 'sex') return facts.sex === condition.is;
  const value = numberFact(facts, condition.fact);
  if (value === undefined) return false;
  return (
    (condition.below === undefined || value < condition.below) &&
    (condition.atMost === undefined || value <= condition.atMost) &&
    (condition.atLeast === undefined || value >= condition.atLeast) &&
    (condition.moreThan === undefined || value > condition.moreThan)
  );
}

/** Every sub-condition, depth first, with its path below the condition (for error messages). */
export function* walkCondition(
  condition: Condition,
  path: (string | number)[] = [],
): Generator<[Condition, (string | number)[]]> {
  yield [condition, path];
  if ('all' in condition) for (const [i, c] of condition.all.entries()) yield* walkCondition(c, [...path, 'all', i]);
  if ('any' in condition) for (const [i, c] of condition.any.entries()) yield* walkCondition(c, [...path, 'any', i]);
  if ('not' in condition) yield* walkCondition(condition.not, [...path, 'not']);
}

export function conditionFindings(condition: Condition): string[] {
  const ids: string[] = [];
  for (const [c] of walkCondition(condition)) if ('finding' in c) ids.push(c.finding);
  return ids;
}

/** The answered facts a condition reads (`ageAtOnset` reads both age and duration). */
export function conditionFacts(condition: Condition): Set<'age' | 'durationDays' | 'sex'> {
  const facts = new Set<'age' | 'durationDays' | 'sex'>();
  for (const [c] of walkCondition(condition)) {
    if (!('fact' in c)) continue;
    if (c.fact === 'ageAtOnset') facts.add('age').add('durationDays');
    else facts.add(c.fact);
  }
  return facts;
}

export function usesNot(condition: Condition): boolean {
  for (const [c] of walkCondition(condition)) if ('not' in c) return true;
  return false;
}

/** The numbers a condition compares a fact with: the boundaries tests and checks probe on both sides. */
export function thresholds(condition: Condition, fact: NumberFact): number[] {
  const values: number[] = [];
  for (const [c] of walkCondition(condition)) {
    if (!('fact' in c) || c.fact !== fact) continue;
    for (const v of [c.below, c.atMost, c.atLeast, c.moreThan]) if (v !== undefined) values.push(v);
  }
  return values;
}
