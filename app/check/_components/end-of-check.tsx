'use client';

/*
 * What a check shows at its end: Check your answers, and the result with the clinician's download.
 * The wizard loads this module on its own once question 1 is usable (wizard.tsx), so none of this
 * code is in the page's first load.
 */
import type { Answers } from '@/lib/triage/answers';
import { FhirDownload } from './fhir-download';
import { OutcomeView, type OutcomeViewProps } from './outcome-view';

export { ReviewScreen } from './review-screen';

/** The result, with the download of the answers and the result for a clinician. */
export function ResultScreen({ answers, ...props }: Omit<OutcomeViewProps, 'extraActions'> & { readonly answers: Answers }) {
  return <OutcomeView {...props} extraActions={<FhirDownload flow={props.flow} answers={answers} output={props.view.output} />} />;
}
