import { array, int, literal, minLength, strictObject, type output } from 'zod/mini';
import { isNumberCondition, walkCondition } from '../flow/condition';
import { withValue } from '../flow/facts';
import { Id, Text } from '../flow/primitives';
import { screenCommon } from './common';
import { acceptedAnswer, controlId, type ScreenKind, type ScreenKindTools } from './kind';

/**
 * A number fact answered by choosing a range ("6 weeks to 3 months"): one tap instead of arithmetic. Each
 * option starts at `from` and runs to the next option's `from`; the fact takes the option's `from`.
 * The options must start at every number a condition compares the fact with, so whichever value in an
 * option the person meant, every rule and screen decides the same (checked when the flow loads).
 */
export function definition() {
  return strictObject({
    kind: literal('range'),
    ...screenCommon(),
    options: array(strictObject({ id: Id(), label: Text(), from: int() })).check(minLength(2)),
  });
}

export type RangeScreen = output<ReturnType<typeof definition>>;

/** The number where a comparison's answer changes: x < t and x ≥ t change at t; x ≤ t and x > t at t + 1. */
function boundaries(condition: Parameters<typeof walkCondition>[0], fact: string): number[] {
  const found: number[] = [];
  for (const [c] of walkCondition(condition)) {
    if (!isNumberCondition(c) || c.fact !== fact) continue;
    if (c.below !== undefined) found.push(c.below);
    if (c.atLeast !== undefined) found.push(c.atLeast);
    if (c.atMost !== undefined) found.push(c.atMost + 1);
    if (c.moreThan !== undefined) found.push(c.moreThan + 1);
  }
  return found;
}

export const range: ScreenKind<RangeScreen, string> = {
  shown: (screen) => screen,

  accepts: (shown, value): value is string => shown.options.some((option) => option.id === value),

  // Short: a list of every option, twice on the page (summary and field), pushed the options off a phone's screen.
  notAccepted: () => 'Select how long, from the options shown',

  apply: (facts, screen, answer) => withValue(facts, screen.id, screen.options.find((o) => o.id === answer)!.from),

  read: (shown, sent, flow) => acceptedAnswer(range, shown, sent, flow),

  formValue: (_screen, answer) => answer ?? null,

  firstControl: (shown) => controlId(shown.id, shown.options[0]!.id),

  describe: (screen, answer) => [screen.options.find((o) => o.id === answer)!.label],

  quickest: (shown) => shown.options[0]!.id,
};

/** What the tools around the wizard need of the kind (never the wizard itself: see ScreenKindTools). */
export const rangeTools: ScreenKindTools<RangeScreen, string> = {
  asks: (screen) => [screen.id],

  patientAnswer(shown, patient) {
    const value = patient[shown.id] as number;
    return shown.options.filter((option) => option.from <= value).at(-1)!.id;
  },

  check(screen, { flow, conditions }) {
    const fact = flow.facts[screen.id];
    if (fact?.kind !== 'number') return [{ path: ['id'], message: `"${screen.id}" is not a number fact the flow declares` }];
    const issues: { path: (string | number)[]; message: string }[] = [];
    const starts = screen.options.map((option) => option.from);
    if (starts[0] !== fact.min) issues.push({ path: ['options', 0, 'from'], message: `the first option must start at the fact's min, ${fact.min}` });
    starts.forEach((from, i) => {
      if (i > 0 && from <= starts[i - 1]!) issues.push({ path: ['options', i, 'from'], message: 'options must start at increasing numbers' });
      if (from > fact.max) issues.push({ path: ['options', i, 'from'], message: `starts above the fact's max, ${fact.max}` });
    });
    for (const condition of conditions) {
      for (const at of boundaries(condition, screen.id)) {
        if (at > fact.min && at <= fact.max && !starts.includes(at)) {
          issues.push({ path: ['options'], message: `a condition changes at ${at} ${fact.unit}, inside an option: start an option there` });
        }
      }
    }
    return issues;
  },

  probes: (shown) => shown.options.map((option) => option.id),
};
