'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { visibleItems, type AnswerValue } from '@/lib/answers';
import type { Facts } from '@/lib/condition';
import { zodFormResolver } from '@/lib/form-resolver';
import type { FlowCore } from '@/lib/flow-core';
import type { Screen } from '@/lib/flow-schema';
import type { Progress } from '@/lib/progress';
import { firstControlId, formDefaults, screenFormSchema } from '@/lib/screen-form';
import { ChecklistField } from './checklist-field';
import { ErrorSummary } from './error-summary';
import { NumberField } from './number-field';
import { QuestionHeading } from './question-heading';
import { RadiosField } from './radios-field';
import { WhyWeAsk } from './why-we-ask';

export interface QuestionScreenProps {
  readonly flow: FlowCore;
  readonly screen: Screen;
  /** What the person said before this screen: decides which checklist items they see. */
  readonly facts: Facts;
  readonly answer: AnswerValue | undefined;
  readonly progress: Progress;
  /** Move focus to the question when it appears (every step but the first page load). */
  readonly focusOnShow: boolean;
  /** False until the page is interactive, so a form that cannot be handled is never sent anywhere. */
  readonly ready: boolean;
  /** The URL of the previous question, or null on the first. */
  readonly backHref: string | null;
  readonly onAnswer: (value: AnswerValue) => void;
  readonly onBack: () => void;
}

/** One question: the GOV.UK question page, with a form whose schema is derived from the screen. */
export function QuestionScreen(props: QuestionScreenProps) {
  const { flow, screen, facts, answer, progress, focusOnShow, ready, backHref, onAnswer, onBack } = props;
  const schema = useMemo(() => screenFormSchema(screen, facts), [screen, facts]);
  const { register, handleSubmit, setValue, getValues, formState } = useForm<
    Record<string, unknown>,
    unknown,
    Record<string, AnswerValue>
  >({ resolver: zodFormResolver(schema), defaultValues: formDefaults(screen, answer), shouldFocusError: false });
  const heading = useRef<HTMLHeadingElement>(null);
  const message = formState.errors[screen.id]?.message;
  const error = typeof message === 'string' ? message : undefined;

  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  useEffect(() => {
    document.title = `${error ? 'Error: ' : ''}${screen.question} – ${flow.title}`;
  }, [error, screen.question, flow.title]);

  const title = <QuestionHeading ref={heading}>{screen.question}</QuestionHeading>;
  const why =
    screen.kind === 'checklist' ? (
      <WhyWeAsk
        why={screen.why}
        items={visibleItems(screen, facts).map((item) => ({
          label: flow.findings[item.finding]!.label,
          why: flow.findings[item.finding]!.why,
        }))}
      />
    ) : (
      <WhyWeAsk why={screen.why ?? flow.findings[screen.id]?.why} />
    );
  const fieldProps = { name: screen.id, hint: screen.hint, error, why, register };

  return (
    <>
      {backHref !== null && (
        <a
          className="back-link"
          href={backHref}
          onClick={(event) => {
            event.preventDefault();
            onBack();
          }}
        >
          Back
        </a>
      )}
      {error && <ErrorSummary error={{ message: error, target: firstControlId(screen, facts) }} attempt={formState.submitCount} />}
      <p className="progress">
        Question {progress.number} of about {progress.total}
      </p>
      <form
        noValidate
        onSubmit={handleSubmit((values) => onAnswer(values[screen.id]!))}
        aria-label={screen.summaryLabel}
      >
        {screen.kind === 'checklist' && (
          <ChecklistField
            {...fieldProps}
            legend={title}
            options={visibleItems(screen, facts).map((item) => ({
              value: item.finding,
              label: flow.findings[item.finding]!.label,
            }))}
            noneLabel={screen.noneLabel}
            setValue={setValue}
            getValues={getValues}
          />
        )}
        {screen.kind === 'yesno' && (
          <RadiosField
            {...fieldProps}
            legend={title}
            inline
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
          />
        )}
        {screen.kind === 'choice' && (
          <RadiosField
            {...fieldProps}
            legend={title}
            options={[
              { value: 'female', label: screen.options.female },
              { value: 'male', label: screen.options.male },
            ]}
          />
        )}
        {screen.kind === 'number' && (
          <NumberField
            {...fieldProps}
            question={screen.question}
            unit={screen.unit}
            heading={(label) => <QuestionHeading ref={heading}>{label}</QuestionHeading>}
          />
        )}
        <button className="button" type="submit" disabled={!ready}>
          Continue
        </button>
      </form>
    </>
  );
}
