'use client';

import type { UseFormRegister } from 'react-hook-form';
import { Option, OptionsFieldset } from './field-parts';

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
    <OptionsFieldset name={name} legend={legend} hint={hint} error={error} why={why}>
      <div className={`radios${inline ? ' radios--inline' : ''}`}>
        {options.map((option) => (
          <Option key={option.value} type="radio" name={name} value={option.value} label={option.label} field={field} />
        ))}
      </div>
    </OptionsFieldset>
  );
}
