import { array, literal, minLength, optional, strictObject, type output } from 'zod/mini';
import { ConditionSchema, evaluate } from '../flow/condition';
import { withFinding } from '../flow/facts';
import { Id, Text } from '../flow/primitives';
import { screenCommon } from './common';
import { acceptedAnswer, controlId, type ScreenKind, type ScreenKindTools } from './kind';

/** The value of the exclusive "None of these" checkbox. */
export const NONE = 'none';

export function definition() {
  return strictObject({
    kind: literal('checklist'),
    ...screenCommon(),
    items: array(strictObject({ finding: Id(), showIf: optional(ConditionSchema()) })).check(minLength(1)),
    noneLabel: Text(),
  });
}

export type ChecklistScreen = output<ReturnType<typeof definition>>;

/** "Select all that apply": findings from a list, each answered yes when ticked, with an exclusive "None of these". */
export const checklist: ScreenKind<ChecklistScreen, readonly string[]> = {
  shown: (screen, before) => ({ ...screen, items: screen.items.filter((item) => !item.showIf || evaluate(item.showIf, before)) }),

  accepts: (shown, value): value is readonly string[] =>
    Array.isArray(value) &&
    new Set(value).size === value.length &&
    value.every((id) => typeof id === 'string' && shown.items.some((item) => item.finding === id)),

  notAccepted: () => 'Select from the options shown',

  apply: (facts, _screen, ticked) => withFinding(facts, ...ticked),

  read(shown, sent, flow) {
    // A group of checkboxes arrives as nothing, one value or several.
    const ticked: unknown[] = Array.isArray(sent) ? sent : typeof sent === 'string' ? [sent] : [];
    if (ticked.length === 0) return { error: `Select all that apply to you, or select ‘${shown.noneLabel}’` };
    if (ticked.includes(NONE) && ticked.length > 1) return { error: `Select ‘${shown.noneLabel}’ on its own, or untick it if any of the others apply to you or you are not sure` };
    // What the form sends must still be an answer to the screen as shown.
    return acceptedAnswer(checklist, shown, ticked.filter((id) => id !== NONE), flow);
  },

  formValue: (_screen, ticked) => (ticked === undefined ? [] : ticked.length === 0 ? [NONE] : [...ticked]),

  firstControl: (shown) => controlId(shown.id, shown.items[0]?.finding ?? NONE),

  describe: (screen, ticked, flow) => (ticked.length ? ticked.map((id) => flow.findings[id]!.label) : [screen.noneLabel]),

  quickest: () => [],
};

/** What the tools around the wizard need of the kind (never the wizard itself: see ScreenKindTools). */
export const checklistTools: ScreenKindTools<ChecklistScreen, readonly string[]> = {
  asks: (screen) => screen.items.map((item) => item.finding),

  patientAnswer: (shown, patient) => shown.items.map((item) => item.finding).filter((id) => patient.findings.includes(id)),

  check(screen, { flow }) {
    return screen.items.flatMap((item, i) =>
      item.finding in flow.findings ? [] : [{ path: ['items', i, 'finding'], message: `unknown finding "${item.finding}"` }],
    );
  },

  probes(shown) {
    // Every subset of the items shown: a rule may read any combination of them.
    const items = shown.items.map((item) => item.finding);
    return Array.from({ length: 2 ** items.length }, (_, mask) => items.filter((_, i) => mask & (2 ** i)));
  },
};
