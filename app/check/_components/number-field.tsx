'use client';

import { useFormContext } from 'react-hook-form';
import { classNames } from '@/app/_lib/class-names';
import type { FlowCore } from '@/lib/flow/flow-core';
import type { NumberScreen } from '@/lib/screens';
import { describedBy, ErrorMessage, FormGroup, Hint, useFieldError, type FieldProps } from './field-parts';
import styles from './number-field.module.css';

/** A whole number, typed as text with a numeric keypad (the GOV.UK advice: no type="number" spinners). */
export function NumberField({ screen, heading, why, flow, value }: FieldProps<NumberScreen> & { flow: FlowCore }) {
  const name = screen.id;
  const error = useFieldError(name);
  const field = useFormContext().register(name);
  const fact = flow.facts[name];
  const unit = fact?.kind === 'number' ? fact.unit : '';
  // GOV.UK's input suffix: the unit is for the eye, and a screen reader hears it in the hint, not twice.
  // A screen with no hint has the unit describe the box instead.
  const unitDescribes = !screen.hint;
  return (
    <FormGroup error={error}>
      {heading(
        <label className={styles.label} htmlFor={name}>
          {screen.question}
        </label>,
      )}
      <Hint name={name} text={screen.hint} />
      {why}
      <ErrorMessage name={name} text={error} />
      <div className={styles.wrapper}>
        <input
          className={classNames(styles.input, styles.width5, error && styles.inputError)}
          id={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={[describedBy(name, screen.hint, error), unitDescribes && `${name}-unit`].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
          defaultValue={typeof value === 'string' || typeof value === 'number' ? String(value) : undefined}
          {...field}
        />
        <span id={`${name}-unit`} aria-hidden={unitDescribes ? undefined : true}>
          {unit}
        </span>
      </div>
    </FormGroup>
  );
}
