import { initialTransition, transition } from 'xstate';
import { readAnswers, type AnswerValue } from '@/lib/answers';
import { compileFlow, type TriageEvent, type TriageMachine, type TriageSnapshot } from '@/lib/compile-flow';
import type { FlowCore } from '@/lib/flow-core';
import { DISCARD_NOTICES } from '@/lib/saved-progress';
import { resumeAt, stepOf } from '@/lib/wizard-position';
import { clearProgress, loadProgress, readStep, saveProgress, writeStep } from './browser-state';

export const NOTICES = {
  notReached:
    'That question comes after ones you have not answered yet, so we have taken you to the next question to answer.',
  welcomeBack:
    'We have kept the answers you gave earlier in this tab. You can change them, or clear them and start again.',
  notSaved: 'This browser is not letting us save your answers, so they will be lost if you reload the page.',
  cleared: 'Your answers have been cleared from this device.',
} as const;

export interface WizardView {
  readonly snapshot: TriageSnapshot;
  readonly notice: string | null;
  /** How many times the person has moved: focus follows a move, but is not taken on first load. */
  readonly moves: number;
  /** True once saved answers and the URL have been read, so the form can be handled in the browser. */
  readonly ready: boolean;
}

export interface WizardStore {
  readonly machine: TriageMachine;
  subscribe(listener: () => void): () => void;
  getSnapshot(): WizardView;
  getServerSnapshot(): WizardView;
  answer(value: AnswerValue): void;
  back(): void;
  goTo(screen: string): void;
  /** Back into the wizard from the outcome, at the last question answered. */
  changeAnswers(): void;
  startAgain(): void;
}

/**
 * The wizard's state lives outside React: the machine's snapshot, kept in line with the URL's step and
 * the answers saved in this tab. React reads it with useSyncExternalStore, so the server's first
 * question and the first client render agree, and the browser's state is read only once mounted.
 */
export function createWizardStore(flow: FlowCore): WizardStore {
  const machine = compileFlow(flow);
  const first = initialTransition(machine, {})[0];
  const serverView: WizardView = { snapshot: first, notice: null, moves: 0, ready: false };
  let view: WizardView | null = null;
  const listeners = new Set<() => void>();

  const publish = (next: WizardView) => {
    view = next;
    listeners.forEach((listener) => listener());
  };
  const move = (snapshot: TriageSnapshot, url: 'push' | 'replace' | 'keep', notice: string | null = null) => {
    if (url !== 'keep') writeStep(stepOf(snapshot), url);
    publish({ snapshot, notice, moves: (view?.moves ?? 0) + 1, ready: true });
  };
  const current = () => (view ?? serverView).snapshot;

  function load(): WizardView {
    const loaded = loadProgress(flow);
    const answers = loaded.status === 'ok' ? loaded.answers : {};
    const requested = readStep();
    const snapshot = resumeAt(machine, answers, requested);
    let notice: string | null = null;
    if (loaded.status === 'discarded') notice = DISCARD_NOTICES[loaded.reason];
    else if (requested !== null && requested !== stepOf(snapshot)) notice = NOTICES.notReached;
    else if (requested === null && Object.keys(answers).length > 0) notice = NOTICES.welcomeBack;
    writeStep(stepOf(snapshot), 'replace');
    // The server rendered the first question; if this is another, it has replaced it, so focus follows.
    return { snapshot, notice, moves: stepOf(snapshot) === stepOf(first) ? 0 : 1, ready: true };
  }

  // The browser's Back and Forward buttons move between steps the answers have reached.
  const onPopState = () => {
    const requested = readStep();
    const snapshot = resumeAt(machine, current().context.answers, requested);
    const reached = stepOf(snapshot) === requested;
    move(snapshot, reached ? 'keep' : 'replace', reached ? null : NOTICES.notReached);
  };

  const send = (event: TriageEvent) => {
    const [next] = transition(machine, current(), event);
    if (next === current()) return;
    const saved = saveProgress(flow, next.context.answers);
    move(next, 'push', saved ? null : NOTICES.notSaved);
  };

  return {
    machine,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) window.addEventListener('popstate', onPopState);
      // Read the browser's state once something is listening: after hydration, never during render.
      // React compares snapshots before it subscribes, so it is told about this change afterwards.
      if (view === null) {
        view = load();
        queueMicrotask(() => listeners.forEach((l) => l()));
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
      };
    },
    getSnapshot: () => view ?? serverView,
    getServerSnapshot: () => serverView,
    answer: (value) => send({ type: 'ANSWER', value }),
    back: () => send({ type: 'BACK' }),
    goTo: (screen) => move(resumeAt(machine, current().context.answers, screen), 'push'),
    changeAnswers() {
      const { answered } = readAnswers(flow, current().context.answers);
      move(resumeAt(machine, current().context.answers, answered.at(-1) ?? null), 'push');
    },
    startAgain() {
      clearProgress(flow);
      move(first, 'push', NOTICES.cleared);
    },
  };
}
