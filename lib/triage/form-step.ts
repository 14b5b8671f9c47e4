import type { FlowCore } from '../flow/flow-core';
import { kindOf, readAnswer } from '../screens';
import { readAnswers, shownNow, type Answers } from './answers';
import type { TriageMachine } from './machine';
import { changeAnswersStep } from './change-answers';
import { REVIEW } from './next-step';
import { notReached, RESULT, resumeActor, sendTo, stepOf, type TriageActor } from './resume';
import { parseProgress, serializeProgress, type DiscardReason } from './saved-progress';
import { FORM_FIELDS } from './form-fields';

/*
 * The server's half of a form the browser submits itself (JavaScript off, or not loaded yet). It is
 * stateless: the answers so far travel in the form as a hidden field (the same JSON the browser keeps,
 * parsed as warily), with the step the form was shown for and the button pressed. The same machine the
 * browser runs works out the next step. Nothing is stored and nothing is logged.
 */

export { FORM_FIELDS, type Intent } from './form-fields';

/** What a page the server drew says of the answers (NOTICES has the words for each). */
export type FormNotice = DiscardReason | 'not-reached' | 'asked-again';

export interface FormStep {
  /** The progress for the next form's hidden field. */
  readonly progress: string;
  /** The step to show: a screen id, "review" or "result". */
  readonly step: string;
  /** What was wrong with the answer given, shown on the same step. */
  readonly error?: string;
  /**
   * With an error: what was given, so the field shows it again and nothing typed is lost. On a
   * question a change asks again: the earlier answer, to show.
   */
  readonly given?: string | readonly string[];
  /** What the answer removed because it no longer applies, as the machine says it (`dropped`). */
  readonly dropped?: readonly string[];
  /**
   * Why the answers were dropped, that the form was for a step these answers do not reach, or that a
   * change means a question answered before is asked again.
   */
  readonly notice?: FormNotice;
}

/** The parts of FormData this reads, so a test or a URLSearchParams can stand in. */
export interface FormFields {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * Where a submitted form leads: the next step, or the same one with what was wrong. A fault inside the
 * machine is thrown, not answered with the same question again.
 */
export function stepFromForm(flow: FlowCore, machine: TriageMachine, form: FormFields, now: number): FormStep {
  const started: TriageActor[] = [];
  const resume: Resume = (answers, step, changing) => {
    const actor = resumeActor(machine, answers, step, changing);
    started.push(actor);
    return actor;
  };
  try {
    return formStep(flow, form, now, resume);
  } finally {
    // Each request runs its own actors: stopped, they hold nothing after the answer is sent.
    for (const actor of started) actor.stop();
  }
}

type Resume = (answers: Answers, step: string | null, changing?: boolean) => TriageActor;

function formStep(flow: FlowCore, form: FormFields, now: number, resume: Resume): FormStep {
  const loaded = parseProgress(flow, text(form.get(FORM_FIELDS.progress)), now);
  const shownFor = text(form.get(FORM_FIELDS.step));
  // Question 1 needs no earlier answers: its answer (an emergency sign, perhaps) counts even when the
  // progress beside it is dropped, and the page says why the rest went. Any other answer goes with them.
  const discarded = loaded.status === 'discarded' ? loaded.reason : undefined;
  const at = (actor: TriageActor, extra: Partial<FormStep> = {}): FormStep => {
    if (discarded) extra = { notice: discarded, ...extra };
    const snapshot = actor.getSnapshot();
    const step = stepOf(snapshot);
    // A question opened by Change from "Check your answers" says so in its trail, and returns there.
    const { answers, again, changing, dropped } = snapshot.context;
    const trail = changing ? [REVIEW, step] : [step];
    const base = { progress: serializeProgress(flow, { answers, trail }, now), step, ...(dropped.length > 0 && { dropped }) };
    // A question a change asks again shows the earlier answer, as it does with JavaScript.
    if (!Object.hasOwn(again, step)) return { ...base, ...extra };
    const { screen } = shownNow(flow, readAnswers(flow, answers), step)!;
    return { ...base, notice: 'asked-again', given: kindOf(screen).formValue(screen, again[step]) as FormStep['given'], ...extra };
  };
  if (discarded && shownFor !== flow.screens[0]!.id) return at(resume({}, null));
  const answers = loaded.status === 'ok' ? loaded.answers : {};
  const changing = loaded.status === 'ok' && loaded.trail.length > 1 && loaded.trail.at(-2) === REVIEW && loaded.trail.at(-1) === shownFor;
  const actor = resume(answers, shownFor, changing);
  const step = stepOf(actor.getSnapshot());
  // A form for a step these answers do not reach (an old page, or one edited by hand): show where they are.
  if (shownFor !== step) return at(actor, notReached(shownFor, step) ? { notice: 'not-reached' } : {});

  const intent = text(form.get(FORM_FIELDS.intent)) ?? 'continue';
  if (intent === 'back') {
    // Back from a question opened by Change goes back to "Check your answers", as the browser's Back does
    // with JavaScript: to the page it came from, with the answers as they were.
    if (changing) return at(resume(answers, REVIEW));
    sendTo(actor, { type: 'BACK' });
    return at(actor);
  }
  if (intent === 'review') {
    const to = changeAnswersStep(flow, answers);
    return at(resume(answers, to.step, to.changing));
  }
  if (intent.startsWith('change:')) {
    const screen = intent.slice('change:'.length);
    // From a result, as the wizard does: an emergency result has no "Check your answers" to change from.
    if (step !== REVIEW) return at(resume(answers, screen, true));
    sendTo(actor, { type: 'CHANGE', screen });
    return at(actor);
  }
  if (intent === 'confirm') {
    sendTo(actor, { type: 'CONFIRM' });
    return at(actor);
  }
  if (step === REVIEW || step === RESULT) return at(actor);

  const { screen } = shownNow(flow, readAnswers(flow, answers), step)!;
  const values = form.getAll(screen.id);
  // Two values for a one-answer question (a form edited by hand, "no" then "yes"): neither is taken as
  // the answer, which could drop a red flag; the question is asked again.
  const raw = screen.kind === 'checklist' ? values : values.length > 1 ? undefined : (form.get(screen.id) ?? undefined);
  const read = readAnswer(screen, raw, flow);
  if ('error' in read) {
    const given = Array.isArray(raw) ? raw.filter((v) => typeof v === 'string').slice(0, 50) : (text(raw) ?? undefined)?.slice(0, 50);
    return at(actor, { error: read.error, given });
  }
  sendTo(actor, { type: 'ANSWER', screen: screen.id, value: read.answer });
  return at(actor);
}
