'use client';

import { useFormContext } from 'react-hook-form';
import { YES_NO_OPTIONS, type ChoiceScreen, type RangeScreen, type YesNoScreen } from '@/lib/screens';
import styles from './choice-field.module.css';
import { isTicked, Option, OptionsFieldset, type FieldProps } from './field-parts';

interface RadioOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

function Radios({ name, options, value, inline }: { name: string; options: readonly RadioOption[]; value: unknown; inline?: boolean }) {
  const field = useFormContext().register(name);
  return (
    <div className={inline ? styles.inline : undefined}>
      {options.map((option) => (
        <Option
          key={option.value}
          type="radio"
          name={name}
          value={option.value}
          label={option.label}
          hint={option.hint}
          checked={isTicked(value, option.value)}
          field={field}
        />
      ))}
    </div>
  );
}

/** One of a fact's values, as radios named after the fact. */
export function ChoiceField({ screen, heading, why, value }: FieldProps<ChoiceScreen>) {
  return (
    <OptionsFieldset name={screen.id} legend={heading(screen.question)} hint={screen.hint} why={why}>
      <Radios name={screen.id} options={screen.options} value={value} />
    </OptionsFieldset>
  );
}

/** A number chosen as a range ("6 weeks to 3 months"): radios whose values are the ranges' ids. */
export function RangeField({ screen, heading, why, value }: FieldProps<RangeScreen>) {
  return (
    <OptionsFieldset name={screen.id} legend={heading(screen.question)} hint={screen.hint} why={why}>
      <Radios name={screen.id} options={screen.options.map(({ id, label }) => ({ value: id, label }))} value={value} />
    </OptionsFieldset>
  );
}

/** Yes, no or "I'm not sure" (which counts as yes, and says so), named after the finding. */
export function YesNoField({ screen, heading, why, value }: FieldProps<YesNoScreen>) {
  return (
    <OptionsFieldset name={screen.id} legend={heading(screen.question)} hint={screen.hint} why={why}>
      <Radios name={screen.id} options={YES_NO_OPTIONS} value={value} />
    </OptionsFieldset>
  );
}
