import { parseFlow } from '@/lib/flow/parse-flow';
import { tinyFlow } from '@/lib/testing/tiny-flow';
import { FORM_FIELDS, stepFromForm } from './form-step';
import { createTriageMachine } from './machine';
import { parseProgress, serializeProgress } from './saved-progress';

const flow = parseFlow(tinyFlow());
const machine = createTriageMachine(flow);
const now = Date.UTC(2026, 10, 25, 12);

/** A form as a browser sends it: repeated names for ticked checkboxes. */
function form(fields: [string, string][]) {
  const data = new URLSearchParams(fields);
  return { get: (name: string) => data.get(name), getAll: (name: string) => data.getAll(name) };
}
/** The progress a page the server drew carries: the answers, and the step it shows. */
const progress = (answers: object, step = 'first') => serializeProgress(flow, { answers: answers as never, trail: [step] }, now);
const post = (answers: object, step: string, fields: [string, string][] = []) =>
  stepFromForm(flow, machine, form([[FORM_FIELDS.progress, progress(answers, step)], [FORM_FIELDS.step, step], ...fields]), now);
const answersOf = (p: string) => {
  const loaded = parseProgress(flow, p, now);
  return loaded.status === 'ok' ? loaded.answers : null;
};

describe('a form submitted without JavaScript', () => {
  test('the first form, with no progress yet, answers question 1', () => {
    const next = stepFromForm(flow, machine, form([[FORM_FIELDS.step, 'first'], ['first', 'none']]), now);
    expect(next).toMatchObject({ step: 'age' });
    expect(answersOf(next.progress)).toEqual({ first: [] });
  });

  test('an emergency sign ends the check at once', () => {
    expect(post({}, 'first', [['first', 'red']])).toMatchObject({ step: 'result' });
  });

  test('each answer moves on; the last leads to "Check your answers", and confirming to the result', () => {
    expect(post({ first: [] }, 'age', [['age', '30']]).step).toBe('signs');
    expect(post({ first: [], age: 30 }, 'signs', [['signs', 'mild']]).step).toBe('durationDays');
    const all = { first: [], age: 30, signs: ['mild'], durationDays: 'days' };
    expect(post({ first: [], age: 30, signs: ['mild'] }, 'durationDays', [['durationDays', 'days']]).step).toBe('review');
    expect(post(all, 'review', [['intent', 'confirm']]).step).toBe('result');
  });

  test('a bad answer stays on the question, with the message a person reads, and loses nothing', () => {
    const next = post({ first: [] }, 'age', [['age', 'old']]);
    expect(next).toMatchObject({ step: 'age', error: expect.stringMatching(/whole number/), given: 'old' });
    expect(answersOf(next.progress)).toEqual({ first: [] });
    expect(post({ first: [] }, 'age', [['age', '500']]).error).toMatch(/0 to 120/);
    expect(post({ first: [], age: 30 }, 'signs').error).toBeTruthy();
  });

  test('Back, Change and Check your answers', () => {
    const all = { first: [], age: 30, signs: ['mild'], durationDays: 'days' };
    expect(post({ first: [] }, 'age', [['intent', 'back']]).step).toBe('first');
    expect(post(all, 'review', [['intent', 'change:age']]).step).toBe('age');
    expect(post(all, 'result', [['intent', 'review']]).step).toBe('review');
    expect(post(all, 'result', [['intent', 'change:signs']]).step).toBe('signs');
  });

  test('"Change your answers" on a result an emergency reached early goes to the question that ended the check', () => {
    // Such a check has no "Check your answers": the result again, saying the person was moved, would be a dead end.
    const next = post({ first: ['red'] }, 'result', [['intent', 'review']]);
    expect(next).toMatchObject({ step: 'first' });
    expect(next.notice).toBeUndefined();
    expect(answersOf(next.progress)).toEqual({ first: ['red'] });
  });

  test('"Change your answers" after a change made an emergency goes to the question whose answer made it, and back to Check your answers', () => {
    // Every question answered, then a change on Check your answers ticked an emergency sign on the first.
    const next = post({ first: ['red'], age: 30, signs: ['mild'], durationDays: 'days' }, 'result', [['intent', 'review']]);
    expect(next).toMatchObject({ step: 'first' });
    expect(answersOf(next.progress)).toEqual({ first: ['red'], age: 30, signs: ['mild'], durationDays: 'days' });
    // Undone there, it goes back to Check your answers, not on through every answer again.
    const undone = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, next.progress], [FORM_FIELDS.step, 'first'], ['first', 'none']]), now);
    expect(undone.step).toBe('review');
  });

  test('Change on a result an emergency reached goes to that question, and a new answer goes on from it', () => {
    const next = post({ first: [], age: 30, signs: ['amber'], worse: 'yes' }, 'result', [['intent', 'change:signs']]);
    expect(next).toMatchObject({ step: 'signs' });
    const changed = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, next.progress], [FORM_FIELDS.step, 'signs'], ['signs', 'mild']]), now);
    expect(changed.step).toBe('durationDays');
    expect(post({ first: ['red'] }, 'result', [['intent', 'change:first']]).step).toBe('first');
  });

  test('Change: the question, then one Continue back to "Check your answers"', () => {
    const all = { first: [], age: 30, signs: ['mild'], durationDays: 'days' };
    const changing = post(all, 'review', [['intent', 'change:age']]);
    expect(changing.step).toBe('age');
    const next = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, changing.progress], [FORM_FIELDS.step, 'age'], ['age', '31']]), now);
    expect(next.step).toBe('review');
    expect(answersOf(next.progress)).toMatchObject({ age: 31, signs: ['mild'] });
    // An answer in error keeps the change going.
    const error = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, changing.progress], [FORM_FIELDS.step, 'age'], ['age', 'old']]), now);
    expect(error).toMatchObject({ step: 'age', error: expect.any(String) });
    expect(stepFromForm(flow, machine, form([[FORM_FIELDS.progress, error.progress], [FORM_FIELDS.step, 'age'], ['age', '31']]), now).step).toBe('review');
  });

  test('Back from a question opened by Change goes back to "Check your answers" with the answers as they were, question 1 too', () => {
    const all = { first: [], age: 30, signs: ['mild'], durationDays: 'days' };
    for (const screen of ['first', 'age']) {
      const changing = post(all, 'review', [['intent', `change:${screen}`]]);
      expect(changing.step).toBe(screen);
      const back = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, changing.progress], [FORM_FIELDS.step, screen], ['intent', 'back']]), now);
      expect(back.step).toBe('review');
      expect(answersOf(back.progress)).toEqual(all);
    }
  });

  test('a change that adds an item to a list answered before asks it again, and says why', () => {
    const young = { first: [], age: 30, signs: ['mild'], durationDays: 'days' };
    const changing = post(young, 'review', [['intent', 'change:age']]);
    const next = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, changing.progress], [FORM_FIELDS.step, 'age'], ['age', '45']]), now);
    expect(next).toMatchObject({ step: 'signs', notice: 'asked-again', given: ['mild'] });
    expect(answersOf(next.progress)).toEqual({ first: [], age: 45, durationDays: 'days' });
    // The page before, sent again from the browser's history, asks for the review these answers no longer reach.
    expect(stepFromForm(flow, machine, form([[FORM_FIELDS.progress, next.progress], [FORM_FIELDS.step, 'review'], ['intent', 'confirm']]), now)).toMatchObject({
      step: 'signs',
      notice: 'not-reached',
    });
  });

  test('a change says which answers it removed, as it does with JavaScript', () => {
    const older = { first: [], age: 45, signs: ['mild', 'only_older'], durationDays: 'days' };
    const changing = post(older, 'review', [['intent', 'change:age']]);
    const next = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, changing.progress], [FORM_FIELDS.step, 'age'], ['age', '30']]), now);
    expect(next).toMatchObject({ step: 'review', dropped: ['signs.only_older'] });
    expect(post(older, 'review', [['intent', 'confirm']]).dropped).toBeUndefined();
  });

  test('tampered or expired progress is dropped, with the reason, back at question 1', () => {
    const tampered = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, '{"flow":"tiny"'], [FORM_FIELDS.step, 'age']]), now);
    expect(tampered).toMatchObject({ step: 'first', notice: 'unreadable' });
    const old = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, progress({ first: [] }, 'age')], [FORM_FIELDS.step, 'age'], ['age', '30']]), now + 31 * 60_000);
    expect(old).toMatchObject({ step: 'first', notice: 'expired' });
  });

  test('a progress field that gives a screen twice is dropped as tampered: a red flag is never read as the later, empty answer', () => {
    const twice = progress({ first: [], age: 30, signs: ['mild'], durationDays: 'days' }, 'review').replace('"answers":{', '"answers":{"first":["red"],');
    expect(JSON.parse(twice)).toMatchObject({ answers: { first: [] } });
    const confirmed = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, twice], [FORM_FIELDS.step, 'review'], ['intent', 'confirm']]), now);
    expect(confirmed).toMatchObject({ step: 'first', notice: 'tampered' });
  });

  test('question 1 needs no earlier answers: its emergency sign counts even when the progress beside it is dropped', () => {
    const tampered = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, 'garbage'], [FORM_FIELDS.step, 'first'], ['first', 'red']]), now);
    expect(tampered).toMatchObject({ step: 'result', notice: 'unreadable' });
    const old = stepFromForm(flow, machine, form([[FORM_FIELDS.progress, progress({ first: [], age: 30 }, 'first')], [FORM_FIELDS.step, 'first'], ['first', 'none']]), now + 31 * 60_000);
    expect(old).toMatchObject({ step: 'age', notice: 'expired' });
    expect(parseProgress(flow, old.progress, now + 31 * 60_000)).toMatchObject({ status: 'ok', answers: { first: [] } });
  });

  test('two values for a one-answer question take neither: the question again, with its error', () => {
    const twice = post({ first: [], age: 30, signs: ['amber'] }, 'worse', [['worse', 'no'], ['worse', 'yes']]);
    expect(twice).toMatchObject({ step: 'worse', error: expect.any(String) });
    expect(answersOf(twice.progress)).toEqual({ first: [], age: 30, signs: ['amber'] });
    expect(post({ first: [] }, 'age', [['age', '10'], ['age', '40']])).toMatchObject({ step: 'age', error: expect.any(String) });
  });

  test('a form for a step the answers do not reach shows where they are, and takes nothing from it', () => {
    expect(post({ first: [] }, 'signs', [['signs', 'mild']])).toMatchObject({ step: 'age', notice: 'not-reached' });
  });

  test('a form for a question after an emergency answer (an old page, or edited progress) shows the emergency, with no notice', () => {
    const sent = post({ first: ['red'], age: 30 }, 'age', [['age', '40']]);
    expect(sent).toMatchObject({ step: 'result' });
    expect(sent).not.toHaveProperty('notice');
  });
});

test('a fault inside the machine is thrown, not answered with the same question again', () => {
  const fault = new Error('a guard failed');
  const faulty = machine.provide({
    guards: {
      answerFits: () => {
        throw fault;
      },
    },
  });
  expect(() => stepFromForm(flow, faulty, form([[FORM_FIELDS.step, 'first'], ['first', 'none']]), now)).toThrow(fault.message);
});
