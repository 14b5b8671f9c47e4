import * as z from 'zod/mini';
import { visibleItems, type AnswerValue } from './answers';
import type { Facts } from './condition';
import type { Screen } from './flow-schema';

/*
 * The form for one screen, derived from the screen itself: one field named after the screen's id (the
 * data it carries), a zod schema that turns what the browser sends into the screen's answer, and the
 * error messages a person sees. zod/mini keeps this small, because it ships to the browser.
 */

/** The value of the exclusive "None of these" checkbox. */
export const NONE = 'none';

type FormValues = Record<string, unknown>;

const NUMBER_MESSAGES = {
  age: {
    empty: 'Enter your age',
    notWhole: 'Enter your age as a whole number of years, like 34',
    range: (min: number, max: number) => `Age must be between ${min} and ${max}`,
  },
  durationDays: {
    empty: 'Enter how many days ago the pain started',
    notWhole: 'Enter a whole number of days, like 5',
    range: (min: number, max: number) => `The number of days must be between ${min} and ${max}`,
  },
} as const;

function checklistField(screen: Extract<Screen, { kind: 'checklist' }>, facts: Facts) {
  const allowed = new Set([NONE, ...visibleItems(screen, facts).map((item) => item.finding)]);
  const empty = `Select all that apply to you, or select ‘${screen.noneLabel}’`;
  return z.pipe(
    // A group of checkboxes can arrive as nothing, one value or several.
    z.pipe(z.unknown(), z.transform((v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []))),
    z.pipe(
      z.array(z.string()).check(
        z.refine((ticked) => ticked.length > 0, { error: empty, abort: true }),
        z.refine((ticked) => ticked.every((id) => allowed.has(id)), { error: 'Select from the options shown', abort: true }),
        z.refine((ticked) => !(ticked.includes(NONE) && ticked.length > 1), {
          error: `Select ‘${screen.noneLabel}’ on its own, or the ones that apply to you`,
        }),
      ),
      z.transform((ticked): AnswerValue => ticked.filter((id) => id !== NONE)),
    ),
  );
}

function numberField(screen: Extract<Screen, { kind: 'number' }>) {
  const messages = NUMBER_MESSAGES[screen.id];
  const text = (v: string) => v.trim();
  return z.pipe(
    z.string({ error: messages.empty }).check(
      z.refine((v) => text(v) !== '', { error: messages.empty, abort: true }),
      z.refine((v) => /^\d+$/.test(text(v)), { error: messages.notWhole, abort: true }),
      z.refine((v) => Number(text(v)) >= screen.min && Number(text(v)) <= screen.max, {
        error: messages.range(screen.min, screen.max),
      }),
    ),
    z.transform((v): AnswerValue => Number(text(v))),
  );
}

function fieldSchema(screen: Screen, facts: Facts) {
  switch (screen.kind) {
    case 'checklist':
      return checklistField(screen, facts);
    case 'yesno':
      return z.enum(['yes', 'no'], { error: 'Select yes or no' });
    case 'choice':
      return z.enum(['female', 'male'], {
        error: `Select ${screen.options.female.toLowerCase()} or ${screen.options.male.toLowerCase()}`,
      });
    case 'number':
      return numberField(screen);
  }
}

/** The schema of a screen's form: `{ [screen.id]: raw }` in, `{ [screen.id]: answer }` out. */
export function screenFormSchema(screen: Screen, facts: Facts) {
  return z.object({ [screen.id]: fieldSchema(screen, facts) }) as unknown as z.ZodMiniType<
    Record<string, AnswerValue>,
    FormValues
  >;
}

/** What the form shows for an answer already given (or nothing yet). */
export function formDefaults(screen: Screen, answer: AnswerValue | undefined): FormValues {
  if (answer === undefined) return { [screen.id]: screen.kind === 'checklist' ? [] : screen.kind === 'number' ? '' : null };
  if (screen.kind === 'checklist') {
    const ticked = answer as readonly string[];
    return { [screen.id]: ticked.length === 0 ? [NONE] : [...ticked] };
  }
  return { [screen.id]: screen.kind === 'number' ? String(answer) : answer };
}

/** The id of the control an error summary links to: the first option, or the input itself. */
export function firstControlId(screen: Screen, facts: Facts): string {
  if (screen.kind === 'checklist') return controlId(screen.id, visibleItems(screen, facts)[0]?.finding ?? NONE);
  if (screen.kind === 'yesno') return controlId(screen.id, 'yes');
  if (screen.kind === 'choice') return controlId(screen.id, 'female');
  return screen.id;
}

export function controlId(name: string, value: string): string {
  return `${name}--${value}`;
}
