import type { FlowCore } from '@/lib/flow/flow-core';
import type { AnswerValue } from '@/lib/screens';
import type { Answers } from '@/lib/triage/answers';
import type { TriageMachine, TriageSnapshot } from '@/lib/triage/machine';
import { REVIEW } from '@/lib/triage/next-step';
import { resumeActor, stepOf, type TriageActor } from '@/lib/triage/resume';
import { IDLE_MINUTES } from '@/lib/triage/saved-progress';
import type { NOTICES } from '@/app/_lib/ui-text';
import { clearProgress, historyIndex, loadProgress, saveProgress, writeHistory } from './browser-state';

export type NoticeKey = keyof typeof NOTICES;

export interface WizardState {
  readonly snapshot: TriageSnapshot;
  readonly notice: NoticeKey | null;
  /** Counts the moves made in the browser: focus moves to the new step's heading after each. */
  readonly moves: number;
  /** True once the browser has taken over: before that, forms go to the server (or the help page). */
  readonly ready: boolean;
}

/** Where the page starts: a step the server worked out from a submitted form, or nothing (question 1). */
export interface StartingPoint {
  readonly answers: Answers;
  readonly step: string;
  readonly notice?: NoticeKey;
}

export interface WizardStore {
  subscribe(listener: () => void): () => void;
  getState(): WizardState;
  getServerState(): WizardState;
  /** Reads what this tab kept, and listens to the browser's Back and Forward; returns the clean-up. */
  mount(): () => void;
  answer(value: AnswerValue): void;
  /** The Back link: the browser's own Back, so the two never disagree. */
  back(): void;
  confirm(): void;
  /** To "Check your answers" from the result. */
  review(): void;
  /** To a question, to change its answer and return to "Check your answers". */
  change(screen: string): void;
  startAgain(): void;
}

const IDLE_MS = IDLE_MINUTES * 60_000;
const ACTIVITY = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

/**
 * The wizard in the browser: a running actor of the flow's machine, and the tab's record of it. Every
 * move is a history entry (numbered, at the same URL) and is kept in sessionStorage with the steps
 * shown, so Back, Forward and reload all find the same step. The machine decides every step; this
 * only keeps the browser in line with it. React reads it with useSyncExternalStore.
 */
export function createWizardStore(flow: FlowCore, machine: TriageMachine, start: StartingPoint | null): WizardStore {
  let actor: TriageActor = resumeActor(machine, start?.answers ?? {}, start?.step ?? null);
  const serverState: WizardState = { snapshot: actor.getSnapshot(), notice: start?.notice ?? null, moves: 0, ready: false };
  let state = serverState;
  let trail: string[] = [stepOf(serverState.snapshot)];
  let index = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const publish = (next: Partial<WizardState>) => {
    state = { ...state, snapshot: actor.getSnapshot(), ...next };
    listeners.forEach((listener) => listener());
  };
  const answers = () => actor.getSnapshot().context.answers;
  const keep = () => saveProgress(flow, { answers: answers(), trail });

  /** After the machine has moved: a new history entry for the new step, kept with the answers. */
  function moved(before: TriageSnapshot, notice: NoticeKey | null = null) {
    const after = actor.getSnapshot();
    // An event the machine turned down leaves the same snapshot: nothing moved, nothing to record.
    if (after === before) return;
    index += 1;
    trail = [...trail.slice(0, index), stepOf(after)];
    writeHistory(index, 'push');
    const saved = keep();
    publish({ notice: saved ? notice : 'not-saved', moves: state.moves + 1 });
  }

  const send = (event: Parameters<TriageActor['send']>[0]) => {
    const before = actor.getSnapshot();
    actor.send(event);
    moved(before);
  };

  /** The browser's Back or Forward reached step `n` of this tab's trail. */
  function showIndex(n: number) {
    index = Math.min(n, trail.length - 1);
    const wanted = trail[index]!;
    actor = resumeActor(machine, answers(), wanted);
    const step = stepOf(actor.getSnapshot());
    // A step the answers no longer reach (a change dropped it): show where they lead instead.
    if (step !== wanted) trail = [...trail.slice(0, index), step];
    keep();
    publish({ notice: step === wanted ? null : 'not-reached', moves: state.moves + 1 });
  }

  function clearAndRestart(notice: NoticeKey, history: 'push' | 'replace') {
    clearProgress(flow);
    actor = resumeActor(machine, {}, null);
    index = history === 'push' ? index + 1 : index;
    trail = [...trail.slice(0, index), stepOf(actor.getSnapshot())];
    writeHistory(index, history);
    publish({ notice, moves: state.moves + 1 });
  }

  const resetIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => clearAndRestart('expired', 'replace'), IDLE_MS);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    getServerState: () => serverState,

    mount() {
      if (start) {
        // The server answered a form the browser submitted before the scripts ran: carry on from there.
        trail = [stepOf(actor.getSnapshot())];
        index = 0;
        writeHistory(0, 'replace');
        publish({ ready: true, notice: keep() ? state.notice : 'not-saved' });
      } else {
        const loaded = loadProgress(flow);
        const reloaded = historyIndex();
        if (loaded.status === 'ok' && loaded.trail.length > 0) {
          trail = [...loaded.trail];
          // A reload keeps this entry's number; a new visit in the same tab resumes at the last step.
          index = Math.min(reloaded ?? trail.length - 1, trail.length - 1);
          const wanted = trail[index]!;
          actor = resumeActor(machine, loaded.answers, wanted);
          const step = stepOf(actor.getSnapshot());
          if (step !== wanted) trail = [...trail.slice(0, index), step];
          writeHistory(index, 'replace');
          publish({ ready: true, notice: step !== wanted ? 'not-reached' : reloaded === null ? 'welcome-back' : null, moves: step === stepOf(serverState.snapshot) ? 0 : 1 });
        } else {
          writeHistory(0, 'replace');
          publish({ ready: true, notice: loaded.status === 'discarded' ? loaded.reason : null });
        }
      }
      // The page shown until now is the server's; from here the browser's history is the wizard's.
      document.documentElement.removeAttribute('data-resuming');
      const onPopState = (event: PopStateEvent) => {
        const n = historyIndex(event.state);
        if (n !== null) showIndex(n);
      };
      window.addEventListener('popstate', onPopState);
      ACTIVITY.forEach((type) => window.addEventListener(type, resetIdle, { passive: true }));
      resetIdle();
      return () => {
        clearTimeout(idleTimer);
        window.removeEventListener('popstate', onPopState);
        ACTIVITY.forEach((type) => window.removeEventListener(type, resetIdle));
      };
    },

    answer: (value) => send({ type: 'ANSWER', value }),
    back() {
      if (index > 0) window.history.back();
      else send({ type: 'BACK' });
    },
    confirm: () => send({ type: 'CONFIRM' }),
    review() {
      const before = actor.getSnapshot();
      actor = resumeActor(machine, answers(), REVIEW);
      moved(before);
    },
    change(screen) {
      const before = actor.getSnapshot();
      if (stepOf(before) !== REVIEW) actor = resumeActor(machine, answers(), REVIEW);
      actor.send({ type: 'CHANGE', screen });
      moved(before);
    },
    startAgain: () => clearAndRestart('cleared', 'push'),
  };
}
