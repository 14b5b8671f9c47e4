'use client';

import { useFormContext } from 'react-hook-form';
import type { ChoiceScreen, YesNoScreen } from '@/lib/screens';
import styles from './choice-field.module.css';
import { Option, OptionsFieldset, type FieldProps } from './field-parts';

function Radios({ name, options, inline }: { name: string; options: readonly { value: string; label: string }[]; inline?: boolean }) {
  const field = useFormContext().register(name);
  return (
    <div className={inline ? styles.inline : undefined}>
      {options.map((option) => (
        <Option key={option.value} type="radio" name={name} value={option.value} label={option.label} field={field} />
      ))}
    </div>
  );
}

/** One of a fact's values, as radios named after the fact. */
export function ChoiceField({ screen, heading, why }: FieldProps<ChoiceScreen>) {
  return (
    <OptionsFieldset name={screen.id} legend={heading(screen.question)} hint={screen.hint} why={why}>
      <Radios name={screen.id} options={screen.options} />
    </OptionsFieldset>
  );
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** Yes or no, side by side, named after the finding. */
export function YesNoField({ screen, heading, why }: FieldProps<YesNoScreen>) {
  return (
    <OptionsFieldset name={screen.id} legend={heading(screen.question)} hint={screen.hint} why={why}>
      <Radios name={screen.id} options={YES_NO} inline />
    </OptionsFieldset>
  );
}
