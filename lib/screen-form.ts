// Named imports, so the bundler keeps only the parts of zod this uses.
import { array, maxLength, enum as oneOf, object, pipe, refine, string, transform, unknown, type ZodMiniType } from 'zod/mini';
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
  return pipe(
    // A group of checkboxes can arrive as nothing, one value or several.
    pipe(unknown(), transform((v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []))),
    pipe(
      array(string()).check(
        refine((ticked) => ticked.length > 0, { error: empty, abort: true }),
        refine((ticked) => ticked.every((id) => allowed.has(id)), { error: 'Select from the options shown', abort: true }),
        refine((ticked) => !(ticked.includes(NONE) && ticked.length > 1), {
          error: `Select ‘${screen.noneLabel}’ on its own, or the ones that apply to you`,
        }),
      ),
      transform((ticked): AnswerValue => ticked.filter((id) => id !== NONE)),
    ),
  );
}

function numberField(screen: Extract<Screen, { kind: 'number' }>) {
  const messages = NUMBER_MESSAGES[screen.id];
  const text = (v: string) => v.trim();
  return pipe(
    string({ error: messages.empty }).check(
      refine((v) => text(v) !== '', { error: messages.empty, abort: true }),
      refine((v) => /^\d+$/.test(text(v)), { error: messages.notWhole, abort: true }),
      refine((v) => Number(text(v)) >= screen.min && Number(text(v)) <= screen.max, {
        error: messages.range(screen.min, screen.max),
      }),
    ),
    transform((v): AnswerValue => Number(text(v))),
  );
}

function fieldSchema(screen: Screen, facts: Facts) {
  switch (screen.kind) {
    case 'checklist':
      return checklistField(screen, facts);
    case 'yesno':
      return oneOf(['yes', 'no'], { error: 'Select yes or no' });
    case 'choice':
      return oneOf(['female', 'male'], {
        error: `Select ${screen.options.female.toLowerCase()} or ${screen.options.male.toLowerCase()}`,
      });
    case 'number':
      return numberField(screen);
  }
}

/** The schema of a screen's form: `{ [screen.id]: raw }` in, `{ [screen.id]: answer }` out. */
export function screenFormSchema(screen: Screen, facts: Facts) {
  return object({ [screen.id]: fieldSchema(screen, facts) }) as unknown as ZodMiniType<Record<string, AnswerValue>, FormValues>;
}

/**
 * The type of a screen's stored answer, for reading answers back from storage. Whether a value fits
 * what the person was shown (an item they saw, a number in range) is judged by readAnswers.
 */
export function answerType(screen: Screen): ZodMiniType<AnswerValue, unknown> {
  switch (screen.kind) {
    case 'checklist':
      return array(string().check(maxLength(80))).check(maxLength(screen.items.length));
    case 'yesno':
      return oneOf(['yes', 'no']);
    case 'choice':
      return oneOf(['female', 'male']);
    case 'number':
      return unknown().check(refine((v) => Number.isInteger(v))) as ZodMiniType<AnswerValue, unknown>;
  }
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
