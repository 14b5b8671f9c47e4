'use client';

import { useEffect, useMemo, useRef } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import button from '@/app/_components/button.module.css';
import { WIZARD } from '@/app/_lib/ui-text';
import type { FlowCore } from '@/lib/flow/flow-core';
import { kindOf, type AnswerValue, type Screen, type ScreenKindName } from '@/lib/screens';
import type { Intent } from '@/lib/triage/form-step';
import type { QuestionView } from '@/lib/triage/view';
import { answerResolver } from '../_lib/answer-resolver';
import { usePageTitle } from '../_lib/use-page-title';
import { BackLink } from './back-link';
import { ChecklistField } from './checklist-field';
import { ChoiceField, RangeField, YesNoField } from './choice-field';
import { DroppedAnswers } from './dropped-answers';
import { ErrorSummary } from './error-summary';
import type { FieldProps } from './field-parts';
import { Notice } from './notice';
import { NumberField } from './number-field';
import { QuestionHeading, STEP_NOTES } from './question-heading';
import styles from './question-screen.module.css';
import { DefaultButton, StepForm, SubmitButton, type StepFormProps } from './step-form';
import { WhyWeAsk } from './why-we-ask';
import { showStep } from '../_lib/show-step';

/** The field for each kind of screen: adding a kind adds its component here. */
const FIELDS: { [K in ScreenKindName]: React.ComponentType<FieldProps<Extract<Screen, { kind: K }>> & { flow: FlowCore }> } = {
  checklist: ChecklistField,
  yesno: YesNoField,
  number: NumberField,
  choice: ChoiceField,
  range: RangeField,
};

export interface QuestionScreenProps extends Pick<StepFormProps, 'noJs' | 'progress' | 'ready'> {
  readonly flow: FlowCore;
  readonly view: QuestionView;
  /** Move focus to the question when it appears (every step but the first page load). */
  readonly focusOnShow: boolean;
  /** The page's title, which says whether the answer is in error (and never what the question is). */
  readonly title: (hasError: boolean) => string;
  /**
   * When the server drew this page for a submitted form: what it found wrong with the answer, and the
   * answer to show (what was given, or the earlier answer to a question asked again).
   */
  readonly fromServer?: { readonly error?: string; readonly given?: string | readonly string[] };
  /** Shown under the first question's options: the emergency number, as a tap. */
  readonly emergency?: React.ReactNode;
  readonly startHref: string;
  /** What a question asked again says (NOTICES['asked-again']): from the page, as the wizard's notices are. */
  readonly askedAgain: string;
  /** What introduces the answers a change removed (NOTICES.dropped), from the page too. */
  readonly droppedIntro: string;
  readonly onAnswer: (value: AnswerValue) => void;
  readonly onBack: () => void;
}

/** One question: the GOV.UK question page, with a form whose schema comes from the screen's kind. */
export function QuestionScreen(props: QuestionScreenProps) {
  const { flow, view, focusOnShow, title, fromServer, emergency, startHref, onAnswer, onBack, noJs, progress, ready } = props;
  const { screen } = view;
  const resolver = useMemo(() => answerResolver(screen, flow), [screen, flow]);
  // A page the server rendered for a submitted form shows the server's message, as the browser would its own.
  const errors = useMemo(
    () => (fromServer?.error && !ready ? { [screen.id]: { type: 'server', message: fromServer.error } } : undefined),
    [fromServer, ready, screen.id],
  );
  const value = fromServer?.given ?? kindOf(screen).formValue(screen, view.answer);
  const form = useForm<Record<string, unknown>, unknown, Record<string, AnswerValue>>({
    resolver,
    defaultValues: { [screen.id]: value },
    errors,
    shouldFocusError: false,
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const message = form.formState.errors[screen.id]?.message;
  const error = typeof message === 'string' ? message : undefined;

  useEffect(() => {
    if (focusOnShow) showStep(heading.current);
  }, [focusOnShow]);
  usePageTitle(ready ? title(error !== undefined) : null);

  const onIntent = (intent: Intent, event: React.FormEvent<HTMLFormElement>) => {
    if (intent === 'back') {
      event.preventDefault();
      onBack();
    } else void form.handleSubmit((values) => onAnswer(values[screen.id]!))(event);
  };
  const formId = 'question-form';
  const Field = FIELDS[screen.kind] as React.ComponentType<FieldProps<Screen> & { flow: FlowCore }>;
  return (
    <>
      <DefaultButton form={formId} noJs={noJs} ready={ready} />
      {/* Question 1 opened by Change goes back to "Check your answers", as any other question would. */}
      <BackLink href={view.back === null && !view.changing ? startHref : null} form={formId} />
      {error && <ErrorSummary error={{ message: error, target: kindOf(screen).firstControl(screen) }} attempt={form.formState.submitCount} />}
      <div id={STEP_NOTES}>
        <DroppedAnswers dropped={view.dropped} intro={props.droppedIntro} />
        {view.again && <Notice>{props.askedAgain}</Notice>}
        <p className={styles.progress}>{WIZARD.progress(view.progress.number, view.progress.total)}</p>
      </div>
      <FormProvider {...form}>
        <StepForm id={formId} noJs={noJs} progress={progress} step={screen.id} ready={ready} onIntent={onIntent} label={screen.summaryLabel}>
          <Field
            screen={screen}
            flow={flow}
            value={value}
            heading={(question) => <QuestionHeading ref={heading}>{question}</QuestionHeading>}
            why={<WhyWeAsk why={view.why.text} items={view.why.items} />}
          />
          {emergency}
          <SubmitButton intent="continue" className={button.button}>
            {WIZARD.continue}
          </SubmitButton>
        </StepForm>
      </FormProvider>
    </>
  );
}
