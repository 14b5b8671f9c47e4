import { initialTransition, transition } from 'xstate';
import type { AnswerValue } from './answers';
import { compileFlow, currentScreen, type TriageSnapshot } from './compile-flow';
import { tinyFlow } from './fixtures/tiny-flow';
import { parseFlow } from './flow-schema';

const flow = parseFlow(tinyFlow());
const machine = compileFlow(flow);

function start(answers = {}): TriageSnapshot {
  return initialTransition(machine, { answers })[0];
}
function answer(snapshot: TriageSnapshot, ...values: AnswerValue[]): TriageSnapshot {
  return values.reduce((s, value) => transition(machine, s, { type: 'ANSWER', value })[0], snapshot);
}
const back = (snapshot: TriageSnapshot) => transition(machine, snapshot, { type: 'BACK' })[0];

describe('the compiled machine', () => {
  test('has a state per screen and a final state per outcome', () => {
    expect(Object.keys(machine.root.states).sort()).toEqual(
      ['first', 'age', 'signs', 'worse', 'durationDays', 'emergency', 'urgent', 'routine', 'child', 'self_care'].sort(),
    );
    for (const outcome of Object.keys(flow.outcomes)) expect(machine.root.states[outcome]!.type).toBe('final');
  });

  test('names its guards and actions, so the config reads as data', () => {
    const guards = new Set<string>();
    for (const state of Object.values(machine.root.states)) {
      for (const transitions of state.transitions.values()) {
        for (const t of transitions) if (t.guard) guards.add((t.guard as { type: string }).type);
      }
    }
    expect([...guards].sort()).toEqual(['decidedOutcomeIs', 'previousScreenIs', 'screenShown', 'stopsAt']);
  });
});

describe('answering', () => {
  test('moves to the next screen that is shown, skipping a follow-up that does not apply', () => {
    const s = answer(start(), [], 30, ['mild']);
    expect(currentScreen(s)).toBe('durationDays');
  });

  test('asks the follow-up when its condition holds', () => {
    expect(currentScreen(answer(start(), [], 30, ['amber']))).toBe('worse');
  });

  test('ends the check on the screen where an emergency sign is answered', () => {
    const s = answer(start(), ['red']);
    expect(s.status).toBe('done');
    expect(s.value).toBe('emergency');
  });

  test('ends the check as soon as a combination rule completes', () => {
    const s = answer(start(), [], 30, ['amber'], 'yes');
    expect(s.value).toBe('emergency');
  });

  test('ends the check at its own outcome when a rule that ends it fires (out of scope)', () => {
    const s = answer(start(), [], 12);
    expect(s.status).toBe('done');
    expect(s.value).toBe('child');
  });

  test('decides lower tiers at the end, by the most urgent rule that fired', () => {
    expect(answer(start(), [], 30, ['amber'], 'no', 3).value).toBe('urgent');
    expect(answer(start(), [], 30, [], 50).value).toBe('routine');
    expect(answer(start(), [], 30, ['mild'], 3).value).toBe('self_care');
  });

  test.each<[string, AnswerValue[], unknown]>([
    ['a number out of range', [[]], 121],
    ['a number that is not whole', [[]], 30.5],
    ['a string for a number', [[]], '30'],
    ['a finding that is not on the screen', [], ['amber']],
    ['the same finding twice', [[], 30], ['mild', 'mild']],
    ['an item hidden from this person', [[], 30], ['only_older']],
    ['a non-array for a checklist', [], 'red'],
  ])('ignores an answer that does not fit the screen: %s', (_, before, value) => {
    const s = answer(start(), ...before);
    const after = transition(machine, s, { type: 'ANSWER', value: value as AnswerValue })[0];
    expect(after.value).toBe(s.value);
    expect(after.context).toEqual(s.context);
  });
});

describe('going back', () => {
  test('returns to the previous shown screen and keeps later answers', () => {
    const s = back(back(answer(start(), [], 30, ['mild'])));
    expect(currentScreen(s)).toBe('age');
    expect(s.context.answers).toEqual({ first: [], age: 30, signs: ['mild'] });
  });

  test('skips screens that were not shown', () => {
    expect(currentScreen(back(answer(start(), [], 30, ['mild'])))).toBe('signs');
  });

  test('does nothing on the first screen', () => {
    expect(currentScreen(back(start()))).toBe('first');
  });

  test('a changed answer that hides a screen drops that screen’s answer', () => {
    let s = answer(start(), [], 30, ['amber'], 'no');
    s = back(back(s));
    expect(currentScreen(s)).toBe('signs');
    expect(s.context.answers).toEqual({ first: [], age: 30, signs: ['amber'], worse: 'no' });
    s = answer(s, ['mild']);
    expect(currentScreen(s)).toBe('durationDays');
    expect(s.context.answers).toEqual({ first: [], age: 30, signs: ['mild'] });
  });

  test('a changed answer that hides a checklist item drops only that tick', () => {
    let s = answer(start(), [], 45, ['mild', 'only_older']);
    s = answer(back(back(s)), 30);
    expect(s.context.answers.signs).toEqual(['mild']);
  });
});

test('one event object sent from two states is judged on each state’s own answers', () => {
  const event = { type: 'ANSWER', value: ['only_older'] } as const;
  const older = answer(start(), [], 45);
  const younger = answer(start(), [], 30);
  expect(currentScreen(transition(machine, older, event)[0])).toBe('durationDays');
  expect(currentScreen(transition(machine, younger, event)[0])).toBe('signs');
});

test('RESTART clears every answer and returns to the first screen', () => {
  const s = transition(machine, answer(start(), [], 30), { type: 'RESTART' })[0];
  expect(currentScreen(s)).toBe('first');
  expect(s.context.answers).toEqual({});
});

test('answers given as input are read the way the person met the screens', () => {
  const s = start({ first: [], age: 30, signs: ['mild'], worse: 'yes', nonsense: 1 });
  expect(s.context.answers).toEqual({ first: [], age: 30, signs: ['mild'] });
});
