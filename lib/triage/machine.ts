import { assign, createMachine, type SnapshotFrom } from 'xstate';
import type { FlowCore } from '../flow/flow-core';
import type { AnswerValue } from '../screens';
import { fitsScreen, parseAnswers, type Answers } from './answers';
import { answerAndStep, conclude, hasReached, locate, previousStep, RESULT, REVIEW, type Step } from './next-step';
import type { TriageOutput } from './result';

export interface TriageContext {
  /** The answers that count, keyed by screen id. */
  readonly answers: Answers;
  /** Where the machine is going, or is: a screen id, "review", or an outcome id once the check has ended. */
  readonly at: string;
  /** Whether the screen on show was opened from "Check your answers" to change its answer. */
  readonly changing: boolean;
  /** What the last answer dropped because it is no longer asked: screen ids, and checklist ticks as "screen.finding". */
  readonly dropped: readonly string[];
  /**
   * Answers a change took away to ask again (a checklist it gave a new item, and the answers that
   * depended on that list), kept to fill in when they are; an entry goes once its screen is answered.
   */
  readonly again: Answers;
  /** What the check ends with, once it has. */
  readonly output: TriageOutput | null;
}

export type TriageEvent =
  /**
   * An answer to the named screen: taken only if that screen is on show and the answer fits it as this
   * person sees it. Naming the screen keeps a second tap of Continue, sent before the page has moved on,
   * from answering the next question with this one's answer.
   */
  | { readonly type: 'ANSWER'; readonly screen: string; readonly value: unknown }
  /** Back to the step before this one. */
  | { readonly type: 'BACK' }
  /** To a step the answers have reached (a screen, or "review"), to see it again. */
  | { readonly type: 'GO_TO'; readonly screen: string }
  /** From "Check your answers" to a screen, to change its answer and come back. */
  | { readonly type: 'CHANGE'; readonly screen: string }
  /** The answers are checked: on to the outcome. */
  | { readonly type: 'CONFIRM' }
  /** Answers kept from an earlier visit (untrusted), and the step to resume at if the answers reach it. */
  | { readonly type: 'RESTORE'; readonly answers: unknown; readonly screen?: string; readonly changing?: boolean }
  | { readonly type: 'RESTART' };

export interface TriageInput {
  /** Answers to start from; checked as RESTORE checks them. */
  readonly answers?: unknown;
  /** The step to start at, if the answers reach it: a screen, "review", or "result" (the outcome they lead to). */
  readonly screen?: string;
  /** Start at `screen` to change its answer, returning to "Check your answers". */
  readonly changing?: boolean;
  /** What the step that led here dropped (the server's, for a form sent without JavaScript), to say so. */
  readonly dropped?: readonly string[];
}

/** The machine's named guards and actions, so that the chart names them and a misspelt name is a type error. */
type TriageGuard =
  | { readonly type: 'isAt'; readonly params: { readonly step: string } }
  | { readonly type: 'answerFits' }
  | { readonly type: 'hasPrevious' }
  | { readonly type: 'hasReached' }
  | { readonly type: 'restorable' };
type TriageAction =
  | { readonly type: 'recordAnswer' }
  | { readonly type: 'goBack' }
  | { readonly type: 'goTo' }
  | { readonly type: 'change' }
  | { readonly type: 'conclude' }
  | { readonly type: 'restore' }
  | { readonly type: 'restart' };

export type TriageMachine = ReturnType<typeof createTriageMachine>;
export type TriageSnapshot = SnapshotFrom<TriageMachine>;

const START: Answers = {};

function contextAt(step: Step, answers: Answers, changing = false, dropped: readonly string[] = [], again: Answers = START): TriageContext {
  if ('outcome' in step) return { answers, at: step.outcome, changing: false, dropped, again, output: step.output };
  return 'review' in step
    ? { answers, at: REVIEW, changing: false, dropped, again, output: null }
    : { answers, at: step.screen, changing, dropped, again, output: null };
}

/**
 * Where restored answers lead: the step asked for if the answers reach it, else where they lead. The
 * result is reached once "Check your answers" is (an emergency is its own result).
 */
function restored(flow: FlowCore, answers: Answers, screen: string | undefined, changing = false): TriageContext {
  if (screen === RESULT && hasReached(flow, answers, REVIEW)) return contextAt(conclude(flow, answers), answers);
  if (screen === undefined || !hasReached(flow, answers, screen)) return contextAt(locate(flow, answers), answers);
  return contextAt(screen === REVIEW ? { review: true } : { screen }, answers, changing);
}

/**
 * A flow as an XState machine: a state per screen, "review" (Check your answers), a final state per
 * outcome, and a `route` state in between. Every event works out where the check goes once, with the
 * pure functions of ./next-step, and stores it (`assign`); `route` then sends the machine there. Guards
 * read only the current context. Each screen state is described by its question and each outcome by
 * its title, and tagged with its tier, so the chart reads in a visualiser; an outcome's `output` is
 * what the check ends with.
 */
export function createTriageMachine(flow: FlowCore) {
  const first = flow.screens[0]!.id;
  const outcomes = Object.entries(flow.outcomes);

  /*
   * createMachine with its implementations, not setup(): setup() hands back every action creator XState
   * has (sendTo, log, emit, …), which puts them in the wizard's first load, and this machine uses none.
   */
  return createMachine(
    {
      types: {
        context: {} as TriageContext,
        events: {} as TriageEvent,
        input: {} as TriageInput,
        output: {} as TriageOutput,
        guards: {} as TriageGuard,
        actions: {} as TriageAction,
      },
      id: flow.id,
      context: ({ input }) => ({
        ...restored(flow, parseAnswers(flow, input.answers ?? START) ?? START, input.screen, input.changing),
        dropped: input.dropped ?? [],
      }),
      initial: 'route',
      on: {
        BACK: { guard: 'hasPrevious', actions: 'goBack', target: '.route' },
        GO_TO: { guard: 'hasReached', actions: 'goTo', target: '.route' },
        CHANGE: { guard: 'hasReached', actions: 'change', target: '.route' },
        RESTORE: { guard: 'restorable', actions: 'restore', target: '.route' },
        RESTART: { actions: 'restart', target: '.route' },
      },
      states: {
        route: {
          always: [...flow.screens.map((screen) => screen.id), REVIEW, ...outcomes.map(([id]) => id)].map((step) => ({
            guard: { type: 'isAt' as const, params: { step } },
            target: step,
          })),
        },
        ...Object.fromEntries(
          flow.screens.map((screen) => [
            screen.id,
            { description: screen.question, on: { ANSWER: { guard: 'answerFits' as const, actions: 'recordAnswer' as const, target: 'route' } } },
          ]),
        ),
        [REVIEW]: { description: 'Check your answers', on: { CONFIRM: { actions: 'conclude', target: 'route' } } },
        ...Object.fromEntries(
          outcomes.map(([id, outcome]) => [
            id,
            { type: 'final' as const, description: outcome.title, tags: [outcome.tier], output: ({ context }: { context: TriageContext }) => context.output! },
          ]),
        ),
      },
      output: ({ event }) => event.output as TriageOutput,
    },
    {
      guards: {
        isAt: ({ context }, params: { step: string }) => context.at === params.step,
        answerFits: ({ context, event }) =>
          event.type === 'ANSWER' && event.screen === context.at && fitsScreen(flow, context.answers, context.at, event.value),
        hasPrevious: ({ context }) => previousStep(flow, context.answers, context.at) !== null,
        hasReached: ({ context, event }) => (event.type === 'GO_TO' || event.type === 'CHANGE') && hasReached(flow, context.answers, event.screen),
        restorable: ({ event }) => event.type === 'RESTORE' && parseAnswers(flow, event.answers) !== null,
      },
      actions: {
        recordAnswer: assign(({ context, event }) => {
          if (event.type !== 'ANSWER') return {};
          // The guard has checked the answer fits: work out, once, what it means and where the check goes.
          const mode = context.changing ? 'change' : 'forward';
          const { answers, step, dropped, again } = answerAndStep(flow, context.answers, context.at, event.value as AnswerValue, mode);
          const pending = Object.entries({ ...context.again, ...again }).filter(([id]) => !Object.hasOwn(answers, id));
          return contextAt(step, answers, context.changing, dropped, Object.fromEntries(pending));
        }),
        goBack: assign(({ context }) => ({ at: previousStep(flow, context.answers, context.at)!, changing: false, dropped: [] })),
        goTo: assign(({ event }) => (event.type === 'GO_TO' ? { at: event.screen, changing: false, dropped: [] } : {})),
        change: assign(({ event }) => (event.type === 'CHANGE' ? { at: event.screen, changing: event.screen !== REVIEW, dropped: [] } : {})),
        conclude: assign(({ context }) => contextAt(conclude(flow, context.answers), context.answers)),
        restore: assign(({ event }) =>
          event.type === 'RESTORE' ? restored(flow, parseAnswers(flow, event.answers)!, event.screen, event.changing) : {},
        ),
        restart: assign(() => contextAt({ screen: first }, START)),
      },
    },
  );
}

/** The screen a snapshot is on, or null on "Check your answers" and once the check has reached an outcome. */
export function currentScreen(snapshot: TriageSnapshot): string | null {
  return snapshot.status === 'done' || snapshot.context.at === REVIEW ? null : snapshot.context.at;
}
