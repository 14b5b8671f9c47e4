import { array, enum as oneOf, int, maxLength, maximum, minimum, minLength, optional, refine, safeParse, strictObject, string, transform, pipe, type ZodMiniType } from 'zod/mini';
import type { FactDeclaration } from '../flow/facts';
import { formatPath } from '../flow/primitives';
import type { Flow } from '../flow/flow-schema';
import type { Patient } from '../screens';
import type { InputIssue } from './input-issue';
import { factsAlwaysAsked } from './missing-facts';

export type { Patient };
export type { InputIssue };

/** Plain ids are safe to repeat in a message; anything else is described, never echoed. */
const PLAIN_ID = /^[a-z0-9_]{1,64}$/;

/** A missing field says so, rather than complaining about its type. */
function orMissing(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);
}

function factField(fact: FactDeclaration): ZodMiniType<unknown> {
  if (fact.kind === 'choice') {
    return oneOf(fact.values as [string, ...string[]], { error: orMissing(`must be ${fact.values.map((v) => `"${v}"`).join(' or ')}`) });
  }
  const range = `must be a whole number of ${fact.unit} from ${fact.min} to ${fact.max}`;
  return int({ error: orMissing(range) }).check(minimum(fact.min, { error: range }), maximum(fact.max, { error: range }));
}

/**
 * The patient format of one flow: `id`, the flow's facts (each within its declared range) and
 * `findings` from its vocabulary, duplicates collapsed. Strict: an unknown key is an error, not dropped.
 */
function patientShape(flow: Flow) {
  const known = new Set(Object.keys(flow.findings));
  // Every fact may be left out here: one the check asks this patient is required once the path is known (./missing-facts).
  const facts = Object.entries(flow.facts).map(([id, fact]) => [id, optional(factField(fact))] as const);
  return {
    id: optional(
      string({ error: 'must be a string' }).check(minLength(1, 'must not be empty'), maxLength(100, 'must be at most 100 characters')),
    ),
    ...Object.fromEntries(facts),
    findings: pipe(
      array(
        string({ error: 'each finding must be a string' }).check(
          refine((id) => known.has(id), {
            error: (issue) =>
              typeof issue.input === 'string' && PLAIN_ID.test(issue.input) ? `unknown finding "${issue.input}"` : 'not a known finding id',
          }),
        ),
        { error: orMissing('must be an array of finding ids') },
      ).check(maxLength(known.size * 4, `may have at most ${known.size * 4} entries, duplicates included`)),
      transform((ids: string[]) => [...new Set(ids)]),
    ),
  };
}

/**
 * A patient's fields as every message lists them, an optional one marked "?" as the docs write it: a field
 * nothing reads (sex) is still one a patient may have, so it is listed, optional.
 */
function fieldList(flow: Flow): string {
  const facts = Object.entries(flow.facts).map(([id, fact]) => `${id}${fact.optional ? '?' : ''}`);
  return ['id?', ...facts, 'findings'].join(', ');
}

/**
 * What the API and the CLI say of input that is not a patient at all, from this one place so they say
 * the same; `orArray`: the caller also takes an array of patients (the CLI), and says so.
 */
export function notAPatient(flow: Flow, orArray = false): string {
  return `must be a patient object with ${fieldList(flow)}${orArray ? ', or an array of patients' : ''}`;
}

/**
 * The patient schema of a flow, strict. A caller that takes a patient with more beside it (the API's
 * `flow`) adds those fields and a note that says so in the unknown-field message.
 */
export function patientSchema(flow: Flow, extra: Record<string, ZodMiniType<unknown>> = {}, extraNote = '') {
  const fields = fieldList(flow);
  return strictObject(
    { ...patientShape(flow), ...extra },
    {
      error: (issue) => {
        if (issue.code === 'unrecognized_keys') {
          const named = issue.keys.every((key) => PLAIN_ID.test(key)) ? ` ${issue.keys.map((k) => `"${k}"`).join(', ')}` : '';
          return `unknown field${issue.keys.length > 1 ? 's' : ''}${named}; a patient has only ${fields}${extraNote}`;
        }
        if (issue.code === 'invalid_type') return notAPatient(flow);
        return undefined;
      },
    },
  );
}

/** Zod issues as `{ path, message }` pairs, the shape the API and the CLI report. */
export function inputIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): InputIssue[] {
  const all = issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  // One value can fail two checks with the same words (1e300 is neither a safe integer nor in range): said once.
  return all.filter((issue, i) => all.findIndex((other) => other.path === issue.path && other.message === issue.message) === i);
}

/** One line for a person: the first problem, and how many more there are. */
export function oneLine(issues: readonly InputIssue[]): string {
  const [first] = issues;
  if (!first) return 'invalid input';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${first.path ? `${first.path}: ` : ''}${first.message}${more}`;
}

/** A patient for this flow, or the problems with what was given; `extraNote` as in patientSchema. */
export function parsePatient(flow: Flow, value: unknown, extraNote = ''): { patient: Patient } | { issues: InputIssue[] } {
  const result = safeParse(patientSchema(flow, {}, extraNote), value);
  if (result.success) return { patient: result.data as Patient };
  const issues = inputIssues(result.error.issues);
  // While something else is wrong the path is not known, but a fact whose screen shows for everyone is asked
  // whatever the rest says (unless an emergency sign ends the check first): said now, not on the next try.
  const given = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const missing = given ? factsAlwaysAsked(flow).filter((id) => given[id] === undefined).map((id) => ({ path: id, message: 'is required' })) : [];
  return { issues: [...missing, ...issues] };
}
