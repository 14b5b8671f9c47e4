/* The parts every question field shares: hint and error text, and the fieldset around a group of options. */
import { controlId } from '@/lib/screen-form';

export function describedBy(name: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
}

export function Hint({ name, text }: { name: string; text?: string }) {
  return text ? (
    <div className="hint" id={`${name}-hint`}>
      {text}
    </div>
  ) : null;
}

export function ErrorMessage({ name, text }: { name: string; text?: string }) {
  return text ? (
    <p className="error-message" id={`${name}-error`}>
      <span className="visually-hidden">Error:</span> {text}
    </p>
  ) : null;
}

interface OptionsFieldsetProps {
  readonly name: string;
  /** The question, as the page heading inside the legend. */
  readonly legend: React.ReactNode;
  readonly hint?: string;
  readonly error?: string;
  readonly why?: React.ReactNode;
  readonly children: React.ReactNode;
}

/** A group of options: the GOV.UK fieldset with the question as its legend, hint, error and options. */
export function OptionsFieldset({ name, legend, hint, error, why, children }: OptionsFieldsetProps) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="fieldset__legend">{legend}</legend>
        <Hint name={name} text={hint} />
        {why}
        <ErrorMessage name={name} text={error} />
        {children}
      </fieldset>
    </div>
  );
}

interface OptionProps {
  readonly type: 'checkbox' | 'radio';
  readonly name: string;
  readonly value: string;
  readonly label: string;
  /** What react-hook-form's register returns for the field. */
  readonly field: React.InputHTMLAttributes<HTMLInputElement> & { ref: React.Ref<HTMLInputElement> };
}

/** One native checkbox or radio with its label, the id naming the field and the value it carries. */
export function Option({ type, name, value, label, field }: OptionProps) {
  const group = type === 'checkbox' ? 'checkboxes' : 'radios';
  const id = controlId(name, value);
  return (
    <div className={`${group}__item`}>
      <input className={`${group}__input`} id={id} type={type} value={value} {...field} />
      <label className={`${group}__label`} htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
