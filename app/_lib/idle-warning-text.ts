/*
 * The words of the warning before unused answers are removed. Apart from ui-text.ts: the warning's
 * code loads on its own, after question 1 (wizard.tsx), and these words with it. Scored with the rest
 * by ui-text.test.ts.
 */
import { IDLE_MINUTES, IDLE_WARNING_MINUTES } from '@/lib/triage/saved-progress';

export const IDLE_WARNING = {
  heading: 'Do you want to keep your answers?',
  text: `You have not used the check for ${IDLE_MINUTES - IDLE_WARNING_MINUTES} minutes. To keep your answers private, we will remove them in ${IDLE_WARNING_MINUTES} minutes.`,
  keep: 'Keep my answers',
} as const;
