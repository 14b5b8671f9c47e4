import { parseFlow } from '@/lib/flow/parse-flow';
import { tinyFlow } from '@/lib/testing/tiny-flow';
import { createTriageMachine } from './machine';
import { RESULT, resumeActor, sendTo, stepOf } from './resume';

const flow = parseFlow(tinyFlow());
const machine = createTriageMachine(flow);
const all = { first: [], age: 30, signs: ['mild'], durationDays: 'days' };

test('resumes at a step the answers reach, else where they lead', () => {
  expect(stepOf(resumeActor(machine, all, 'age').getSnapshot())).toBe('age');
  expect(stepOf(resumeActor(machine, { first: [] }, 'signs').getSnapshot())).toBe('age');
  expect(stepOf(resumeActor(machine, {}, null).getSnapshot())).toBe('first');
});

test('the result is reached through "Check your answers", and only once every question is answered', () => {
  const done = resumeActor(machine, all, RESULT).getSnapshot();
  expect(stepOf(done)).toBe(RESULT);
  expect(done.output).toMatchObject({ level: 'self_care' });
  expect(stepOf(resumeActor(machine, { first: [] }, RESULT).getSnapshot())).toBe('age');
});

test('an emergency answer is its own result, with nothing to confirm', () => {
  expect(stepOf(resumeActor(machine, { first: ['red'] }, null).getSnapshot())).toBe(RESULT);
});

test('no question after an emergency answer is reached, whatever answers it holds: Back, a reload or saved progress shows the emergency', () => {
  // Changed to an emergency sign from "Check your answers": the later answers stay, but the check ended at it.
  const changed = { ...all, first: ['red'] };
  for (const step of ['age', 'signs', 'durationDays', 'review', null]) {
    expect(stepOf(resumeActor(machine, changed, step).getSnapshot())).toBe(RESULT);
  }
  // The question that holds the sign is still there to change it back.
  expect(stepOf(resumeActor(machine, changed, 'first').getSnapshot())).toBe('first');
});

describe('a fault inside the machine', () => {
  const fault = new Error('a guard failed');
  const throws = () => {
    throw fault;
  };

  test('while resuming is thrown to the caller, not left for XState to throw later', () => {
    expect(() => resumeActor(machine.provide({ guards: { isAt: throws } }), all, 'age')).toThrow(fault.message);
  });

  test('on an event is thrown by sendTo, rather than the actor staying where it was', () => {
    const actor = resumeActor(machine.provide({ guards: { answerFits: throws } }), {}, null);
    expect(() => sendTo(actor, { type: 'ANSWER', screen: 'first', value: [] })).toThrow(fault.message);
  });
});
