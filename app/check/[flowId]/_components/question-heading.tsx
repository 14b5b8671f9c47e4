import { forwardRef } from 'react';

/** The question as the page's h1; focusable so each new step can move focus to it. */
export const QuestionHeading = forwardRef<HTMLHeadingElement, { children: React.ReactNode }>(function QuestionHeading(
  { children },
  ref,
) {
  return (
    <h1 className="question-heading" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
});
