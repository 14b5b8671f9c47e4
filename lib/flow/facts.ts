import { array, boolean, discriminatedUnion, int, literal, minLength, nonnegative, optional, positive, strictObject, type output } from 'zod/mini';
import { Id, Text } from './primitives';

/*
 * The facts a flow asks about besides findings, declared by the flow itself: a number in a range (age
 * in years), or one of a few values. The engine knows none of them by name; screens ask them,
 * conditions compare them, and the patient format of the CLI and the API is built from them.
 */

export type Facts = {
  /** The findings answered "yes". */
  readonly findings: ReadonlySet<string>;
  /** The facts given so far. */
  readonly values: Readonly<Record<string, number | string>>;
};

export const NO_FACTS: Facts = { findings: new Set(), values: {} };

const common = () => ({
  label: Text(),
  /**
   * A fact callers may leave out and no screen asks: kept in the patient format so that callers who
   * send it are not turned away, and read by no rule (checked when the flow loads).
   */
  optional: optional(boolean()),
  /** For reviewers only; never shown to a person. */
  note: optional(Text()),
});

export function FactSchema() {
  return discriminatedUnion('kind', [
    strictObject({
      kind: literal('number'),
      ...common(),
      /** Plural, as in "a whole number of years". */
      unit: Text(),
      unitOne: Text(),
      min: int().check(nonnegative()),
      max: int().check(positive()),
      /** A common value: how many questions are left is estimated with it. */
      typical: int(),
    }),
    strictObject({ kind: literal('choice'), ...common(), values: array(Id()).check(minLength(2)) }),
  ]);
}

export type FactDeclaration = output<ReturnType<typeof FactSchema>>;

export type FactDeclarations = Readonly<Record<string, FactDeclaration>>;

export function withFinding(facts: Facts, ...ids: readonly string[]): Facts {
  if (ids.length === 0) return facts;
  return { findings: new Set([...facts.findings, ...ids]), values: facts.values };
}

export function withValue(facts: Facts, id: string, value: number | string): Facts {
  return { findings: facts.findings, values: { ...facts.values, [id]: value } };
}
