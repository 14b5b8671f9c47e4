import { discriminatedUnion } from 'zod/mini';
import type { Facts } from '../flow/facts';
import { checklist, checklistTools, definition as checklistDefinition, type ChecklistScreen } from './checklist';
import { choice, choiceTools, definition as choiceDefinition, type ChoiceScreen } from './choice';
import type { AnswerValue, Reading, ScreenFlow, ScreenKind, ScreenKindTools } from './kind';
import { number, numberTools, definition as numberDefinition, type NumberScreen } from './number';
import { range, rangeTools, definition as rangeDefinition, type RangeScreen } from './range';
import { yesNo, yesNoTools, definition as yesNoDefinition, type YesNoScreen } from './yes-no';

export type { AnswerValue, FactState, Patient, Reading, ScreenFlow } from './kind';
export { controlId } from './kind';
export { NONE } from './checklist';
export type { ChecklistScreen, ChoiceScreen, NumberScreen, RangeScreen, YesNoScreen };
export { YES_NO_OPTIONS } from './yes-no';

/** Every kind of screen a flow can use, by the `kind` its screens name. */
const KINDS = { checklist, yesno: yesNo, number, choice, range } as const;
/** Their tools halves (flow checks, path explorer, patient runner), which the wizard never loads. */
const TOOLS = { checklist: checklistTools, yesno: yesNoTools, number: numberTools, choice: choiceTools, range: rangeTools } as const;

export type Screen = ChecklistScreen | YesNoScreen | NumberScreen | ChoiceScreen | RangeScreen;
export type ScreenKindName = Screen['kind'];

/** A screen as a flow file defines it. Only flows being parsed need it, so zod stays out of the wizard's scripts. */
export function ScreenSchema() {
  return discriminatedUnion('kind', [checklistDefinition(), yesNoDefinition(), numberDefinition(), choiceDefinition(), rangeDefinition()]);
}

/** The module that knows a screen's kind. The kinds' answer types differ; callers pass each screen its own answer. */
export function kindOf(screen: Screen): ScreenKind<Screen, AnswerValue> {
  return KINDS[screen.kind] as unknown as ScreenKind<Screen, AnswerValue>;
}

/** What a browser sent for the screen as shown (its field, named by the screen's id): the answer, or the message. */
export function readAnswer(shown: Screen, sent: unknown, flow: ScreenFlow): Reading<AnswerValue> {
  return kindOf(shown).read(shown, sent, flow);
}

/** The tools half of a screen's kind: its flow checks, the answers the path explorer tries, how a patient answers it. */
export function toolsOf(screen: Screen): ScreenKindTools<Screen, AnswerValue> {
  return TOOLS[screen.kind] as unknown as ScreenKindTools<Screen, AnswerValue>;
}

/** The screen as someone who has said `before` is shown it. */
export function shownScreen(screen: Screen, before: Facts): Screen {
  return kindOf(screen).shown(screen, before);
}
