import { forwardRef } from 'react';
import styles from './question-heading.module.css';

/** The question as the page's h1; focusable so each new step can move focus to it. */
export const QuestionHeading = forwardRef<HTMLHeadingElement, { children: React.ReactNode }>(function QuestionHeading(
  { children },
  ref,
) {
  return (
    <h1 className={styles.heading} tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
});
