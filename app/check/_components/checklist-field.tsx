'use client';

import { useFormContext } from 'react-hook-form';
import type { FlowCore } from '@/lib/flow/flow-core';
import { NONE, type ChecklistScreen } from '@/lib/screens';
import styles from './checklist-field.module.css';
import { isTicked, Option, OptionsFieldset, type FieldProps } from './field-parts';

/**
 * Checkboxes named after the screen, one per finding, and an exclusive "None of these" set apart by "or"
 * (the GOV.UK pattern): ticking it clears the others, and ticking another clears it.
 */
export function ChecklistField({ screen, heading, why, flow, value }: FieldProps<ChecklistScreen> & { flow: FlowCore }) {
  const { register, getValues, setValue } = useFormContext();
  const name = screen.id;
  const field = register(name, {
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      if (!event.target.checked) return;
      const ticked = ([] as unknown[]).concat(getValues(name) ?? []).filter((v): v is string => typeof v === 'string');
      const next = event.target.value === NONE ? [NONE] : ticked.filter((v) => v !== NONE);
      if (next.length !== ticked.length) setValue(name, next);
    },
  });
  return (
    <OptionsFieldset name={name} legend={heading(screen.question)} hint={screen.hint} why={why}>
      <div>
        {screen.items.map(({ finding }) => (
          <Option
            key={finding}
            type="checkbox"
            name={name}
            value={finding}
            label={flow.findings[finding]!.label}
            checked={isTicked(value, finding)}
            field={field}
          />
        ))}
        <div className={styles.divider}>or</div>
        <Option type="checkbox" name={name} value={NONE} label={screen.noneLabel} checked={isTicked(value, NONE)} field={field} />
      </div>
    </OptionsFieldset>
  );
}
