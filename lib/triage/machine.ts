import { assign, setup, type SnapshotFrom } from 'xstate';
import type { FlowCore } from '../flow/flow-core';
import type { AnswerValue } from '../screens';
import { fitsScreen, parseAnswers, type Answers } from './answers';
import { answerAndStep, hasReached, locate, previousScreen, type Step } from './next-step';
import type { TriageOutput } from './result';

export interface TriageContext {
  /** The answers that count, keyed by screen id. */
  readonly answers: Answers;
  /** Where the machine is going, or is: a screen id, or an outcome id once the check has ended. */
  readonly at: string;
  /** What the check ends with, once it has. */
  readonly output: TriageOutput | null;
}

export type TriageEvent =
  /** An answer to the screen on show: taken only if it fits the screen as this person sees it. */
  | { readonly type: 'ANSWER'; readonly value: unknown }
  /** Back to the screen shown before this one. */
  | { readonly type: 'BACK' }
  /** To a screen the answers have reached, to see or change its answer. */
  | { readonly type: 'GO_TO'; readonly screen: string }
  /** Answers kept from an earlier visit (untrusted), and the screen to resume at if it has been reached. */
  | { readonly type: 'RESTORE'; readonly answers: unknown; readonly screen?: string }
  | { readonly type: 'RESTART' };

export interface TriageInput {
  /** Answers to start from, e.g. kept from before a result; checked as RESTORE checks them. */
  readonly answers?: unknown;
  readonly screen?: string;
}

export type TriageMachine = ReturnType<typeof createTriageMachine>;
export type TriageSnapshot = SnapshotFrom<TriageMachine>;

const START: Answers = {};

function contextAt(step: Step, answers: Answers): TriageContext {
  return 'screen' in step ? { answers, at: step.screen, output: null } : { answers, at: step.outcome, output: step.output };
}

/** Where restored answers lead: the screen asked for if the answers reach it, else where they lead. */
function restored(flow: FlowCore, answers: Answers, screen: string | undefined): TriageContext {
  return screen !== undefined && hasReached(flow, answers, screen) ? contextAt({ screen }, answers) : contextAt(locate(flow, answers), answers);
}

/**
 * A flow as an XState machine: a state per screen, a final state per outcome, and a `route` state in
 * between. Every event works out where the check goes once, with the pure functions of ./next-step, and
 * stores it (`assign`); `route` then sends the machine there. Guards read only the current context.
 * Each screen state is described by its question and each outcome by its title, and tagged with its
 * tier, so the chart reads in a visualiser; an outcome's `output` is what the check ends with.
 */
export function createTriageMachine(flow: FlowCore) {
  const first = flow.screens[0]!.id;
  const outcomes = Object.entries(flow.outcomes);

  return setup({
    types: {
      context: {} as TriageContext,
      events: {} as TriageEvent,
      input: {} as TriageInput,
      output: {} as TriageOutput,
    },
    guards: {
      isAt: ({ context }, params: { step: string }) => context.at === params.step,
      answerFits: ({ context, event }) => event.type === 'ANSWER' && fitsScreen(flow, context.answers, context.at, event.value),
      hasPrevious: ({ context }) => previousScreen(flow, context.answers, context.at) !== null,
      hasReached: ({ context, event }) => event.type === 'GO_TO' && hasReached(flow, context.answers, event.screen),
      restorable: ({ event }) => event.type === 'RESTORE' && parseAnswers(flow, event.answers) !== null,
    },
    actions: {
      recordAnswer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        // The guard has checked the answer fits: work out, once, what it means and where the check goes.
        const { answers, step } = answerAndStep(flow, context.answers, context.at, event.value as AnswerValue);
        return contextAt(step, answers);
      }),
      goBack: assign(({ context }) => ({ at: previousScreen(flow, context.answers, context.at)! })),
      goTo: assign(({ event }) => (event.type === 'GO_TO' ? { at: event.screen } : {})),
      restore: assign(({ event }) =>
        event.type === 'RESTORE' ? restored(flow, parseAnswers(flow, event.answers)!, event.screen) : {},
      ),
      restart: assign(() => contextAt({ screen: first }, START)),
    },
  }).createMachine({
    id: flow.id,
    context: ({ input }) => restored(flow, parseAnswers(flow, input.answers ?? START) ?? START, input.screen),
    initial: 'route',
    on: {
      ANSWER: { guard: 'answerFits', actions: 'recordAnswer', target: '.route' },
      BACK: { guard: 'hasPrevious', actions: 'goBack', target: '.route' },
      GO_TO: { guard: 'hasReached', actions: 'goTo', target: '.route' },
      RESTORE: { guard: 'restorable', actions: 'restore', target: '.route' },
      RESTART: { actions: 'restart', target: '.route' },
    },
    states: {
      route: {
        always: [...flow.screens.map((screen) => screen.id), ...outcomes.map(([id]) => id)].map((step) => ({
          guard: { type: 'isAt' as const, params: { step } },
          target: step,
        })),
      },
      ...Object.fromEntries(flow.screens.map((screen) => [screen.id, { description: screen.question }])),
      ...Object.fromEntries(
        outcomes.map(([id, outcome]) => [
          id,
          { type: 'final' as const, description: outcome.title, tags: [outcome.tier], output: ({ context }: { context: TriageContext }) => context.output! },
        ]),
      ),
    },
    output: ({ event }) => event.output as TriageOutput,
  });
}

/** The screen a snapshot is on, or null once the check has reached an outcome. */
export function currentScreen(snapshot: TriageSnapshot): string | null {
  return snapshot.status === 'done' ? null : snapshot.context.at;
}
