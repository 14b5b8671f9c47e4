/* The parts every question field shares: hint and error text, and the fieldset around a group of options. */
import { useFormContext } from 'react-hook-form';
import { classNames } from '@/app/_lib/class-names';
import { controlId } from '@/lib/screens';
import { WIZARD } from '@/app/_lib/ui-text';
import styles from '@/app/_components/form-fields.module.css';

export function describedBy(name: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
}

/** The error react-hook-form holds for a field, as text. */
export function useFieldError(name: string): string | undefined {
  const message = useFormContext().formState.errors[name]?.message;
  return typeof message === 'string' ? message : undefined;
}

export function Hint({ name, text }: { name: string; text?: string }) {
  return text ? (
    <div className={styles.hint} id={`${name}-hint`}>
      {text}
    </div>
  ) : null;
}

export function ErrorMessage({ name, text }: { name: string; text?: string }) {
  return text ? (
    <p className={styles.errorMessage} id={`${name}-error`}>
      <span className="visually-hidden">{WIZARD.errorPrefix}</span> {text}
    </p>
  ) : null;
}

/** What every field is given: its screen, the question as a heading, and the "Why we ask this" disclosure. */
export interface FieldProps<S> {
  readonly screen: S;
  /**
   * The field's value when the page is drawn: react-hook-form sets a field's value only once the page
   * runs, so the server's HTML (read without JavaScript) shows this.
   */
  readonly value: unknown;
  /** Wraps the question (the legend's text, or the input's label) in the page's h1. */
  readonly heading: (question: React.ReactNode) => React.ReactNode;
  readonly why: React.ReactNode;
}

/** The box around one question's field; marked in red while the field is in error. */
export function FormGroup({ error, children }: { error?: string; children: React.ReactNode }) {
  return <div className={classNames(styles.formGroup, error && styles.formGroupError)}>{children}</div>;
}

interface OptionsFieldsetProps {
  readonly name: string;
  readonly legend: React.ReactNode;
  readonly hint?: string;
  readonly why?: React.ReactNode;
  readonly children: React.ReactNode;
}

/** A group of options: the GOV.UK fieldset with the question as its legend, hint, error and options. */
export function OptionsFieldset({ name, legend, hint, why, children }: OptionsFieldsetProps) {
  const error = useFieldError(name);
  return (
    <FormGroup error={error}>
      <fieldset className={styles.fieldset} aria-describedby={describedBy(name, hint, error)}>
        <legend className={styles.legend}>{legend}</legend>
        <Hint name={name} text={hint} />
        {why}
        <ErrorMessage name={name} text={error} />
        {children}
      </fieldset>
    </FormGroup>
  );
}

interface OptionProps {
  readonly type: 'checkbox' | 'radio';
  readonly name: string;
  readonly value: string;
  readonly label: string;
  /** A line under the label, tied to the input (e.g. what "I'm not sure" counts as). */
  readonly hint?: string;
  /** Whether it is ticked when the page is drawn (see FieldProps.value). */
  readonly checked: boolean;
  /** What react-hook-form's register returns for the field. */
  readonly field: React.InputHTMLAttributes<HTMLInputElement> & { ref: React.Ref<HTMLInputElement> };
}

/** One native checkbox or radio with its label, the id naming the field and the value it carries. */
export function Option({ type, name, value, label, hint, checked, field }: OptionProps) {
  const id = controlId(name, value);
  return (
    <div className={styles.item}>
      <input
        className={styles.input}
        id={id}
        type={type}
        value={value}
        defaultChecked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...field}
      />
      <label className={`${styles.label} ${type === 'checkbox' ? styles.checkboxLabel : styles.radioLabel}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className={styles.itemHint} id={`${id}-hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}

/** Whether an option is ticked in a field's value: one of a checklist's, or a radio group's one. */
export function isTicked(fieldValue: unknown, option: string): boolean {
  return Array.isArray(fieldValue) ? fieldValue.includes(option) : fieldValue === option;
}
