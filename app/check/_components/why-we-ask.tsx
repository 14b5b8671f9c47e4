import { WIZARD } from '@/app/_lib/ui-text';
import styles from './why-we-ask.module.css';

interface WhyWeAskProps {
  readonly why?: string;
  /** For a checklist: what each option can mean. */
  readonly items?: readonly { label: string; why: string }[];
}

export function WhyWeAsk({ why, items = [] }: WhyWeAskProps) {
  if (!why && items.length === 0) return null;
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{WIZARD.whyWeAsk}</summary>
      <div className={styles.text}>
        {why && <p>{why}</p>}
        {items.length > 0 && (
          <dl className={styles.whyList}>
            {items.map((item) => (
              <div key={item.label}>
                <dt>{item.label}</dt>
                <dd>{item.why}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </details>
  );
}
