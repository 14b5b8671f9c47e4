import { literal, strictObject, type output } from 'zod/mini';
import { withFinding } from '../flow/facts';
import { screenCommon } from './common';
import { acceptedAnswer, controlId, type ScreenKind, type ScreenKindTools } from './kind';

/** A yes/no screen asks about one finding, and its id is that finding's id (the form field's name). */
export function definition() {
  return strictObject({ kind: literal('yesno'), ...screenCommon() });
}

export type YesNoScreen = output<ReturnType<typeof definition>>;
type YesNo = 'yes' | 'no' | 'not_sure';

/**
 * The answers a yes/no question offers. "I'm not sure" counts as yes, the safer answer for a warning
 * sign, and the person is told so where they choose it and in the summary of their answers.
 */
export const YES_NO_OPTIONS: readonly { readonly value: YesNo; readonly label: string; readonly hint?: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not_sure', label: 'I’m not sure', hint: 'We will count this as a yes, to be safe.' },
];

export const yesNo: ScreenKind<YesNoScreen, YesNo> = {
  shown: (screen) => screen,

  accepts: (_shown, value): value is YesNo => YES_NO_OPTIONS.some((option) => option.value === value),

  notAccepted: () => 'Select yes, no or I’m not sure',

  apply: (facts, screen, answer) => (answer === 'no' ? facts : withFinding(facts, screen.id)),

  read: (shown, sent, flow) => acceptedAnswer(yesNo, shown, sent, flow),

  formValue: (_screen, answer) => answer ?? null,

  firstControl: (shown) => controlId(shown.id, 'yes'),

  describe: (_screen, answer) => [answer === 'not_sure' ? 'I’m not sure (counted as yes, to be safe)' : answer === 'yes' ? 'Yes' : 'No'],

  quickest: () => 'no',
};

/** What the tools around the wizard need of the kind (never the wizard itself: see ScreenKindTools). */
export const yesNoTools: ScreenKindTools<YesNoScreen, YesNo> = {
  asks: (screen) => [screen.id],

  patientAnswer: (shown, patient) => (patient.findings.includes(shown.id) ? 'yes' : 'no'),

  check: (screen, { flow }) => (screen.id in flow.findings ? [] : [{ path: ['id'], message: `unknown finding "${screen.id}"` }]),

  probes: () => ['yes', 'no', 'not_sure'],
};
