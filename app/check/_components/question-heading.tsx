import { forwardRef } from 'react';
import styles from './question-heading.module.css';

/** The id of what comes before a step's heading: its progress and notices. */
export const STEP_NOTES = 'step-notes';

/**
 * The question as the page's h1; focusable so each new step can move focus to it. Focus skips what is
 * above it, so the heading is described by it (STEP_NOTES): a screen reader says the progress, and a
 * notice that answers were removed or a question is asked again, with the question.
 */
export const QuestionHeading = forwardRef<HTMLHeadingElement, { children: React.ReactNode }>(function QuestionHeading(
  { children },
  ref,
) {
  return (
    <h1 className={styles.heading} tabIndex={-1} ref={ref} aria-describedby={STEP_NOTES}>
      {children}
    </h1>
  );
});
