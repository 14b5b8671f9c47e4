import type { FlowCore } from '@/lib/flow/flow-core';
import type { Answers } from '@/lib/triage/answers';
import type { TriageSnapshot } from '@/lib/triage/machine';
import { RESULT, REVIEW } from '@/lib/triage/next-step';
import { notReached, stepOf } from '@/lib/triage/resume';
import { IDLE_MINUTES, IDLE_WARNING_MINUTES } from '@/lib/triage/saved-progress';
import type { NOTICES } from '@/app/_lib/ui-text';
import { clearProgress, historyIndex, loadProgress, saveProgress, writeHistory } from './browser-state';

export type NoticeKey = keyof typeof NOTICES;

/**
 * Where a run of the machine starts. A final outcome stops its machine, so going back from the result,
 * or to a step from the browser's history, starts a new run from the answers.
 */
export interface RunStart {
  readonly answers: Answers;
  /** A screen id, "review" or "result"; null for where the answers lead. */
  readonly step: string | null;
  /** Open the screen to change its answer, returning to "Check your answers". */
  readonly changing?: boolean;
  /** What the server's step removed, for a page it drew for a submitted form. */
  readonly dropped?: readonly string[];
  /** How the run's first step shows in the browser's history. */
  readonly history: 'push' | 'replace' | 'none';
  readonly notice?: NoticeKey | null;
}

interface SessionState {
  readonly notice: NoticeKey | null;
  /** Counts the moves made in the browser: focus moves to the new step's heading after each. */
  readonly moves: number;
  /** True once the browser has taken over: before that, forms go to the server (or the help page). */
  readonly ready: boolean;
  /** The answers are about to be removed for want of use: the person is asked whether to keep them. */
  readonly idleWarning: boolean;
}

export interface WizardSession {
  subscribe(listener: () => void): () => void;
  getState(): SessionState;
  getServerState(): SessionState;
  /** Where the page's first run starts: question 1, or the step the server worked out for a submitted form. */
  readonly first: RunStart;
  /**
   * Reads what this tab kept and listens to the browser's Back and Forward; `restart` starts a new run,
   * `current` is the snapshot of the run on show. Returns the clean-up.
   */
  mount(restart: (start: RunStart) => void, current: () => TriageSnapshot): () => void;
  /** A new run's first snapshot, recorded as its start said (the page's first run is recorded by mount). */
  began(snapshot: TriageSnapshot, start: RunStart): void;
  /** A move within a run: a new history entry, kept with the answers. */
  moved(snapshot: TriageSnapshot): void;
  /** The Back link: the browser's own Back when there is an entry to go back to. Returns false when not. */
  back(): boolean;
  clear(): void;
  /** The person is still here (the idle warning's button): the time without use starts again. */
  keep(): void;
}

const IDLE_MS = IDLE_MINUTES * 60_000;
const WARN_MS = (IDLE_MINUTES - IDLE_WARNING_MINUTES) * 60_000;
// Pointer events cover touch too: a tap is a pointerdown, a swipe a scroll.
const ACTIVITY = ['pointerdown', 'keydown', 'scroll'] as const;
// A tab shown again, or restored from the back-forward cache: not a use, but the time to check the clock.
const WAKE = ['visibilitychange', 'pageshow'] as const;

/**
 * The wizard's record of itself in the browser tab. Every step is a history entry at the same URL,
 * numbered, and the steps shown are kept with the answers in sessionStorage, so Back, Forward and
 * reload all find the same step. The machine decides every step; this only keeps the browser in line.
 */
export function createWizardSession(
  flow: FlowCore,
  posted: { answers: Answers; step: string; changing?: boolean; notice?: NoticeKey; dropped?: readonly string[] } | null,
): WizardSession {
  const serverState: SessionState = { notice: posted?.notice ?? null, moves: 0, ready: false, idleWarning: false };
  let state = serverState;
  let trail: string[] = [];
  let index = 0;
  let answers: Answers = posted?.answers ?? {};
  let restartRun: ((start: RunStart) => void) | null = null;
  let mounted = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let warnTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const publish = (next: Partial<SessionState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };
  const keep = () => saveProgress(flow, { answers, trail });
  // A question reached straight from "Check your answers" was opened by Change: going back to it, by
  // reload or the browser's Back or Forward, keeps it a change, whose Continue returns there.
  const changingAt = (i: number) => i > 0 && trail[i - 1] === REVIEW;

  function record(snapshot: TriageSnapshot, history: RunStart['history'], notice: NoticeKey | null, move: boolean) {
    answers = snapshot.context.answers;
    const step = stepOf(snapshot);
    if (history === 'push') index += 1;
    // A new step ends the trail here; a step reached by Back or Forward keeps the steps after it for Forward.
    trail = history === 'push' ? [...trail.slice(0, index), step] : Object.assign([...trail], { [index]: step });
    if (history !== 'none') writeHistory(index, history);
    const saved = keep();
    publish({ notice: saved ? notice : 'not-saved', moves: move ? state.moves + 1 : state.moves, ready: true });
  }

  // The time of the last use, by the wall clock: a device asleep may pause the timers, not the clock.
  let lastUse = 0;
  const resetIdle = () => {
    clearTimeout(idleTimer);
    clearTimeout(warnTimer);
    lastUse = Date.now();
    if (state.idleWarning) publish({ idleWarning: false });
    // A result stays on screen (below): nothing the person sees is removed, so nothing to warn of.
    warnTimer = setTimeout(() => trail[index] !== RESULT && publish({ idleWarning: true }), WARN_MS);
    idleTimer = setTimeout(expire, IDLE_MS);
  };
  // A fresh check keeps nothing of the last, its steps either (a step's id can say what was ticked):
  // its first step is entry `at` (0 when it replaces the entry on show, -1 when it is pushed after it).
  const forget = (at: number) => {
    clearProgress(flow);
    answers = {};
    trail = [];
    index = at;
  };
  function expire() {
    resetIdle();
    // A result stays on screen: it may be what the person shows the people treating them, and an
    // ambulance can take longer than this. Only what the tab kept goes, but for a mark with no answers
    // that says why, should the tab be reloaded (a phone may drop it during a call).
    if (trail[index] === RESULT) return saveProgress(flow, { answers: {}, trail: [] }, 0);
    forget(0);
    restartRun?.({ answers, step: null, history: 'replace', notice: 'expired' });
  }

  // Time already up by the clock (the timers slept with the device): the answers go now, and a use
  // cannot keep them. While the warning is open only its own button (or Escape) keeps the answers: a
  // key that closed it on its way down would go on to the question under it (Enter would send the form).
  const onWake = () => Date.now() - lastUse > IDLE_MS && expire();
  const onActivity = () => onWake() || state.idleWarning || resetIdle();

  /** Whether a reload's saved step is still to be shown (the page says it is loading the answers until then). */
  let resuming = false;
  const showSteps = () => document.documentElement.removeAttribute('data-resuming');

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    getServerState: () => serverState,
    first: { answers, step: posted?.step ?? null, changing: posted?.changing, history: 'replace', notice: posted?.notice ?? null, dropped: posted?.dropped },

    mount(restart, current) {
      restartRun = restart;
      mounted = true;
      const shown = current();
      const loaded = posted ? null : loadProgress(flow);
      if (loaded?.status === 'ok') {
        trail = [...loaded.trail];
        // A reload keeps its entry's number; a new visit in the same tab resumes at the last step.
        const reloaded = historyIndex();
        index = Math.min(reloaded ?? trail.length - 1, trail.length - 1);
        answers = loaded.answers;
        restart({ answers, step: trail[index]!, changing: changingAt(index), history: 'replace', notice: reloaded === null ? 'welcome-back' : null });
        // The page keeps saying it is loading the answers until the resumed step is on screen (began):
        // question 1, the server's, must never show in between.
        resuming = true;
      } else {
        // The page the server drew stays as it is, with anything already ticked on it.
        record(shown, 'replace', loaded?.status === 'discarded' ? loaded.reason : (posted?.notice ?? null), false);
        showSteps();
      }
      // Until now the page was the server's; from here the browser's history is the wizard's.
      const onPopState = (event: PopStateEvent) => {
        const n = historyIndex(event.state);
        if (n === null || trail.length === 0) return;
        index = Math.min(n, trail.length - 1);
        restart({ answers, step: trail[index]!, changing: changingAt(index), history: 'none' });
      };
      window.addEventListener('popstate', onPopState);
      // Every step opens at its top (showStep), Back and Forward too: the browser must not put back where
      // the step was scrolled to when the person left it.
      const restoration = window.history.scrollRestoration;
      window.history.scrollRestoration = 'manual';
      ACTIVITY.forEach((type) => window.addEventListener(type, onActivity, { passive: true }));
      WAKE.forEach((type) => window.addEventListener(type, onWake));
      resetIdle();
      return () => {
        mounted = false;
        restartRun = null;
        clearTimeout(idleTimer);
        clearTimeout(warnTimer);
        window.removeEventListener('popstate', onPopState);
        window.history.scrollRestoration = restoration;
        ACTIVITY.forEach((type) => window.removeEventListener(type, onActivity));
        WAKE.forEach((type) => window.removeEventListener(type, onWake));
      };
    },

    began(snapshot, start) {
      if (!mounted) return;
      if (resuming) {
        resuming = false;
        showSteps();
      }
      // A step these answers no longer reach (a change dropped it): the run shows where they lead, and says so.
      const step = stepOf(snapshot);
      record(snapshot, start.history, notReached(start.step, step) ? 'not-reached' : (start.notice ?? null), true);
    },

    moved(snapshot) {
      record(snapshot, 'push', null, true);
    },

    back() {
      if (index === 0) return false;
      window.history.back();
      return true;
    },

    clear: () => forget(-1),

    keep: resetIdle,
  };
}
