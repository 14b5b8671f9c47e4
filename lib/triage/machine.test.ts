import { createActor } from 'xstate';
import { parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import type { Answers } from './answers';
import { createTriageMachine, currentScreen, type TriageEvent } from './machine';

const flow = parseFlow(tinyFlow());
const machine = createTriageMachine(flow);

/** A running check, as the wizard drives one: events in, the screen or the output out. */
function check(input: { answers?: unknown; screen?: string } = {}) {
  const actor = createActor(machine, { input });
  // A fault inside the machine fails the test that met it, not the test run later, from a timer.
  actor.subscribe({ error: () => {} });
  actor.start();
  const current = () => {
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'error') throw snapshot.error;
    return snapshot;
  };
  const api = {
    send: (event: TriageEvent) => (actor.send(event), api),
    answer: (...values: unknown[]) => (values.forEach((value) => actor.send({ type: 'ANSWER', screen: actor.getSnapshot().context.at, value })), api),
    back: () => api.send({ type: 'BACK' }),
    confirm: () => api.send({ type: 'CONFIRM' }),
    get at() {
      return actor.getSnapshot().context.at;
    },
    get dropped() {
      return actor.getSnapshot().context.dropped;
    },
    get again() {
      return actor.getSnapshot().context.again;
    },
    get screen() {
      return currentScreen(current());
    },
    get answers(): Answers {
      return current().context.answers;
    },
    get output() {
      return current().output;
    },
    get tier() {
      return current().output?.level;
    },
  };
  return api;
}

describe('answering', () => {
  test('moves to the next screen that is shown, skipping a follow-up that does not apply', () => {
    expect(check().answer([], 30, ['mild']).screen).toBe('durationDays');
  });

  test('asks the follow-up when its condition holds', () => {
    expect(check().answer([], 30, ['amber']).screen).toBe('worse');
  });

  test('ends the check on the screen where an emergency sign is answered, with the rule that decided it', () => {
    const c = check().answer(['red']);
    expect(c.screen).toBeNull();
    expect(c.output).toMatchObject({ level: 'emergency', outcome: 'emergency', path: ['first'] });
    expect(c.output!.reasons.map((r) => r.rule)).toEqual(['red_sign']);
  });

  test('ends the check as soon as a combination rule completes', () => {
    expect(check().answer([], 30, ['amber'], 'yes').tier).toBe('emergency');
  });

  test('"I’m not sure" counts as yes, the safer answer', () => {
    expect(check().answer([], 30, ['amber'], 'not_sure').tier).toBe('emergency');
  });

  test('a child is asked only what applies to children, then reaches their own outcome', () => {
    const c = check().answer([], 12);
    expect(c.at).toBe('review');
    expect(c.confirm().output).toMatchObject({ level: 'routine', outcome: 'child', path: ['first', 'age'] });
  });

  test('after the last question, "Check your answers"; the outcome once they are confirmed', () => {
    const c = check().answer([], 30, ['amber'], 'no', 'days');
    expect([c.at, c.screen, c.tier]).toEqual(['review', null, undefined]);
    expect(c.confirm().tier).toBe('urgent');
  });

  test('decides lower tiers at the end, by the most urgent rule that fired', () => {
    expect(check().answer([], 30, ['amber'], 'no', 'days').confirm().tier).toBe('urgent');
    expect(check().answer([], 30, [], 'weeks').confirm().tier).toBe('routine');
    const home = check().answer([], 30, ['mild'], 'days').confirm().output!;
    expect(home).toMatchObject({ level: 'self_care', extraAdvice: ['mild_tip'], path: ['first', 'age', 'signs', 'durationDays'] });
    expect(home.causes).toEqual([{ id: 'strain', name: 'Strain', description: 'A strain.', findings: ['mild'] }]);
  });

  test.each<[string, unknown[], unknown]>([
    ['a number out of range', [[]], 121],
    ['a range that is not an option', [[], 30, ['mild']], 3],
    ['a number that is not whole', [[]], 30.5],
    ['a string for a number', [[]], '30'],
    ['a finding that is not on the screen', [], ['amber']],
    ['the same finding twice', [[], 30], ['mild', 'mild']],
    ['an item hidden from this person', [[], 30], ['only_older']],
    ['a non-array for a checklist', [], 'red'],
    ['nothing at all', [], undefined],
  ])('turns down an answer that does not fit the screen: %s', (_, before, value) => {
    const c = check().answer(...before);
    const [screen, answers] = [c.screen, c.answers];
    c.answer(value);
    expect(c.screen).toBe(screen);
    expect(c.answers).toEqual(answers);
  });
});

describe('going back', () => {
  test('returns to the previous shown screen and keeps later answers', () => {
    const c = check().answer([], 30, ['mild']).back().back();
    expect(c.screen).toBe('age');
    expect(c.answers).toEqual({ first: [], age: 30, signs: ['mild'] });
  });

  test('skips screens that were not shown', () => {
    expect(check().answer([], 30, ['mild']).back().screen).toBe('signs');
  });

  test('does nothing on the first screen', () => {
    expect(check().back().screen).toBe('first');
  });

  test('steps forward through answers already given', () => {
    expect(check().answer([], 30, ['mild']).back().back().answer(30).screen).toBe('signs');
  });

  test('a changed answer that hides a screen drops that screen’s answer', () => {
    const c = check().answer([], 30, ['amber'], 'no').back().back();
    expect(c.screen).toBe('signs');
    expect(c.answers).toEqual({ first: [], age: 30, signs: ['amber'], worse: 'no' });
    c.answer(['mild']);
    expect(c.screen).toBe('durationDays');
    expect(c.answers).toEqual({ first: [], age: 30, signs: ['mild'] });
  });

  test('a changed answer that hides a checklist item drops only that tick', () => {
    const c = check().answer([], 45, ['mild', 'only_older']).back().back().answer(30);
    expect(c.answers.signs).toEqual(['mild']);
  });
});

describe('going to a screen', () => {
  test('goes to a screen the answers have reached, keeping every answer', () => {
    const c = check().answer([], 30, ['mild']).send({ type: 'GO_TO', screen: 'age' });
    expect(c.screen).toBe('age');
    expect(c.answers).toEqual({ first: [], age: 30, signs: ['mild'] });
  });

  test('does not go past the first unanswered screen, nor to a screen that is not shown', () => {
    expect(check().answer([]).send({ type: 'GO_TO', screen: 'durationDays' }).screen).toBe('age');
    expect(check().answer([], 30, ['mild']).send({ type: 'GO_TO', screen: 'worse' }).screen).toBe('durationDays');
  });
});

describe('restoring answers kept from before', () => {
  const kept = { first: [], age: 30, signs: ['mild'] };

  test('resumes at the first unanswered screen, or at a reached screen asked for', () => {
    expect(check().send({ type: 'RESTORE', answers: kept }).screen).toBe('durationDays');
    expect(check().send({ type: 'RESTORE', answers: kept, screen: 'age' }).screen).toBe('age');
    expect(check({ answers: kept, screen: 'age' }).screen).toBe('age');
  });

  test('a screen not reached resumes where the answers lead instead', () => {
    expect(check().send({ type: 'RESTORE', answers: { first: [] }, screen: 'durationDays' }).screen).toBe('age');
  });

  test('answers to every question restore "Check your answers"; an emergency restores the outcome', () => {
    expect(check().send({ type: 'RESTORE', answers: { ...kept, durationDays: 'days' } }).at).toBe('review');
    expect(check().send({ type: 'RESTORE', answers: { first: [], age: 12 } }).at).toBe('review');
    expect(check().send({ type: 'RESTORE', answers: { first: ['red'] } }).tier).toBe('emergency');
  });

  test('"review" is a step to restore only once every question is answered', () => {
    expect(check().send({ type: 'RESTORE', answers: kept, screen: 'review' }).screen).toBe('durationDays');
  });

  test.each<[string, unknown]>([
    ['not an object', 'first'],
    ['an unknown screen', { ...kept, knee: 'yes' }],
    ['a value that does not fit', { ...kept, age: 'thirty' }],
    ['an answer to a screen not shown', { ...kept, worse: 'yes' }],
    ['a tick the person could not have seen', { first: [], age: 30, signs: ['only_older'] }],
  ])('turns down answers that could not have been given: %s', (_, answers) => {
    const c = check().answer([]);
    c.send({ type: 'RESTORE', answers });
    expect(c.screen).toBe('age');
    expect(c.answers).toEqual({ first: [] });
  });
});

describe('changing an answer from "Check your answers"', () => {
  const all = { first: [], age: 45, signs: ['mild', 'only_older'], durationDays: 'days' };

  test('returns to "Check your answers" after one answer', () => {
    const c = check({ answers: all }).send({ type: 'CHANGE', screen: 'age' });
    expect(c.screen).toBe('age');
    expect(c.answer(50).at).toBe('review');
  });

  test('asks a follow-up only when the changed answer makes it necessary, then returns', () => {
    const c = check({ answers: all }).send({ type: 'CHANGE', screen: 'signs' }).answer(['amber']);
    expect(c.screen).toBe('worse');
    expect(c.answer('no').at).toBe('review');
  });

  test('says which answers a change removed', () => {
    const c = check({ answers: all }).send({ type: 'CHANGE', screen: 'age' }).answer(30);
    expect(c.at).toBe('review');
    expect(c.dropped).toEqual(['signs.only_older']);
    expect(c.answers.signs).toEqual(['mild']);
    const child = check({ answers: all }).send({ type: 'CHANGE', screen: 'age' }).answer(12);
    expect(child.dropped).toEqual(['signs', 'durationDays']);
  });

  test('a change that adds an item to a list answered before asks that list again, its ticks ready to fill in', () => {
    const young = { first: [], age: 30, signs: ['mild'], durationDays: 'days' };
    const c = check({ answers: young, screen: 'review' }).send({ type: 'CHANGE', screen: 'age' }).answer(45);
    expect(c.screen).toBe('signs');
    expect(c.answers).toEqual({ first: [], age: 45, durationDays: 'days' });
    expect(c.dropped).toEqual([]);
    expect(c.again).toEqual({ signs: ['mild'] });
    // Its answer is gone, so no way round it reaches "Check your answers": a reload, Back, the browser's history.
    expect(check({ answers: c.answers, screen: 'review' }).screen).toBe('signs');
    expect(c.back().answer(45).screen).toBe('signs');
    expect(c.again).toEqual({ signs: ['mild'] });
    c.answer(['mild', 'only_older']).answer('days');
    expect([c.at, c.again]).toEqual(['review', {}]);
  });

  test('a change that hides an item, or leaves the items as they were, keeps the list answered', () => {
    const older = { first: [], age: 45, signs: ['mild'], durationDays: 'days' };
    expect(check({ answers: older, screen: 'review' }).send({ type: 'CHANGE', screen: 'age' }).answer(30).at).toBe('review');
    expect(check({ answers: older, screen: 'review' }).send({ type: 'CHANGE', screen: 'age' }).answer(50).at).toBe('review');
  });

  test('an emergency found by a change goes straight to the outcome', () => {
    expect(check({ answers: all }).send({ type: 'CHANGE', screen: 'first' }).answer(['red']).tier).toBe('emergency');
  });

  test('Back from "Check your answers" goes to the last question', () => {
    expect(check({ answers: all }).back().screen).toBe('durationDays');
  });
});

test('RESTART clears every answer and returns to the first screen', () => {
  const c = check().answer([], 30).send({ type: 'RESTART' });
  expect(c.screen).toBe('first');
  expect(c.answers).toEqual({});
});

test('one event object sent from two states is judged on each state’s own answers', () => {
  const event = { type: 'ANSWER', screen: 'signs', value: ['only_older'] } as const;
  expect(check().answer([], 45).send(event).screen).toBe('durationDays');
  expect(check().answer([], 30).send(event).screen).toBe('signs');
});

test('an answer meant for another screen (a second tap of Continue) is not taken as this one’s', () => {
  // 30 would fit "age", the screen on show, but it was sent for "first", and sent again.
  const c = check().answer([]).send({ type: 'ANSWER', screen: 'first', value: 30 });
  expect(c.screen).toBe('age');
  expect(c.answers).toEqual({ first: [] });
  expect(c.send({ type: 'ANSWER', screen: 'signs', value: 30 }).screen).toBe('age');
  expect(c.send({ type: 'ANSWER', screen: 'age', value: 30 }).screen).toBe('signs');
});

test('the chart reads as the flow: each screen described by its question, each outcome tagged with its tier', () => {
  for (const screen of flow.screens) expect(machine.getStateNodeById(`${flow.id}.${screen.id}`).description).toBe(screen.question);
  for (const [id, outcome] of Object.entries(flow.outcomes)) {
    const node = machine.getStateNodeById(`${flow.id}.${id}`);
    expect(node.type).toBe('final');
    expect([...node.tags]).toEqual([outcome.tier]);
  }
});
