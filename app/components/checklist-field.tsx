'use client';

import type { UseFormRegister, UseFormSetValue, UseFormGetValues } from 'react-hook-form';
import { NONE } from '@/lib/screen-form';
import { Option, OptionsFieldset } from './field-parts';

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
    <OptionsFieldset name={name} legend={legend} hint={hint} error={error} why={why}>
      <div className="checkboxes">
        {options.map((option) => (
          <Option key={option.value} type="checkbox" name={name} value={option.value} label={option.label} field={field} />
        ))}
        <div className="checkboxes__divider">or</div>
        <Option type="checkbox" name={name} value={NONE} label={noneLabel} field={field} />
      </div>
    </OptionsFieldset>
  );
}
