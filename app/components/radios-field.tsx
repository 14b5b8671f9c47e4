'use client';

import type { UseFormRegister } from 'react-hook-form';
import { controlId } from '@/lib/screen-form';
import { describedBy, ErrorMessage, Hint } from './field-message';

interface RadiosFieldProps {
  readonly name: string;
  readonly legend: React.ReactNode;
  readonly hint?: string;
  readonly error?: string;
  readonly why?: React.ReactNode;
  readonly options: readonly { value: string; label: string }[];
  readonly inline?: boolean;
  readonly register: UseFormRegister<Record<string, unknown>>;
}

export function RadiosField({ name, legend, hint, error, why, options, inline, register }: RadiosFieldProps) {
  const field = register(name);
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="fieldset__legend">{legend}</legend>
        <Hint name={name} text={hint} />
        {why}
        <ErrorMessage name={name} text={error} />
        <div className={`radios${inline ? ' radios--inline' : ''}`}>
          {options.map((option) => (
            <div className="radios__item" key={option.value}>
              <input className="radios__input" id={controlId(name, option.value)} type="radio" value={option.value} {...field} />
              <label className="radios__label" htmlFor={controlId(name, option.value)}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
