import type { FormNotice } from '@/lib/triage/form-step';
import { IDLE_MINUTES } from '@/lib/triage/saved-progress';

/*
 * Every sentence the app itself shows a person, here, in start-text.ts and in result-text.ts, so that
 * the readability test (ui-text.test.ts) scores all of it as it scores the flow's text. The flow's own words
 * (questions, advice, services) come from the flow; these are the words around them.
 */

/** A sentence of the flow's, carried on after words of the app's own. */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const SITE_NAME = 'Back spasm self-check';
export const HEADER_TAG = 'Self-check, not a diagnosis';

export const CHOOSER = {
  heading: 'Where are you?',
  lead: 'Choose where you are, so that the check gives you the right numbers to call and the right services.',
} as const;

export const WIZARD = {
  back: 'Back',
  continue: 'Continue',
  progress: (number: number, total: number) => `Question ${number} of about ${total}`,
  /** `others`: said after the signs that have their own place to call (emergencyElsewhere). */
  // Said with the call button's own words ("Call 112 or 999"), so the two never give different numbers.
  emergencyNow: (call: string, others?: boolean) => `Have any of ${others ? 'the other signs' : 'these'}? Do not wait: ${lowerFirst(call)} now.`,
  /** A sign whose result is not the emergency number: "If you are pregnant and …, call your midwife … now." */
  emergencyElsewhere: (sign: string, action: string) => `If ${lowerFirst(sign)}, ${lowerFirst(action)}.`,
  errorTitle: 'There is a problem',
  errorPrefix: 'Error:',
  whyWeAsk: 'Why we ask this',
  loadingStep: 'Loading…',
} as const;

/** The note of the region under each step: the page's, given to the wizard as text (wizard-props). */
export const REGION_NOTE = {
  region: (name: string) => `Advice for: ${name}.`,
  changeRegion: 'Change where you are',
} as const;

/**
 * Shown by the page itself (no script) while a reloaded tab's answers load, and if they could not be.
 * Apart from WIZARD, whose words ride in the wizard's scripts: the server's page alone needs these.
 */
export const RESUMING = 'Loading your answers…';
export const RESUME_FAILED =
  // Not "reload": the scripts may be blocked for good, and a page drawn for a posted form would be sent again.
  'We could not load the answers you gave earlier. Answer the questions again below.';

/** The heading of the safety-net, which shows with the result at once, even before the rest of it has loaded. */
export const SAFETY_NET = { heading: 'If things change' } as const;

/**
 * Notices, given to the wizard by the page as props (wizard-props.tsx): text in the page costs the first
 * load less than text in its scripts. `dropped` introduces the list of answers a change removed.
 */
export const NOTICES: Record<FormNotice | 'welcome-back' | 'not-saved' | 'cleared' | 'dropped' | 'not-loaded', string> = {
  // Neutral on where the answers were: in this tab, or (without JavaScript) in the page the form sent.
  unreadable: 'We could not read your earlier answers, so we removed them. The check has started again.',
  'old-version': 'The questions have changed since you last used this check, so we removed your earlier answers. The check has started again.',
  tampered: 'Your earlier answers did not match this check, so we removed them. The check has started again.',
  expired: `You had not used the check for ${IDLE_MINUTES} minutes, so we removed your answers. The check has started again.`,
  'not-reached': 'You have not answered the questions before that one yet. We have taken you to the next question to answer.',
  'asked-again': 'Your change means we need to ask this question again. Please read each choice.',
  'welcome-back': 'We kept the answers you gave earlier in this tab. You can change them, or start again.',
  'not-saved': 'This browser is not letting us keep your answers, so they will be lost if you reload the page.',
  cleared: 'Your answers have been cleared from this device.',
  dropped: 'Your change means some questions no longer apply, so we removed these answers:',
  /** The end of the check's code did not load: its stand-in stays, and says so. */
  'not-loaded': 'Part of this page did not load. Reload the page to see all of it: your answers are kept.',
};

/** The start page's link to the privacy page (in the same tab: no answers there to lose). */
export const PRIVACY_LINK = 'How we keep your answers private';

/** The privacy note under every question and on the start page. */
export const PRIVACY_NOTE = {
  // True with JavaScript or without (a server that works out the next step keeps nothing), so it needs no
  // word like "JavaScript": the notes for a page without scripts, and the privacy page, say what travels where.
  short: `Your answers are kept only on this device. They are removed when you close the tab, after ${IDLE_MINUTES} minutes without use, or when you start again.`,
  moreNewTab: `${PRIVACY_LINK} (opens in a new tab)`,
} as const;

/**
 * The privacy note where no script runs. The check's page hands these, and PRIVACY_NOTE, to the wizard
 * as props (wizard-props.tsx): text in the page costs the first load less than text in its scripts.
 */
export const NO_SCRIPT_NOTES = {
  /** On a page the server drew for a form sent without JavaScript: the answers went to the server. */
  sent: 'JavaScript was off, or the page had not loaded yet, so your answers went to our server with this page. The server used them to work out the next step. It does not keep them or log them.',
  /** On the first question with JavaScript off: nothing sent yet. */
  noScript: 'JavaScript is off in your browser, so here your answers will go to our server with each page. The server uses them to work out the next question. It does not keep them or log them.',
  /** The same, on the static export: no server works out the next step, and nothing is sent. */
  noScriptStatic: 'JavaScript is off in your browser, so the check cannot run here. Continue takes you to a page with the numbers to call. What you tick is not sent anywhere.',
} as const;

/** The privacy page. */
export const PRIVACY = {
  heading: 'Your privacy',
  points: [
    'With JavaScript on, the check runs in your browser. Your answers are not sent to us or to anyone else.',
    `Your answers are kept in this browser tab, so that reloading the page does not lose them. They are removed when you close the tab, after ${IDLE_MINUTES} minutes without use, or when you choose Start again. Time with the phone or computer locked counts as time without use.`,
    // True of a reload too: a phone may reload a tab it put away, and the answers are gone by then.
    `A result stays on screen until you close the tab or start again. You can show it to the people treating you. But if the page reloads after ${IDLE_MINUTES} minutes without use, the result is cleared. A phone may do this by itself. To keep the advice, print it or write it down.`,
    'But some browsers keep a closed tab, with its answers, on the device for a while. They can open it again, even after the browser is closed. To remove your answers at once, choose Start again before you close the tab.',
  ],
  /** Without JavaScript: one or the other, as the site is deployed (app/_lib/deployment.ts). */
  withoutScripts: {
    server:
      'If JavaScript is off or the page has not finished loading, your answers go to our server with each page. The server uses them to work out the next question. It does not keep them or log them: they travel in the page itself. Your browser may keep those pages for its Back button, even after Start again, until you close the tab: close it when you have finished.',
    static:
      'If JavaScript is off or the page has not finished loading, the check cannot run. Its buttons take you to a page with the numbers to call. What you ticked is not sent anywhere.',
  },
  morePoints: [
    'Where you are is kept on this device until you change it. The check then uses the right numbers next time.',
    'The web address and page titles never show your answers, so your browser history does not show them.',
    'If you download your answers for a clinician, the file stays on this device until you delete it.',
    'There are no cookies, no adverts and no tracking.',
  ],
  backToStart: 'Back to the start',
} as const;

/** The help page, for a check that could not run: no JavaScript on a static copy, or a fault on our side. */
export const NO_SCRIPT = {
  heading: 'The check could not run',
  /** On the static export, where a browser without JavaScript comes here. */
  lead: 'JavaScript may be turned off, the page may not have loaded fully, or something went wrong on our side.',
  tryAgain: 'Try the check again. If JavaScript is off, turn it on first.',
  /** On the server build, which answers without JavaScript: a fault on our side, or a form sent from another site (proxy.server.ts). */
  leadServer: 'Something went wrong, so the check could not go on.',
  tryAgainServer: 'Try the check again.',
  emergencyHeading: 'If you have back pain and any of these, call for help now',
  urgentHeading: 'For other help',
} as const;

/** When the check fails on our side in the browser (fault-boundary.tsx): what to do now, since it cannot say. */
export const FAULT = {
  heading: 'Sorry, the check stopped working',
  lead: 'Something went wrong on our side, so the check cannot give you advice now.',
  helpNow: 'See when to call for help now',
  startAgain: 'Start the check again',
} as const;

export const NOT_FOUND = {
  heading: 'Page not found',
  typed: 'If you typed the web address, check it is correct.',
  pasted: 'If you pasted the web address, check you copied the whole address.',
  home: 'Go to the start of the back pain check',
} as const;

export const FOOTER = {
  notDiagnosis: 'This self-check gives general advice based on medical guidance, mostly from the UK’s NHS and NICE. It is not a diagnosis.',
  explorer: 'How this check works, for clinicians',
  privacy: 'Privacy',
} as const;

export const PAGE_TITLES = {
  question: (number: number) => `Question ${number}`,
  review: 'Check your answers',
  result: 'Your result',
  error: 'Error',
  check: 'Your check',
} as const;
