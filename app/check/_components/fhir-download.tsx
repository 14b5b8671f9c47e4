'use client';

import button from '@/app/_components/button.module.css';
import { RESULT_TEXT } from '@/app/_lib/result-text';
import { bundleFileName, FHIR_JSON, triageBundle } from '@/lib/fhir';
import type { FlowCore } from '@/lib/flow/flow-core';
import type { Answers } from '@/lib/triage/answers';
import type { TriageOutput } from '@/lib/triage/result';
import styles from './fhir-download.module.css';

interface FhirDownloadProps {
  readonly flow: FlowCore;
  readonly answers: Answers;
  readonly output: TriageOutput;
}

/**
 * "Download your answers for a clinician": a file made on this device, of the answers and this result, that
 * a clinic's system can read (a FHIR R4 Bundle: QuestionnaireResponse and RiskAssessment). Nothing is sent.
 */
export function FhirDownload({ flow, answers, output }: FhirDownloadProps) {
  const download = () => {
    const now = new Date();
    const blob = new Blob([JSON.stringify(triageBundle(flow, answers, output, now), null, 2)], { type: FHIR_JSON });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = bundleFileName(now);
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has the file once the click is handled; the object URL can go.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <div className={styles.download}>
      <button className={`${button.button} ${button.secondary}`} type="button" onClick={download} aria-describedby="fhir-hint">
        {RESULT_TEXT.fhir}
      </button>
      <p className={styles.hint} id="fhir-hint">
        {RESULT_TEXT.fhirHint}
      </p>
    </div>
  );
}
