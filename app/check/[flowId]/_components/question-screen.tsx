'use client';

import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { useEffect, useMemo, useRef } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import button from '@/app/_components/button.module.css';
import type { FlowCore } from '@/lib/flow/flow-core';
import { kindOf, screenForm, type AnswerValue, type Screen, type ScreenKindName } from '@/lib/screens';
import type { QuestionView } from '@/lib/triage/view';
import { ChecklistField } from './checklist-field';
import { ChoiceField, YesNoField } from './choice-field';
import { ErrorSummary } from './error-summary';
import type { FieldProps } from './field-parts';
import { NumberField } from './number-field';
import { QuestionHeading } from './question-heading';
import styles from './question-screen.module.css';
import { WhyWeAsk } from './why-we-ask';

/** The field for each kind of screen: adding a kind adds its component here. */
const FIELDS: { [K in ScreenKindName]: React.ComponentType<FieldProps<Extract<Screen, { kind: K }>> & { flow: FlowCore }> } = {
  checklist: ChecklistField,
  yesno: YesNoField,
  number: NumberField,
  choice: ChoiceField,
};

export interface QuestionScreenProps {
  readonly flow: FlowCore;
  readonly view: QuestionView;
  /** Move focus to the question when it appears (every step but the first page load). */
  readonly focusOnShow: boolean;
  /** False until the page is interactive, so a form that cannot be handled is never sent anywhere. */
  readonly ready: boolean;
  /** The URL of the previous question, or null on the first. */
  readonly backHref: string | null;
  readonly onAnswer: (value: AnswerValue) => void;
  readonly onBack: () => void;
}

/** One question: the GOV.UK question page, with a form whose schema comes from the screen's kind. */
export function QuestionScreen({ flow, view, focusOnShow, ready, backHref, onAnswer, onBack }: QuestionScreenProps) {
  const { screen } = view;
  const schema = useMemo(() => screenForm(screen, flow), [screen, flow]);
  const form = useForm<Record<string, unknown>, unknown, Record<string, AnswerValue>>({
    resolver: standardSchemaResolver(schema),
    defaultValues: { [screen.id]: kindOf(screen).formValue(screen, view.answer) },
    shouldFocusError: false,
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const message = form.formState.errors[screen.id]?.message;
  const error = typeof message === 'string' ? message : undefined;

  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  useEffect(() => {
    document.title = `${error ? 'Error: ' : ''}${screen.question} – ${flow.title}`;
  }, [error, screen.question, flow.title]);

  const Field = FIELDS[screen.kind] as React.ComponentType<FieldProps<Screen> & { flow: FlowCore }>;
  return (
    <>
      {backHref !== null && (
        <a
          className={`${styles.backLink} no-print`}
          href={backHref}
          onClick={(event) => {
            event.preventDefault();
            onBack();
          }}
        >
          Back
        </a>
      )}
      {error && <ErrorSummary error={{ message: error, target: kindOf(screen).firstControl(screen) }} attempt={form.formState.submitCount} />}
      <p className={styles.progress}>
        Question {view.progress.number} of about {view.progress.total}
      </p>
      <FormProvider {...form}>
        <form noValidate onSubmit={form.handleSubmit((values) => onAnswer(values[screen.id]!))} aria-label={screen.summaryLabel}>
          <Field
            screen={screen}
            flow={flow}
            heading={(question) => <QuestionHeading ref={heading}>{question}</QuestionHeading>}
            why={<WhyWeAsk why={view.why.text} items={view.why.items} />}
          />
          <button className={button.button} type="submit" disabled={!ready}>
            Continue
          </button>
        </form>
      </FormProvider>
    </>
  );
}
