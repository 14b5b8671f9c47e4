'use client';

/*
 * What a check shows at its end: Check your answers, and the result with the clinician's download;
 * and, with them, the warning shown before answers left unused are removed, needed only after many
 * minutes. The wizard loads this module on its own once question 1 is usable (wizard.tsx), so none of
 * this code is in the page's first load.
 */
import { useMemo } from 'react';
import type { Answers } from '@/lib/triage/answers';
import { describeResult } from '@/lib/triage/result-view';
import type { ResultStep } from '@/lib/triage/view';
import { FhirDownload } from './fhir-download';
import { OutcomeView, type OutcomeViewProps } from './outcome-view';

export { changeAnswersStep } from '@/lib/triage/change-answers';
export { IdleWarning } from './idle-warning';
export { ReviewScreen } from './review-screen';
export { StartAgain } from './start-again';

type ResultScreenProps = Omit<OutcomeViewProps, 'extraActions' | 'view'> & { readonly view: ResultStep; readonly answers: Answers };

/** The result, with the download of the answers and the result for a clinician. */
export function ResultScreen({ answers, view, ...props }: ResultScreenProps) {
  const { flow } = props;
  const result = useMemo(() => describeResult(flow, view.output, answers), [flow, view.output, answers]);
  return <OutcomeView {...props} view={result} extraActions={<FhirDownload flow={flow} answers={answers} output={view.output} />} />;
}
