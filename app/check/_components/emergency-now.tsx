import button from '@/app/_components/button.module.css';
import { WIZARD } from '@/app/_lib/ui-text';
import styles from './emergency-now.module.css';

/**
 * Under the emergency signs: the number to call, as a tap. It is plain HTML, so it works whatever
 * loads or fails: nobody with an emergency sign waits for a script.
 */
export function EmergencyNow({ call }: { call: { label: string; href: string } }) {
  const number = call.href.slice('tel:'.length);
  return (
    <div className={styles.callout}>
      <p className={styles.text}>{WIZARD.emergencyNow(number)}</p>
      <a className={`${button.button} ${button.warning} ${styles.call}`} href={call.href}>
        {call.label}
      </a>
    </div>
  );
}
