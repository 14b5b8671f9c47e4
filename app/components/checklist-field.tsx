'use client';

import type { UseFormRegister, UseFormSetValue, UseFormGetValues } from 'react-hook-form';
import { controlId, NONE } from '@/lib/screen-form';
import { describedBy, ErrorMessage, Hint } from './field-message';

type Values = Record<string, unknown>;

interface ChecklistFieldProps {
  readonly name: string;
  readonly legend: React.ReactNode;
  readonly hint?: string;
  readonly error?: string;
  readonly why?: React.ReactNode;
  readonly options: readonly { value: string; label: string }[];
  readonly noneLabel: string;
  readonly register: UseFormRegister<Values>;
  readonly setValue: UseFormSetValue<Values>;
  readonly getValues: UseFormGetValues<Values>;
}

/**
 * Checkboxes named after the screen, one per finding, and an exclusive "None of these" set apart by "or"
 * (the GOV.UK pattern): ticking it clears the others, and ticking another clears it.
 */
export function ChecklistField(props: ChecklistFieldProps) {
  const { name, legend, hint, error, why, options, noneLabel, register, setValue, getValues } = props;
  const field = register(name, {
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      if (!event.target.checked) return;
      const ticked = ([] as unknown[]).concat(getValues(name) ?? []).filter((v): v is string => typeof v === 'string');
      const next = event.target.value === NONE ? [NONE] : ticked.filter((v) => v !== NONE);
      if (next.length !== ticked.length) setValue(name, next);
    },
  });
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="fieldset__legend">{legend}</legend>
        <Hint name={name} text={hint} />
        {why}
        <ErrorMessage name={name} text={error} />
        <div className="checkboxes">
          {options.map((option) => (
            <div className="checkboxes__item" key={option.value}>
              <input className="checkboxes__input" id={controlId(name, option.value)} type="checkbox" value={option.value} {...field} />
              <label className="checkboxes__label" htmlFor={controlId(name, option.value)}>
                {option.label}
              </label>
            </div>
          ))}
          <div className="checkboxes__divider">or</div>
          <div className="checkboxes__item">
            <input className="checkboxes__input" id={controlId(name, NONE)} type="checkbox" value={NONE} {...field} />
            <label className="checkboxes__label" htmlFor={controlId(name, NONE)}>
              {noneLabel}
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
