'use client';

import type { UseFormRegister } from 'react-hook-form';
import { describedBy, ErrorMessage, Hint } from './field-parts';

interface NumberFieldProps {
  readonly name: string;
  /** The question as the page heading, wrapping the label. */
  readonly heading: (label: React.ReactNode) => React.ReactNode;
  readonly question: string;
  readonly hint?: string;
  readonly error?: string;
  readonly why?: React.ReactNode;
  readonly unit: string;
  readonly register: UseFormRegister<Record<string, unknown>>;
}

/** A whole number, typed as text with a numeric keypad (the GOV.UK advice: no type="number" spinners). */
export function NumberField({ name, heading, question, hint, error, why, unit, register }: NumberFieldProps) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      {heading(
        <label className="label-as-heading" htmlFor={name}>
          {question}
        </label>,
      )}
      <Hint name={name} text={hint} />
      {why}
      <ErrorMessage name={name} text={error} />
      <div className="input-wrapper">
        <input
          className={`input input--width-5${error ? ' input--error' : ''}`}
          id={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={[describedBy(name, hint, error), `${name}-unit`].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          {...register(name)}
        />
        <span className="input-wrapper__suffix" id={`${name}-unit`}>
          {unit}
        </span>
      </div>
    </div>
  );
}
