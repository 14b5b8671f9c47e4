import * as z from 'zod';
import type { Flow, NumberScreen } from './flow-schema';
import { SEXES } from './flow-schema';

/** A person as the CLI and the API describe them: their facts, and the findings they have. */
export interface Patient {
  readonly id?: string;
  readonly age: number;
  readonly sex: (typeof SEXES)[number];
  readonly durationDays: number;
  readonly findings: readonly string[];
}

/** Plain ids are safe to repeat in a message; anything else is described, never echoed. */
const PLAIN_ID = /^[a-z0-9_]{1,64}$/;

function numberScreen(flow: Flow, id: NumberScreen['id']): NumberScreen {
  const screen = flow.screens.find((s): s is NumberScreen => s.kind === 'number' && s.id === id);
  if (!screen) throw new Error(`flow "${flow.id}" has no ${id} screen`);
  return screen;
}

/** A missing field says so, rather than complaining about its type. */
function orMissing(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);
}

function wholeNumber({ min, max, unit }: NumberScreen) {
  const range = `must be a whole number of ${unit} from ${min} to ${max}`;
  return z.int({ error: orMissing(range) }).min(min, { error: range }).max(max, { error: range });
}

/**
 * The patient schema for one flow: strict (unknown keys are an error, not silently dropped), findings
 * limited to the flow's vocabulary with duplicates collapsed, numbers within what its screens accept.
 */
export function patientSchema(flow: Flow) {
  const known = new Set(Object.keys(flow.findings));
  const shape = {
    id: z.string({ error: 'must be a string' }).min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional(),
    age: wholeNumber(numberScreen(flow, 'age')),
    sex: z.enum(SEXES, { error: orMissing('must be "female" or "male"') }),
    durationDays: wholeNumber(numberScreen(flow, 'durationDays')),
    findings: z
      .array(
        z.string({ error: 'each finding must be a string' }).refine((id) => known.has(id), {
          error: (issue) =>
            typeof issue.input === 'string' && PLAIN_ID.test(issue.input)
              ? `unknown finding "${issue.input}"`
              : 'not a known finding id',
        }),
        { error: orMissing('must be an array of finding ids') },
      )
      .max(known.size * 4, `findings may list at most ${known.size * 4} ids`)
      .transform((ids) => [...new Set(ids)]),
  };
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const named = issue.keys.every((key) => PLAIN_ID.test(key)) ? ` ${issue.keys.map((k) => `"${k}"`).join(', ')}` : '';
        return `unknown field${issue.keys.length > 1 ? 's' : ''}${named}; a patient has only ${fields}`;
      }
      if (issue.code === 'invalid_type') return `must be a patient object with ${fields}`;
      return undefined;
    },
  });
}

export type PatientSchema = ReturnType<typeof patientSchema>;
