/*
 * The words of the end of a check: Check your answers and the result. Apart from ui-text.ts because
 * the wizard loads the end of the check after question 1 (wizard.tsx), and these words with it.
 * Scored with the rest by ui-text.test.ts.
 */

import { IDLE_MINUTES } from '@/lib/triage/saved-progress';
import { lowerFirst } from './ui-text';

export const REVIEW_TEXT = {
  heading: 'Check your answers',
  lead: 'Check your answers before you see your result. You can change any of them.',
  change: 'Change',
  seeResult: 'See your result',
} as const;

export const RESULT_TEXT = {
  caption: 'Your result',
  whereHeading: 'Where to get help',
  whatNow: 'What to do now',
  whileYouWait: 'While you wait',
  whyHeading: 'Why this result',
  /** A reason that rests on an answer the person was not sure about, said as such. */
  unsureReason: (reason: string) => `You were not sure, so to be safe we counted it as a yes: ${lowerFirst(reason)}`,
  sourcesSummary: 'Where this advice comes from',
  sourceOne: 'Source:',
  sourceMany: 'Sources:',
  opensNewTab: '(opens in a new tab)',
  causesHeading: 'What may be causing it',
  causesIntro: 'These causes fit your answers. They are not a diagnosis: only a doctor or nurse who examines you can say.',
  adviceHeading: 'Advice for you',
  planHeading: 'Your self-care plan',
  /** A self-care result's way past the safety-net's lists to the plan. */
  goToPlan: 'Go to your self-care plan',
  exercisesHeading: 'Gentle exercises',
  howOftenHeading: 'How often',
  hold: 'Hold',
  repeat: 'Repeat',
  takeCare: 'Take care',
  whenToStop: 'When to stop an exercise',
  // The same words in every region: "physio" is the UK's word (a physical therapist in the US).
  professionalHeading: 'Treatments you may be offered',
  answersHeading: 'Your answers',
  // Some regions' times end in a full stop already (Canada's "7:24 p.m.").
  checkedOn: (when: string) => `You did this check on ${when}${when.endsWith('.') ? '' : '.'}`,
  printPage: 'Print this page',
  printPlan: 'Print the self-care plan',
  printEmergency: 'Print this page to show the people treating you',
  fhir: 'Download your answers for a clinician',
  fhirHint: 'A file of your answers and this result, in a standard format that a clinic’s computer system can read. It is made on this device, and stays in your downloads until you delete it.',
  /** A phone may reload a tab left alone, and after the idle time that clears the result (privacy text). */
  keepIt: `If this page reloads after ${IDLE_MINUTES} minutes without use, the result is cleared. To keep it, print it, or save it as a PDF from the print screen.`,
  changeAnswers: 'Change your answers',
  startAgain: 'Start again',
  startAgainWarning: 'This clears your answers, and any result, from this device. You cannot undo it.',
  /** Without JavaScript nothing is kept on the device: the answers lived in the page. */
  startAgainWarningNoScript: 'This starts the check again with no answers. Your browser may keep the earlier pages for its Back button until you close the tab.',
  startAgainConfirm: 'Clear my answers and start again',
  printFooter: (title: string, version: string) => `${title}, version ${version}. This is a self-check, not a diagnosis.`,
} as const;
