import { assign, setup, type SnapshotFrom } from 'xstate';
import { answerScreen, previousScreen, readAnswers, screenAsks, type Answers, type AnswerValue } from './answers';
import { conditionFacts, conditionFindings } from './condition';
import { decide, stopRules, type Decision } from './decide';
import type { FlowCore } from './flow-core';
import type { Screen } from './flow-schema';

export interface TriageContext {
  readonly answers: Answers;
}

export type TriageEvent =
  | { readonly type: 'ANSWER'; readonly value: AnswerValue }
  | { readonly type: 'BACK' }
  | { readonly type: 'RESTART' };

export interface TriageInput {
  /** Answers to start from, e.g. restored from storage; answers to hidden screens are dropped. */
  readonly answers?: Answers;
}

export type TriageMachine = ReturnType<typeof compileFlow>;
export type TriageSnapshot = SnapshotFrom<TriageMachine>;

/**
 * Compiles a flow into an XState machine: a state per screen, a final state per outcome, and the
 * decisions as named guards with params, so the config reads as data and can be drawn and traversed.
 *
 * On ANSWER from a screen the machine tries, in order: a rule that ends the check (emergency, under 16);
 * the next screen that is shown; the decided outcome. Guards see the answers as they will be after the
 * answer, so "next" and "decided" are judged on what the person has just said. An answer that does not
 * fit the screen matches no guard and changes nothing.
 */
export function compileFlow(flow: FlowCore) {
  // Guards of one transition all need the answers after the same event from the same answers:
  // compute them once for each (answers, event, screen).
  const afterCache = new WeakMap<Answers, WeakMap<TriageEvent, Map<string, Answers | null>>>();
  function answersAfter(context: TriageContext, event: TriageEvent, screen: string): Answers | null {
    if (event.type !== 'ANSWER') return null;
    let byEvent = afterCache.get(context.answers);
    if (!byEvent) afterCache.set(context.answers, (byEvent = new WeakMap()));
    let byScreen = byEvent.get(event);
    if (!byScreen) byEvent.set(event, (byScreen = new Map()));
    if (!byScreen.has(screen)) byScreen.set(screen, answerScreen(flow, context.answers, screen, event.value));
    return byScreen.get(screen)!;
  }
  function factsAfter(context: TriageContext, event: TriageEvent, screen: string) {
    const answers = answersAfter(context, event, screen);
    return answers && readAnswers(flow, answers);
  }
  const decisions = new WeakMap<object, Decision>();
  function decisionAfter(context: TriageContext, event: TriageEvent, screen: string): Decision | null {
    const after = factsAfter(context, event, screen);
    if (!after) return null;
    let decision = decisions.get(after.facts);
    if (!decision) decisions.set(after.facts, (decision = decide(flow, after.facts)));
    return decision;
  }

  const stops = stopRules(flow);
  const outcomeIds = Object.keys(flow.outcomes);

  function answerTransitions(screen: Screen, index: number) {
    const asked = new Set(screenAsks(screen));
    const stopsHere = new Set(
      stops
        .filter((rule) => {
          const reads = [...conditionFindings(rule.when), ...conditionFacts(rule.when)];
          return reads.some((id) => asked.has(id));
        })
        .map((rule) => rule.outcome ?? rule.tier),
    );
    const record = { type: 'recordAnswer' as const, params: { screen: screen.id } };
    return [
      ...[...stopsHere].map((outcome) => ({
        guard: { type: 'stopsAt' as const, params: { screen: screen.id, outcome } },
        target: outcome,
        actions: record,
      })),
      ...flow.screens.slice(index + 1).map((next) => ({
        guard: { type: 'screenShown' as const, params: { screen: screen.id, next: next.id } },
        target: next.id,
        actions: record,
      })),
      ...outcomeIds.map((outcome) => ({
        guard: { type: 'decidedOutcomeIs' as const, params: { screen: screen.id, outcome } },
        target: outcome,
        actions: record,
      })),
    ];
  }

  function backTransitions(index: number, screen: Screen) {
    return flow.screens.slice(0, index).map((previous) => ({
      guard: { type: 'previousScreenIs' as const, params: { screen: screen.id, previous: previous.id } },
      target: previous.id,
    }));
  }

  const screenStates = Object.fromEntries(
    flow.screens.map((screen, index) => [
      screen.id,
      { on: { ANSWER: answerTransitions(screen, index), BACK: backTransitions(index, screen) } },
    ]),
  );
  const outcomeStates = Object.fromEntries(outcomeIds.map((id) => [id, { type: 'final' as const }]));

  return setup({
    types: {
      context: {} as TriageContext,
      events: {} as TriageEvent,
      input: {} as TriageInput,
    },
    guards: {
      stopsAt: ({ context, event }, params: { screen: string; outcome: string }) => {
        const decision = decisionAfter(context, event, params.screen);
        return decision !== null && decision.reasons.some((rule) => stops.includes(rule)) && decision.outcome === params.outcome;
      },
      screenShown: ({ context, event }, params: { screen: string; next: string }) =>
        factsAfter(context, event, params.screen)?.factsBefore.has(params.next) ?? false,
      decidedOutcomeIs: ({ context, event }, params: { screen: string; outcome: string }) =>
        decisionAfter(context, event, params.screen)?.outcome === params.outcome,
      previousScreenIs: ({ context }, params: { screen: string; previous: string }) =>
        previousScreen(flow, context.answers, params.screen) === params.previous,
    },
    actions: {
      recordAnswer: assign({
        answers: ({ context, event }, params: { screen: string }) =>
          answersAfter(context, event, params.screen) ?? context.answers,
      }),
      clearAnswers: assign({ answers: () => ({}) }),
    },
  }).createMachine({
    id: flow.id,
    context: ({ input }) => ({ answers: input.answers ? readAnswers(flow, input.answers).kept : {} }),
    initial: flow.screens[0]!.id,
    on: { RESTART: { target: `.${flow.screens[0]!.id}`, actions: 'clearAnswers' } },
    states: { ...screenStates, ...outcomeStates },
  });
}

/** The screen a snapshot is on, or null when the check has reached an outcome. */
export function currentScreen(snapshot: TriageSnapshot): string | null {
  return snapshot.status === 'done' ? null : String(snapshot.value);
}
