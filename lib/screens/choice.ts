import { array, literal, minLength, strictObject, type output } from 'zod/mini';
import { withValue } from '../flow/facts';
import { Id, Text } from '../flow/primitives';
import { screenCommon } from './common';
import { acceptedAnswer, controlId, type ScreenKind, type ScreenKindTools } from './kind';

/** One of a fact's values, as radios: the screen's id is the fact's id. */
export function definition() {
  return strictObject({
    kind: literal('choice'),
    ...screenCommon(),
    options: array(strictObject({ value: Id(), label: Text() })).check(minLength(2)),
  });
}

export type ChoiceScreen = output<ReturnType<typeof definition>>;

const values = (screen: ChoiceScreen) => screen.options.map((option) => option.value) as [string, ...string[]];

export const choice: ScreenKind<ChoiceScreen, string> = {
  shown: (screen) => screen,

  accepts: (shown, value): value is string => shown.options.some((option) => option.value === value),

  notAccepted: (shown) => `Select ${shown.options.map((o) => o.label.toLowerCase()).join(' or ')}`,

  apply: (facts, screen, answer) => withValue(facts, screen.id, answer),

  read: (shown, sent, flow) => acceptedAnswer(choice, shown, sent, flow),

  formValue: (_screen, answer) => answer ?? null,

  firstControl: (shown) => controlId(shown.id, shown.options[0]!.value),

  describe: (screen, answer) => [screen.options.find((o) => o.value === answer)!.label],

  quickest: (shown) => shown.options[0]!.value,
};

/** What the tools around the wizard need of the kind (never the wizard itself: see ScreenKindTools). */
export const choiceTools: ScreenKindTools<ChoiceScreen, string> = {
  asks: (screen) => [screen.id],

  patientAnswer: (shown, patient) => patient[shown.id] as string,

  check(screen, { flow }) {
    const fact = flow.facts[screen.id];
    if (fact?.kind !== 'choice') return [{ path: ['id'], message: `"${screen.id}" is not a choice fact the flow declares` }];
    const offered = values(screen);
    const same = offered.length === fact.values.length && fact.values.every((v) => offered.includes(v));
    return same ? [] : [{ path: ['options'], message: `the options must be the values of fact "${screen.id}": ${fact.values.join(', ')}` }];
  },

  probes: (shown) => values(shown),
};
