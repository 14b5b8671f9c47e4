'use client';

import { useEffect, useRef } from 'react';
import button from '@/app/_components/button.module.css';
import { REVIEW_TEXT } from '@/app/_lib/result-text';
import type { Intent } from '@/lib/triage/form-step';
import type { ReviewView } from '@/lib/triage/view';
import { AnswersSummary } from './answers-summary';
import { BackLink } from './back-link';
import { DroppedAnswers } from './dropped-answers';
import { STEP_NOTES } from './question-heading';
import { StepForm, SubmitButton, type StepFormProps } from './step-form';
import { showStep } from '../_lib/show-step';

export interface ReviewScreenProps extends Pick<StepFormProps, 'noJs' | 'progress' | 'ready'> {
  readonly view: ReviewView;
  readonly focusOnShow: boolean;
  readonly onIntent: (intent: Intent) => void;
  /** What introduces the answers a change removed (NOTICES.dropped), from the page. */
  readonly droppedIntro: string;
}

/** "Check your answers" (the GOV.UK pattern): every answer with Change, then on to the result. */
export function ReviewScreen({ view, focusOnShow, onIntent, noJs, progress, ready, droppedIntro }: ReviewScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) showStep(heading.current);
  }, [focusOnShow]);
  const formId = 'review-form';
  return (
    <>
      <BackLink href={null} form={formId} />
      <div id={STEP_NOTES}>
        <DroppedAnswers dropped={view.dropped} intro={droppedIntro} />
      </div>
      <h1 tabIndex={-1} ref={heading} aria-describedby={STEP_NOTES}>
        {REVIEW_TEXT.heading}
      </h1>
      <p>{REVIEW_TEXT.lead}</p>
      <StepForm
        id={formId}
        noJs={noJs}
        progress={progress}
        step="review"
        ready={ready}
        onIntent={(intent, event) => {
          event.preventDefault();
          onIntent(intent);
        }}
      >
        <AnswersSummary lines={view.answers} />
        <SubmitButton intent="confirm" className={button.button}>
          {REVIEW_TEXT.seeResult}
        </SubmitButton>
      </StepForm>
    </>
  );
}
