import { array, lazy, minLength, number, optional, refine, string, strictObject, union, type ZodMiniType } from 'zod/mini';
import { FactId, Id } from './primitives';
import type { Facts } from './facts';

/**
 * A condition reads what a person said: a finding they have, a fact compared with a number in plain
 * words (`{ "fact": "age", "atLeast": 50 }`), a fact that is one of its values (`{ "fact": "sex", "is":
 * "female" }`), or all / any / not of other conditions. Rules, `showIf` and extra advice all use them.
 */
export type NumberCondition = {
  readonly fact: string;
  readonly below?: number;
  readonly atMost?: number;
  readonly atLeast?: number;
  readonly moreThan?: number;
};
export type Condition =
  | { readonly finding: string }
  | NumberCondition
  | { readonly fact: string; readonly is: string }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

const COMPARISONS = ['below', 'atMost', 'atLeast', 'moreThan'] as const;

export function ConditionSchema(): ZodMiniType<Condition> {
  const condition: ZodMiniType<Condition> = lazy(() =>
    union(
      [
        strictObject({ finding: Id() }),
        strictObject({
          fact: FactId(),
          below: optional(number()),
          atMost: optional(number()),
          atLeast: optional(number()),
          moreThan: optional(number()),
        }).check(
          refine((c) => COMPARISONS.some((op) => c[op] !== undefined), 'a number condition needs one of below, atMost, atLeast or moreThan'),
        ),
        strictObject({ fact: FactId(), is: string() }),
        strictObject({ all: array(condition).check(minLength(1)) }),
        strictObject({ any: array(condition).check(minLength(1)) }),
        strictObject({ not: condition }),
      ],
      {
        error:
          'a condition is one of {finding}, {fact, below|atMost|atLeast|moreThan}, {fact, is}, {all: [...]}, {any: [...]} or {not}',
      },
    ),
  );
  return condition;
}

export function isNumberCondition(c: Condition): c is NumberCondition {
  return 'fact' in c && !('is' in c);
}

/**
 * An unknown fact makes a comparison false, and only `not` can turn "unknown" into true. Rules that end
 * the check are judged on partial answers, so they may not use `not` (see check-flow).
 */
export function evaluate(condition: Condition, facts: Facts): boolean {
  if ('finding' in condition) return facts.findings.has(condition.finding);
  if ('all' in condition) return condition.all.every((c) => evaluate(c, facts));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, facts));
  if ('not' in condition) return !evaluate(condition.not, facts);
  const value = facts.values[condition.fact];
  if ('is' in condition) return value === condition.is;
  if (typeof value !== 'number') return false;
  return compare(condition, value);
}

/** Whether a number meets every comparison of a number condition. */
export function compare(c: NumberCondition, value: number): boolean {
  return (
    (c.below === undefined || value < c.below) &&
    (c.atMost === undefined || value <= c.atMost) &&
    (c.atLeast === undefined || value >= c.atLeast) &&
    (c.moreThan === undefined || value > c.moreThan)
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

/** The facts a condition compares, as written (a derived fact is named, not the facts it is made of). */
export function conditionFacts(condition: Condition): string[] {
  const ids: string[] = [];
  for (const [c] of walkCondition(condition)) if ('fact' in c) ids.push(c.fact);
  return ids;
}

export function usesNot(condition: Condition): boolean {
  for (const [c] of walkCondition(condition)) if ('not' in c) return true;
  return false;
}

/** The numbers a condition compares a fact with: the boundaries tests and checks probe on both sides. */
export function thresholds(condition: Condition, fact: string): number[] {
  const values: number[] = [];
  for (const [c] of walkCondition(condition)) {
    if (!isNumberCondition(c) || c.fact !== fact) continue;
    for (const op of COMPARISONS) if (c[op] !== undefined) values.push(c[op]);
  }
  return values;
}
