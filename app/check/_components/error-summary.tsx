'use client';

import { useEffect, useRef } from 'react';
import { WIZARD } from '@/app/_lib/ui-text';
import styles from './error-summary.module.css';

interface ErrorSummaryProps {
  /** The message, and the id of the control it is about. */
  readonly error: { message: string; target: string };
  /** Changes on every failed submit, so focus moves to the summary each time. */
  readonly attempt: number;
}

/** The GOV.UK error summary pattern: a focusable box at the top whose link moves to the field. */
export function ErrorSummary({ error, attempt }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [attempt]);
  return (
    // autoFocus also reaches a page the server drew for a form posted without JavaScript.
    <div
      className={styles.summary}
      ref={box}
      tabIndex={-1}
      autoFocus
      // A name is allowed only on an element with a role (ARIA 1.2): a region, as a landmark can be found again.
      role="region"
      aria-labelledby="error-summary-title"
    >
      <h2 className={styles.title} id="error-summary-title">
        {WIZARD.errorTitle}
      </h2>
      <ul className={styles.list}>
        <li>
          <a
            href={`#${error.target}`}
            onClick={(event) => {
              // Move focus into the field itself; following the fragment only scrolls.
              event.preventDefault();
              document.getElementById(error.target)?.focus();
            }}
          >
            {error.message}
          </a>
        </li>
      </ul>
    </div>
  );
}
