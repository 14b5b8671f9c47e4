import { literal, strictObject, type output } from 'zod/mini';
import { withFinding } from '../flow/facts';
import { screenCommon } from './common';
import { answerSchema, controlId, type ScreenKind } from './kind';

/** A yes/no screen asks about one finding, and its id is that finding's id (the form field's name). */
export function definition() {
  return strictObject({ kind: literal('yesno'), ...screenCommon() });
}

export type YesNoScreen = output<ReturnType<typeof definition>>;
type YesNo = 'yes' | 'no';

export const yesNo: ScreenKind<YesNoScreen, YesNo> = {
  definition,

  check: (screen, flow) => (screen.id in flow.findings ? [] : [{ path: ['id'], message: `unknown finding "${screen.id}"` }]),

  asks: (screen) => [screen.id],

  shown: (screen) => screen,

  accepts: (_shown, value): value is YesNo => value === 'yes' || value === 'no',

  notAccepted: () => 'Select yes or no',

  apply: (facts, screen, answer) => (answer === 'yes' ? withFinding(facts, screen.id) : facts),

  form: (shown, flow) => answerSchema(yesNo, shown, flow),

  formValue: (_screen, answer) => answer ?? null,

  firstControl: (shown) => controlId(shown.id, 'yes'),

  patientAnswer: (shown, patient) => (patient.findings.includes(shown.id) ? 'yes' : 'no'),

  describe: (_screen, answer) => [answer === 'yes' ? 'Yes' : 'No'],

  quickest: () => 'no',

  probes: () => ['yes', 'no'],
};
