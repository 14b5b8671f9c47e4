'use client';

import { useFormContext } from 'react-hook-form';
import type { FlowCore } from '@/lib/flow/flow-core';
import type { NumberScreen } from '@/lib/screens';
import { describedBy, ErrorMessage, Hint, useFieldError, type FieldProps } from './field-parts';

/** A whole number, typed as text with a numeric keypad (the GOV.UK advice: no type="number" spinners). */
export function NumberField({ screen, heading, why, flow }: FieldProps<NumberScreen> & { flow: FlowCore }) {
  const name = screen.id;
  const error = useFieldError(name);
  const field = useFormContext().register(name);
  const fact = flow.facts[name];
  const unit = fact?.kind === 'number' ? fact.unit : '';
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      {heading(
        <label className="label-as-heading" htmlFor={name}>
          {screen.question}
        </label>,
      )}
      <Hint name={name} text={screen.hint} />
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
          aria-describedby={[describedBy(name, screen.hint, error), `${name}-unit`].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          {...field}
        />
        <span className="input-wrapper__suffix" id={`${name}-unit`}>
          {unit}
        </span>
      </div>
    </div>
  );
}
