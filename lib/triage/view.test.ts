import { createActor } from 'xstate';
import type { Flow } from '../flow/flow-schema';
import { parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import type { Answers } from './answers';
import { describeAnswers } from './describe-answers';
import { createTriageMachine, type TriageInput } from './machine';
import { describeResult } from './result-view';
import { selectView } from './view';

/* What the wizard shows for a state of the machine: the one function its pages render. */
const flow = parseFlow(tinyFlow());

/** The machine's state for this input; a fault inside it fails the test here, not the run later, from a timer. */
function snapshotOf(on: Flow, input: TriageInput) {
  const actor = createActor(createTriageMachine(on), { input });
  actor.subscribe({ error: () => {} });
  actor.start();
  const snapshot = actor.getSnapshot();
  if (snapshot.status === 'error') throw snapshot.error;
  return snapshot;
}

/** The view, and on a result what it says for this person, as the result screen draws it. */
const view = (answers: Answers, screen?: string) => {
  const snapshot = snapshotOf(flow, { answers, screen });
  const v = selectView(flow, snapshot);
  return v.kind === 'result' ? describeResult(flow, v.output, snapshot.context.answers) : v;
};

describe('a question', () => {
  test('is the screen as the person is shown it, with the place Back goes to', () => {
    const v = view({ first: [], age: 30 });
    expect(v).toMatchObject({ kind: 'question', answer: undefined, back: 'age' });
    expect(v.kind === 'question' && v.screen.kind === 'checklist' && v.screen.items.map((i) => i.finding)).toEqual(['amber', 'mild']);
  });

  test('has no Back on the first screen', () => {
    expect(view({})).toMatchObject({ kind: 'question', back: null, progress: { number: 1 } });
  });

  test('shows the answer already given when the person comes back to a screen', () => {
    expect(view({ first: [], age: 30, signs: ['mild'] }, 'age')).toMatchObject({ answer: 30, back: 'first' });
  });

  test('says why each item of a checklist is asked, and why a question about one finding is', () => {
    expect(view({ first: [], age: 30 })).toMatchObject({
      why: { text: undefined, items: [{ label: 'An amber sign', why: 'Amber matters.' }, { label: 'A mild sign', why: 'Mild is common.' }] },
    });
    expect(view({ first: [], age: 30, signs: ['amber'] })).toMatchObject({ why: { text: 'Worse matters.', items: [] } });
  });

  test('a screen’s own reason comes before its finding’s', () => {
    const input = tinyFlow() as { screens: { id: string; why?: string }[] };
    input.screens.find((s) => s.id === 'worse')!.why = 'Our own reason.';
    const own = parseFlow(input);
    expect(selectView(own, snapshotOf(own, { answers: { first: [], age: 30, signs: ['amber'] } }))).toMatchObject({ why: { text: 'Our own reason.' } });
  });

  test('counts the questions: this one’s place, and about how many there will be if the rest are answered the quickest way', () => {
    expect(view({})).toMatchObject({ progress: { number: 1, total: 4 } });
    expect(view({ first: [] })).toMatchObject({ progress: { number: 2, total: 4 } });
    // The follow-up after amber makes one more.
    expect(view({ first: [], age: 30, signs: ['amber'] })).toMatchObject({ progress: { number: 4, total: 5 } });
    // Answers already given count as they are: a child's check ends after their age.
    expect(view({ first: [], age: 12 }, 'age')).toMatchObject({ progress: { number: 2, total: 2 } });
    // But not an answer that ends the check at once: back on its question, the person may be undoing it.
    expect(view({ first: ['red'] }, 'first')).toMatchObject({ progress: { number: 1, total: 4 } });
  });
});

describe('a result', () => {
  test('is the machine’s output, the extra advice that applies in words, and the answers in words', () => {
    // Every question answered is "Check your answers"; confirmed, it is the result.
    expect(view({ first: [], age: 30, signs: ['mild'], durationDays: 'days' })).toMatchObject({ kind: 'review' });
    const v = view({ first: [], age: 30, signs: ['mild'], durationDays: 'days' }, 'result');
    expect(v).toMatchObject({ kind: 'result', output: { level: 'self_care', outcome: 'self_care' }, advice: [{ id: 'mild_tip', text: 'A tip.' }] });
    expect(v.kind === 'result' && v.answers).toEqual([
      { screen: 'first', label: 'Emergency signs', question: 'Do you have any of these?', answer: ['None of these'] },
      { screen: 'age', label: 'Age', question: 'How old are you?', answer: ['30 years'] },
      { screen: 'signs', label: 'Signs', question: 'Any of these?', answer: ['A mild sign'] },
      { screen: 'durationDays', label: 'How long', question: 'How long?', answer: ['Days'] },
    ]);
  });

  test('marks the reasons that hold only because an “I’m not sure” was counted as yes', () => {
    const answers = { first: [], age: 30, signs: ['amber'], worse: 'not_sure' };
    // Amber and "worse" (not sure) is an emergency; amber alone is urgent, which no doubt touches.
    expect(view(answers, 'result')).toMatchObject({ output: { outcome: 'emergency', reasons: [{ rule: 'amber_worse' }] }, unsure: ['amber_worse'] });
    expect(view({ ...answers, worse: 'yes' }, 'result')).toMatchObject({ output: { outcome: 'emergency' }, unsure: [] });
    expect(view({ ...answers, worse: 'no', durationDays: 'days' }, 'result')).toMatchObject({ output: { outcome: 'urgent' }, unsure: [] });
  });

  test('has no extra advice when none applies', () => {
    expect(view({ first: [], age: 30, signs: [], durationDays: 'weeks' }, 'result')).toMatchObject({ kind: 'result', advice: [] });
  });

  test('sent for help, the advice is the advice for that, never the self-care plan’s', () => {
    const urgent = { first: [], age: 30, signs: ['amber', 'mild'], worse: 'no', durationDays: 'days' };
    expect(view(urgent, 'result')).toMatchObject({ output: { outcome: 'urgent' }, advice: [{ id: 'amber_note', text: 'Amber advice.' }] });
    expect(view({ first: [], age: 30, signs: ['mild'], durationDays: 'weeks' }, 'result')).toMatchObject({ output: { outcome: 'routine' }, advice: [] });
    // Not on an outcome that says more itself.
    expect(view({ ...urgent, worse: 'yes' }, 'result')).toMatchObject({ output: { outcome: 'emergency' }, advice: [] });
  });

  test('offers what a professional may do only to the people it is for', () => {
    expect(view({ first: [], age: 30, signs: ['mild'], durationDays: 'weeks' }, 'result')).toMatchObject({ output: { outcome: 'routine' }, planApplies: true });
    expect(view({ first: [], age: 12 }, 'result')).toMatchObject({ output: { outcome: 'child' }, planApplies: false });
    // The self-care plan is for everyone who reaches it.
    expect(view({ first: [], age: 30, signs: [], durationDays: 'days' }, 'result')).toMatchObject({ output: { outcome: 'self_care' }, planApplies: true });
  });
});

test('the answers in words leave out screens no longer shown and stop at the first unanswered one', () => {
  expect(describeAnswers(flow, { first: [], age: 12, signs: ['mild'] }).map((line) => line.screen)).toEqual(['first', 'age']);
  expect(describeAnswers(flow, { first: ['red'], signs: ['mild'] }).map((line) => [line.screen, line.answer])).toEqual([['first', ['A red sign']]]);
});
