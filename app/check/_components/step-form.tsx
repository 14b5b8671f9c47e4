'use client';

import { createContext, useContext } from 'react';
import { classNames } from '@/app/_lib/class-names';
import { FORM_FIELDS, type Intent } from '@/lib/triage/form-fields';
import type { NoJsForm } from '../_lib/no-js-form-types';
import styles from './step-form.module.css';

/** The form a submit button belongs to, when it is not its own (the static export, before the scripts run). */
const ButtonForm = createContext<string | undefined>(undefined);

export interface StepFormProps {
  readonly id: string;
  readonly noJs: NoJsForm;
  /** Before the page is interactive: the progress and step the server needs to work out the next one. */
  readonly progress: string;
  readonly step: string;
  readonly ready: boolean;
  /** With JavaScript: the button pressed, by its intent. The browser then sends nothing. */
  readonly onIntent: (intent: Intent, event: React.FormEvent<HTMLFormElement>) => void;
  readonly label?: string;
  readonly children: React.ReactNode;
}

/**
 * A step's form. It is a real HTML form: before the scripts run, or without them, the browser submits
 * it to the server with the answers so far in hidden fields (see no-js-form.ts). Once the page is
 * interactive, a submit is handled here and nothing leaves the browser.
 */
export function StepForm({ id, noJs, progress, step, ready, onIntent, label, children }: StepFormProps) {
  const helpForm = !ready && noJs.helpForm ? noJs.helpForm.id : undefined;
  return (
    <ButtonForm.Provider value={helpForm}>
      <form
        id={id}
        // React sets the method of a Server Action form itself; without one, never GET, which would put answers in the address.
        method={noJs.action ? undefined : 'post'}
        action={noJs.action}
        noValidate
        aria-label={label}
        onSubmit={(event) => {
          const submitter = (event.nativeEvent as SubmitEvent).submitter;
          const intent = (submitter?.getAttribute('value') as Intent | null) ?? 'continue';
          onIntent(intent, event);
        }}
      >
        {helpForm && (
          // This form's default button, disabled: Enter in a field does nothing until the page is
          // interactive, rather than a GET that would put the answers in the address.
          <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
        )}
        {Object.entries(noJs.hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={FORM_FIELDS.progress} value={ready ? '' : progress} />
        <input type="hidden" name={FORM_FIELDS.step} value={step} />
        {children}
      </form>
    </ButtonForm.Provider>
  );
}

interface SubmitButtonProps {
  readonly intent: Intent;
  readonly className?: string;
  /** For a button outside its form's element (the Back link above the question). */
  readonly form?: string;
  readonly children: React.ReactNode;
}

/** A submit button of a step form, naming what it asks for. */
export function SubmitButton({ intent, className, form, children }: SubmitButtonProps) {
  const helpForm = useContext(ButtonForm);
  return (
    <button type="submit" name={FORM_FIELDS.intent} value={intent} form={helpForm ?? form} className={className}>
      {children}
    </button>
  );
}

/**
 * The form's default button, which Enter in a field (or on a checkbox) presses: Continue. It goes first,
 * before the Back button above the question, which also belongs to the form and would otherwise be the
 * first, and so the default: Enter would go back. On a static copy, until the page is interactive, it
 * is disabled: Enter does nothing rather than send the answers anywhere.
 */
export function DefaultButton({ form, noJs, ready }: { form: string } & Pick<StepFormProps, 'noJs' | 'ready'>) {
  const disabled = !ready && noJs.helpForm !== null;
  return (
    <button type="submit" form={form} name={FORM_FIELDS.intent} value="continue" disabled={disabled} hidden aria-hidden="true" tabIndex={-1} />
  );
}

/** A submit button that reads as a link: Back, and Change. */
export function LinkButton(props: SubmitButtonProps) {
  return <SubmitButton {...props} className={classNames(styles.linkButton, props.className)} />;
}
