import { literal, strictObject, type output } from 'zod/mini';
import { thresholds } from '../flow/condition';
import { withValue, type FactDeclaration } from '../flow/facts';
import { Text } from '../flow/primitives';
import { screenCommon } from './common';
import { acceptedAnswer, type ScreenFlow, type ScreenKind, type ScreenKindTools } from './kind';

/**
 * A whole number for one of the flow's number facts: the screen's id is the fact's id, and the fact
 * declares its range and unit. The error messages are the flow's, as a person reads them.
 */
export function definition() {
  return strictObject({
    kind: literal('number'),
    ...screenCommon(),
    errors: strictObject({
      empty: Text(),
      notWhole: Text(),
      /** {min} and {max} are replaced by the fact's range. */
      range: Text(),
    }),
  });
}

export type NumberScreen = output<ReturnType<typeof definition>>;
type NumberFact = Extract<FactDeclaration, { kind: 'number' }>;

function factOf(screen: NumberScreen, flow: ScreenFlow): NumberFact {
  return flow.facts[screen.id] as NumberFact;
}

function rangeMessage(screen: NumberScreen, fact: NumberFact): string {
  return screen.errors.range.replace('{min}', String(fact.min)).replace('{max}', String(fact.max));
}

/**
 * Whether a word typed after the number names the fact's unit: the unit, or a shortening of it, which
 * keeps its first letter and drops any others ("yrs", "yr" and "y" for "years"). The box shows the
 * unit after it, so "35 years" is a natural answer; the words are the flow's, in whatever language.
 */
function namesUnit(word: string, fact: NumberFact): boolean {
  return [fact.unit, fact.unitOne].some((unit) => {
    const full = unit.toLowerCase();
    let at = 0;
    for (const letter of word) {
      at = full.indexOf(letter, at);
      if (at < 0) return false;
      at += 1;
    }
    return word[0] === full[0];
  });
}

export const number: ScreenKind<NumberScreen, number> = {
  shown: (screen) => screen,

  accepts(shown, value, flow): value is number {
    const { min, max } = factOf(shown, flow);
    return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
  },

  notAccepted: (shown, flow) => rangeMessage(shown, factOf(shown, flow)),

  apply: (facts, screen, answer) => withValue(facts, screen.id, answer),

  read(shown, sent, flow) {
    // Typed as text with a numeric keypad (the GOV.UK advice: no type="number" spinners).
    const typed = typeof sent === 'string' ? sent.trim() : '';
    if (typed === '') return { error: shown.errors.empty };
    // The number, and perhaps its unit after it ("35 years", "35yrs.").
    const [, digits = typed, word] = /^(.*?\d)\s*(\p{L}+)\.?$/u.exec(typed) ?? [];
    if (word !== undefined && !namesUnit(word.toLowerCase(), factOf(shown, flow))) return { error: shown.errors.notWhole };
    // A negative whole number is whole: it gets the range message, which says what is wanted.
    if (!/^-?\d+$/.test(digits)) return { error: shown.errors.notWhole };
    return acceptedAnswer(number, shown, Number(digits), flow);
  },

  formValue: (_screen, answer) => (answer === undefined ? '' : String(answer)),

  firstControl: (shown) => shown.id,

  describe(screen, answer, flow) {
    const fact = factOf(screen, flow);
    return [`${answer} ${answer === 1 ? fact.unitOne : fact.unit}`];
  },

  quickest: (shown, flow) => factOf(shown, flow).typical,
};

/** What the tools around the wizard need of the kind (never the wizard itself: see ScreenKindTools). */
export const numberTools: ScreenKindTools<NumberScreen, number> = {
  asks: (screen) => [screen.id],

  patientAnswer: (shown, patient) => patient[shown.id] as number,

  check: (screen, { flow }) =>
    flow.facts[screen.id]?.kind === 'number' ? [] : [{ path: ['id'], message: `"${screen.id}" is not a number fact the flow declares` }],

  probes(shown, { flow, conditions }) {
    const fact = factOf(shown, flow);
    const values = new Set([fact.min, fact.max]);
    for (const c of conditions) {
      for (const t of thresholds(c, shown.id)) for (const v of [Math.floor(t) - 1, Math.floor(t), Math.ceil(t), Math.ceil(t) + 1]) values.add(v);
    }
    return [...values].filter((v) => v >= fact.min && v <= fact.max).sort((a, b) => a - b);
  },
};
