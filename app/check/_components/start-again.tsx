'use client';

import button from '@/app/_components/button.module.css';
import { RESULT_TEXT } from '@/app/_lib/result-text';
import styles from './start-again.module.css';

interface StartAgainProps {
  readonly href: string;
  readonly ready: boolean;
  readonly onStartAgain: () => void;
}

/**
 * Start again, apart from the other actions and behind a disclosure that says what it does, so one
 * tap never loses a result. Without JavaScript it is a fresh load of the page: the answers lived only
 * in the page. It is a link, and says so: a role of button would promise a Space key that links lack.
 */
export function StartAgain({ href, ready, onStartAgain }: StartAgainProps) {
  return (
    <details className={`${styles.startAgain} no-print`}>
      <summary className={styles.summary}>{RESULT_TEXT.startAgain}</summary>
      <div className={styles.body}>
        <p>{ready ? RESULT_TEXT.startAgainWarning : RESULT_TEXT.startAgainWarningNoScript}</p>
        <a
          className={`${button.button} ${button.warning}`}
          href={href}
          onClick={(event) => {
            if (!ready) return;
            event.preventDefault();
            onStartAgain();
          }}
        >
          {RESULT_TEXT.startAgainConfirm}
        </a>
      </div>
    </details>
  );
}
