import button from '@/app/_components/button.module.css';
import { WIZARD } from '@/app/_lib/ui-text';
import type { EmergencyCall } from '@/lib/flow/emergency-routes';
import styles from './emergency-now.module.css';

/**
 * Under the emergency signs: the number to call, as a tap. It is plain HTML, so it works whatever
 * loads or fails: nobody with an emergency sign waits for a script.
 */
export function EmergencyNow({ call }: { call: EmergencyCall }) {
  return (
    <div className={styles.callout}>
      {/* Those first, so that "call 999" is never said of a sign whose result says to call elsewhere. */}
      {call.routes.map((route) => (
        <p className={styles.text} key={route.sign}>
          {WIZARD.emergencyElsewhere(route.sign, route.action)}
        </p>
      ))}
      <p className={styles.text}>{WIZARD.emergencyNow(call.label, call.routes.length > 0)}</p>
      <a className={`${button.button} ${button.warning} ${styles.call}`} href={call.href}>
        {call.label}
      </a>
    </div>
  );
}
