import { array, regex, string, trim, minLength, type ZodMiniArray, type ZodMiniString } from 'zod/mini';

/*
 * The words every part of a flow is written in: ids, text a person reads, and the path of a bad value.
 * zod/mini throughout the engine, so the parts that run in the browser stay small.
 */

/** lower_snake_case: the shape of finding, screen, rule and outcome ids (and form field names). */
export function Id(): ZodMiniString<string> {
  return string().check(regex(/^[a-z][a-z0-9_]*$/, 'use lower_snake_case: a-z, 0-9 and _, starting with a letter'));
}

/** A fact's id, and so a number or choice screen's: a patient's field, so camelCase is allowed (`durationDays`). */
export function FactId(): ZodMiniString<string> {
  return string().check(regex(/^[a-z][A-Za-z0-9_]*$/, 'start with a lower-case letter; then letters, digits and _'));
}

/** Text a person reads: never empty. */
export function Text(): ZodMiniString<string> {
  return string().check(trim(), minLength(1, 'must not be empty'));
}

export function TextList(): ZodMiniArray<ZodMiniString<string>> {
  return array(Text()).check(minLength(1, 'needs at least one entry'));
}

/** A problem in a flow, at the path of the value that is wrong. */
export interface FlowIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** `rules[3].when.all[1].finding`: the path a clinician editing a flow file looks for. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}
