import { array, discriminatedUnion, int, literal, minLength, nonnegative, number, optional, positive, strictObject, type output } from 'zod/mini';
import { FactId, Id, Text } from './primitives';

/*
 * The facts a flow asks about besides findings, declared by the flow itself: a number in a range (age
 * in years), one of a few values (sex), or a number worked out from others (age when the pain
 * started). The engine knows none of them by name; screens ask them, conditions compare them, and the
 * patient format of the CLI and the API is built from them.
 */

export type Facts = {
  /** The findings answered "yes". */
  readonly findings: ReadonlySet<string>;
  /** The facts given so far, and the derived facts all of whose terms are known. */
  readonly values: Readonly<Record<string, number | string>>;
};

export const NO_FACTS: Facts = { findings: new Set(), values: {} };

export function FactSchema() {
  return discriminatedUnion('kind', [
    strictObject({
      kind: literal('number'),
      label: Text(),
      unit: Text(),
      unitOne: Text(),
      min: int().check(nonnegative()),
      max: int().check(positive()),
      /** A common value: how many questions are left is estimated with it. */
      typical: int(),
    }),
    strictObject({ kind: literal('choice'), label: Text(), values: array(Id()).check(minLength(2)) }),
    strictObject({
      kind: literal('derived'),
      label: Text(),
      /** The sum of `times × fact ÷ per` over the terms; unknown until every term is known. */
      terms: array(
        strictObject({ fact: FactId(), times: optional(number()), per: optional(number().check(positive())) }),
      ).check(minLength(1)),
    }),
  ]);
}

export type FactDeclaration = output<ReturnType<typeof FactSchema>>;

export type FactDeclarations = Readonly<Record<string, FactDeclaration>>;

export function withFinding(facts: Facts, ...ids: readonly string[]): Facts {
  if (ids.length === 0) return facts;
  return { findings: new Set([...facts.findings, ...ids]), values: facts.values };
}

/** The facts with one more value given, and any derived fact it completes worked out. */
export function withValue(facts: Facts, declarations: FactDeclarations, id: string, value: number | string): Facts {
  const values: Record<string, number | string> = { ...facts.values, [id]: value };
  for (const [derivedId, declaration] of Object.entries(declarations)) {
    if (declaration.kind !== 'derived') continue;
    let sum = 0;
    let known = true;
    for (const term of declaration.terms) {
      const v = values[term.fact];
      if (typeof v !== 'number') known = false;
      else sum += ((term.times ?? 1) * v) / (term.per ?? 1);
    }
    if (known) values[derivedId] = sum;
  }
  return { findings: facts.findings, values };
}
