/*
 * The start page's words (scored with the rest by ui-text.test.ts). Apart from ui-text.ts because the
 * region chooser that shows some of them runs in the browser: in the module every page shares, they
 * would load with every question too.
 */
export const START = {
  heading: 'Check your back pain',
  beforeYouStart: 'Before you start',
  points: [
    // The flow's range of questions (start-text.test.ts holds it to the flow explorer's figures).
    'It takes about 2 minutes. You answer 6 to 13 questions, depending on your answers, or fewer if you need help straight away.',
    'It tells you if you can look after your back at home, or should see a doctor or nurse, and how soon.',
    'If you can look after it at home, you get a self-care plan with gentle exercises.',
    'It is for people aged 16 and over. Younger people are told to see a doctor.',
    'If you are checking for someone else, answer every question for them.',
    'It is not a diagnosis. If you are worried, or your pain gets worse, get medical advice.',
  ],
  whereHeading: 'Where are you?',
  whereHint: 'The numbers to call and the names of services depend on where you are.',
  suggested: 'We have picked this from your device’s settings. Change it if it is wrong.',
  /** Nothing on the device matched a region: the one picked is only where the check starts. */
  unmatched: 'Your device’s settings did not tell us where you are, so check this is right.',
  remembered: 'You chose this last time on this device.',
  startNow: 'Start now',
  chooseError: 'Select where you are',
} as const;
