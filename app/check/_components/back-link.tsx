import { WIZARD } from '@/app/_lib/ui-text';
import styles from './back-link.module.css';
import { SubmitButton } from './step-form';

interface BackLinkProps {
  /** On the first question, the start page: a plain link. */
  readonly href: string | null;
  /** Otherwise a button of this step's form: the browser's Back with JavaScript, the server's without. */
  readonly form: string;
}

/** The GOV.UK Back link, above the question: it does what the browser's Back button does. */
export function BackLink({ href, form }: BackLinkProps) {
  return (
    <div className={`${styles.backLinkRow} no-print`}>
      {href !== null ? (
        <a className={styles.backLink} href={href}>
          {WIZARD.back}
        </a>
      ) : (
        <SubmitButton intent="back" form={form} className={styles.backLink}>
          {WIZARD.back}
        </SubmitButton>
      )}
    </div>
  );
}
