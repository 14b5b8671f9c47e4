'use client';

import { useFormContext } from 'react-hook-form';
import type { FlowCore } from '@/lib/flow/flow-core';
import { NONE, type ChecklistScreen } from '@/lib/screens';
import styles from './checklist-field.module.css';
import { isTicked, Option, OptionsFieldset, type FieldProps } from './field-parts';

/**
 * Checkboxes named after the screen, one per finding, and "None of these" set apart by "or". Ticking a
 * finding clears "None of these"; ticking "None of these" clears nothing, unlike GOV.UK's exclusive box:
 * it would silently untick a warning sign ticked a moment before. Both ticked gets the error that asks
 * the person to choose.
 */
export function ChecklistField({ screen, heading, why, flow, value }: FieldProps<ChecklistScreen> & { flow: FlowCore }) {
  const { register, getValues, setValue } = useFormContext();
  const name = screen.id;
  const field = register(name, {
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      if (!event.target.checked || event.target.value === NONE) return;
      const ticked: unknown[] = [].concat(getValues(name) ?? []);
      if (ticked.includes(NONE)) setValue(name, ticked.filter((v) => v !== NONE));
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
