import { NO_FACTS, withValue, type Facts } from '../flow/facts';
import { FlowError, parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import { toolsOf, kindOf, NONE, readAnswer, shownScreen, type ChecklistScreen, type Patient, type Screen } from '.';

/*
 * Each kind of screen as the wizard, the runner and the path explorer meet it: the form a person fills in
 * (what the browser sends, the answer or the messages they read), the answer in words, and how a
 * patient or the explorer answers it. The tiny flow has a checklist, a number, a yes/no and a range; a
 * choice screen is added for its sex fact.
 */
const flow = parseFlow(tinyFlow());
const screen = (id: string, from: { screens: readonly Screen[] } = flow) => from.screens.find((s) => s.id === id)!;
const adult: Facts = withValue(NO_FACTS, 'age', 30);

/** What the form of the screen as shown gives for what a browser sends: the answer, or the messages. */
function submit(shown: Screen, sent: unknown, on = flow): { answer: unknown } | { errors: string[] } {
  const read = readAnswer(shown, sent, on);
  return 'answer' in read ? { answer: read.answer } : { errors: [read.error] };
}

const patient = (fields: Partial<Patient>): Patient => ({ findings: [], ...fields });

describe('a checklist', () => {
  const signs = shownScreen(screen('signs'), adult) as ChecklistScreen;
  const kind = kindOf(signs);
  const tools = toolsOf(signs);

  test('is shown with only the items whose condition holds for the person', () => {
    expect(tools.asks(screen('signs'))).toEqual(['amber', 'mild', 'only_older']);
    expect(signs.items.map((i) => i.finding)).toEqual(['amber', 'mild']);
    const older = shownScreen(screen('signs'), withValue(NO_FACTS, 'age', 40));
    expect(older.kind === 'checklist' && older.items.map((i) => i.finding)).toEqual(['amber', 'mild', 'only_older']);
  });

  test('takes the ticked items, one or several, and "None of these" as no findings', () => {
    expect(submit(signs, ['amber', 'mild'])).toEqual({ answer: ['amber', 'mild'] });
    expect(submit(signs, 'amber')).toEqual({ answer: ['amber'] });
    expect(submit(signs, [NONE])).toEqual({ answer: [] });
    expect(submit(signs, NONE)).toEqual({ answer: [] });
  });

  test('tells the person what is wrong: nothing ticked, "None" with others, an item not shown', () => {
    const empty = 'Select all that apply to you, or select ‘None of these’';
    expect(submit(signs, undefined)).toEqual({ errors: [empty] });
    expect(submit(signs, [])).toEqual({ errors: [empty] });
    expect(submit(signs, 7)).toEqual({ errors: [empty] });
    expect(submit(signs, [NONE, 'amber'])).toEqual({ errors: ['Select ‘None of these’ on its own, or untick it if any of the others apply to you or you are not sure'] });
    expect(submit(signs, ['only_older'])).toEqual({ errors: ['Select from the options shown'] });
  });

  test('accepts each shown item at most once, and only lists of ids', () => {
    expect(kind.accepts(signs, ['mild', 'amber'], flow)).toBe(true);
    expect(kind.accepts(signs, [], flow)).toBe(true);
    expect(kind.accepts(signs, ['mild', 'mild'], flow)).toBe(false);
    expect(kind.accepts(signs, ['only_older'], flow)).toBe(false);
    expect(kind.accepts(signs, 'mild', flow)).toBe(false);
    expect(kind.accepts(signs, [1], flow)).toBe(false);
  });

  test('holds its answer in the form, in words, and as the quickest answer', () => {
    expect(kind.formValue(signs, undefined)).toEqual([]);
    expect(kind.formValue(signs, [])).toEqual([NONE]);
    expect(kind.formValue(signs, ['mild'])).toEqual(['mild']);
    expect(kind.describe(signs, ['amber', 'mild'], flow)).toEqual(['An amber sign', 'A mild sign']);
    expect(kind.describe(signs, [], flow)).toEqual(['None of these']);
    expect(kind.quickest(signs, flow)).toEqual([]);
    expect(kind.firstControl(signs)).toBe('signs--amber');
    expect(kind.firstControl({ ...signs, items: [] })).toBe('signs--none');
  });

  test('a patient ticks the shown items they have, in the screen’s order', () => {
    expect(tools.patientAnswer(signs, patient({ findings: ['mild', 'red', 'amber', 'only_older'] }))).toEqual(['amber', 'mild']);
    expect(kind.apply(NO_FACTS, signs, ['amber'], flow).findings).toEqual(new Set(['amber']));
  });

  test('the explorer tries every subset of the items shown', () => {
    expect(tools.probes(signs, { flow, conditions: [] })).toEqual([[], ['amber'], ['mild'], ['amber', 'mild']]);
  });
});

describe('a number', () => {
  const age = screen('age');
  const kind = kindOf(age);
  const tools = toolsOf(age);

  test('takes a whole number typed as text, within the fact’s range', () => {
    expect(submit(age, '34')).toEqual({ answer: 34 });
    expect(submit(age, ' 0 ')).toEqual({ answer: 0 });
    expect(submit(age, '120')).toEqual({ answer: 120 });
  });

  test('takes the number with the fact’s unit after it, as the box shows it, or the unit shortened', () => {
    for (const typed of ['35 years', '35 Years', '35years', ' 35  YEARS ', '35 year', '35 yrs', '35 yrs.', '35 yr', '35 y']) {
      expect(submit(age, typed)).toEqual({ answer: 35 });
    }
    expect(submit(age, '1 year')).toEqual({ answer: 1 });
    // A word that is not the unit, a decimal, or a number out of range are still wrong, as without the unit.
    for (const typed of ['35 days', '35 rs', '35 years 2', 'years 35', '35.5 years', '35,5 yrs']) {
      expect(submit(age, typed)).toEqual({ errors: ['Enter a whole number'] });
    }
    expect(submit(age, '121 years')).toEqual({ errors: ['Enter a number from 0 to 120'] });
  });

  test('says, in the flow’s words, what is wrong with anything else', () => {
    expect(submit(age, '')).toEqual({ errors: ['Enter a number'] });
    expect(submit(age, '   ')).toEqual({ errors: ['Enter a number'] });
    expect(submit(age, undefined)).toEqual({ errors: ['Enter a number'] });
    expect(submit(age, '3.5')).toEqual({ errors: ['Enter a whole number'] });
    expect(submit(age, '1e2')).toEqual({ errors: ['Enter a whole number'] });
    // A negative whole number is out of range, not "not whole".
    expect(submit(age, '-1')).toEqual({ errors: ['Enter a number from 0 to 120'] });
    expect(submit(age, '121')).toEqual({ errors: ['Enter a number from 0 to 120'] });
    expect(kind.notAccepted(age, flow)).toBe('Enter a number from 0 to 120');
  });

  test('accepts whole numbers from the fact’s min to its max, and nothing else', () => {
    for (const ok of [0, 1, 119, 120]) expect(kind.accepts(age, ok, flow)).toBe(true);
    for (const bad of [-1, 121, 30.5, '30', NaN]) expect(kind.accepts(age, bad, flow)).toBe(false);
  });

  test('holds its answer in the form and in words, with the fact’s unit', () => {
    expect(kind.formValue(age, undefined)).toBe('');
    expect(kind.formValue(age, 34)).toBe('34');
    expect(kind.describe(age, 34, flow)).toEqual(['34 years']);
    expect(kind.describe(age, 1, flow)).toEqual(['1 year']);
    expect(kind.firstControl(age)).toBe('age');
    expect(kind.quickest(age, flow)).toBe(40);
    expect(tools.patientAnswer(age, patient({ age: 52 }))).toBe(52);
    expect(kind.apply(NO_FACTS, age, 52, flow).values).toEqual({ age: 52 });
  });

  test('the explorer tries the range’s ends and the whole numbers either side of every threshold', () => {
    const conditions = [{ fact: 'age', below: 16 }, { fact: 'age', atLeast: 40 }, { fact: 'durationDays', atLeast: 42 }];
    expect(tools.probes(age, { flow, conditions })).toEqual([0, 15, 16, 17, 39, 40, 41, 120]);
    expect(tools.probes(age, { flow, conditions: [{ fact: 'age', moreThan: 119.5 }] })).toEqual([0, 118, 119, 120]);
  });

  test('must be a number fact the flow declares', () => {
    expect(tools.check({ ...age, id: 'sex' }, { flow, conditions: [] })).toEqual([{ path: ['id'], message: '"sex" is not a number fact the flow declares' }]);
    expect(tools.check(age, { flow, conditions: [] })).toEqual([]);
  });
});

describe('a yes/no question', () => {
  const worse = screen('worse');
  const kind = kindOf(worse);
  const tools = toolsOf(worse);

  test('takes yes, no or I’m not sure, and "not sure" counts as yes', () => {
    expect(submit(worse, 'not_sure')).toEqual({ answer: 'not_sure' });
    expect(submit(worse, 'maybe')).toEqual({ errors: ['Select yes, no or I’m not sure'] });
    expect(kind.apply(NO_FACTS, worse, 'yes', flow).findings.has('worse')).toBe(true);
    expect(kind.apply(NO_FACTS, worse, 'not_sure', flow).findings.has('worse')).toBe(true);
    expect(kind.apply(NO_FACTS, worse, 'no', flow)).toBe(NO_FACTS);
  });

  test('says the answer in words, "not sure" with what it counts as', () => {
    expect(kind.describe(worse, 'yes', flow)).toEqual(['Yes']);
    expect(kind.describe(worse, 'no', flow)).toEqual(['No']);
    expect(kind.describe(worse, 'not_sure', flow)).toEqual(['I’m not sure (counted as yes, to be safe)']);
  });

  test('holds its answer in the form; a patient says yes to a finding they have; the explorer tries all three', () => {
    expect(kind.formValue(worse, undefined)).toBeNull();
    expect(kind.formValue(worse, 'no')).toBe('no');
    expect(kind.firstControl(worse)).toBe('worse--yes');
    expect(kind.quickest(worse, flow)).toBe('no');
    expect(tools.patientAnswer(worse, patient({ findings: ['worse'] }))).toBe('yes');
    expect(tools.patientAnswer(worse, patient({ findings: ['amber'] }))).toBe('no');
    expect(tools.probes(worse, { flow, conditions: [] })).toEqual(['yes', 'no', 'not_sure']);
  });

  test('asks about a finding the flow has', () => {
    expect(tools.check({ ...worse, id: 'nope' }, { flow, conditions: [] })).toEqual([{ path: ['id'], message: 'unknown finding "nope"' }]);
  });
});

describe('a range', () => {
  const duration = screen('durationDays');
  const kind = kindOf(duration);
  const tools = toolsOf(duration);

  test('takes one of its options, and says which there are', () => {
    expect(submit(duration, 'weeks')).toEqual({ answer: 'weeks' });
    expect(submit(duration, 'months')).toEqual({ errors: ['Select how long, from the options shown'] });
  });

  test('an option stands for the number it starts at; a patient’s number falls in the option it reaches', () => {
    expect(kind.apply(NO_FACTS, duration, 'weeks', flow).values).toEqual({ durationDays: 42 });
    expect(kind.apply(NO_FACTS, duration, 'days', flow).values).toEqual({ durationDays: 0 });
    expect(tools.patientAnswer(duration, patient({ durationDays: 41 }))).toBe('days');
    expect(tools.patientAnswer(duration, patient({ durationDays: 42 }))).toBe('weeks');
    expect(tools.patientAnswer(duration, patient({ durationDays: 365 }))).toBe('weeks');
  });

  test('holds its answer in the form and in words; the explorer tries each option', () => {
    expect(kind.formValue(duration, undefined)).toBeNull();
    expect(kind.formValue(duration, 'weeks')).toBe('weeks');
    expect(kind.describe(duration, 'weeks', flow)).toEqual(['Six weeks or more']);
    expect(kind.firstControl(duration)).toBe('durationDays--days');
    expect(kind.quickest(duration, flow)).toBe('days');
    expect(tools.probes(duration, { flow, conditions: [] })).toEqual(['days', 'weeks']);
  });

  test('its options start at the fact’s min, go up, stay within its max, and start wherever a condition changes', () => {
    const options = (froms: number[]) => ({ ...duration, options: froms.map((from, i) => ({ id: `o${i}`, label: `O${i}`, from })) }) as Screen;
    const check = (s: Screen, conditions: object[] = []) => tools.check(s, { flow, conditions: conditions as never });
    expect(check(options([0, 42]))).toEqual([]);
    expect(check(options([1, 42]))).toEqual([{ path: ['options', 0, 'from'], message: "the first option must start at the fact's min, 0" }]);
    expect(check(options([0, 42, 42]))).toEqual([{ path: ['options', 2, 'from'], message: 'options must start at increasing numbers' }]);
    expect(check(options([0, 400]))).toEqual([{ path: ['options', 1, 'from'], message: "starts above the fact's max, 365" }]);
    expect(check(options([0, 365]))).toEqual([]);
    const changesAt = (at: number) => [{ path: ['options'], message: `a condition changes at ${at} days, inside an option: start an option there` }];
    expect(check(options([0, 42]), [{ fact: 'durationDays', below: 14 }])).toEqual(changesAt(14));
    expect(check(options([0, 42]), [{ fact: 'durationDays', atMost: 13 }])).toEqual(changesAt(14));
    expect(check(options([0, 42]), [{ fact: 'durationDays', moreThan: 41 }])).toEqual([]);
    expect(check(options([0, 42]), [{ all: [{ fact: 'age', atLeast: 30 }, { fact: 'durationDays', atLeast: 30 }] }])).toEqual(changesAt(30));
    // A change at the range's min or beyond its max is no change inside an option.
    expect(check(options([0, 42]), [{ fact: 'durationDays', atLeast: 0 }, { fact: 'durationDays', moreThan: 365 }])).toEqual([]);
    expect(check(options([0, 42]), [{ fact: 'durationDays', atMost: 364 }])).toEqual(changesAt(365));
    expect(tools.check({ ...duration, id: 'sex' } as Screen, { flow, conditions: [] })).toEqual([
      { path: ['id'], message: '"sex" is not a number fact the flow declares' },
    ]);
  });
});

describe('a choice', () => {
  // The tiny flow with its sex fact asked, after age.
  const input = tinyFlow() as { facts: Record<string, object>; screens: object[] };
  const { optional: _optional, ...sexFact } = input.facts.sex as { optional?: boolean };
  input.facts.sex = sexFact;
  const sexScreen = {
    kind: 'choice',
    id: 'sex',
    summaryLabel: 'Sex',
    question: 'What is your sex?',
    options: [
      { value: 'female', label: 'Female' },
      { value: 'male', label: 'Male' },
    ],
  };
  input.screens.splice(2, 0, sexScreen);
  const withSex = parseFlow(input);
  const sex = screen('sex', withSex);
  const kind = kindOf(sex);
  const tools = toolsOf(sex);

  test('takes one of the fact’s values, and names them otherwise', () => {
    expect(submit(sex, 'female', withSex)).toEqual({ answer: 'female' });
    expect(submit(sex, 'other', withSex)).toEqual({ errors: ['Select female or male'] });
    expect(kind.apply(NO_FACTS, sex, 'male', withSex).values).toEqual({ sex: 'male' });
  });

  test('holds its answer in the form and in words; a patient gives their value; the explorer tries each', () => {
    expect(tools.asks(sex)).toEqual(['sex']);
    expect(kind.formValue(sex, undefined)).toBeNull();
    expect(kind.formValue(sex, 'male')).toBe('male');
    expect(kind.describe(sex, 'male', withSex)).toEqual(['Male']);
    expect(kind.firstControl(sex)).toBe('sex--female');
    expect(kind.quickest(sex, withSex)).toBe('female');
    expect(tools.patientAnswer(sex, patient({ sex: 'male' }))).toBe('male');
    expect(tools.probes(sex, { flow: withSex, conditions: [] })).toEqual(['female', 'male']);
  });

  test('offers exactly the values of a choice fact the flow declares', () => {
    const check = (s: object) => tools.check(s as Screen, { flow: withSex, conditions: [] });
    expect(check(sex)).toEqual([]);
    expect(check({ ...sex, options: [...sexScreen.options].reverse() })).toEqual([]);
    const wrong = [{ path: ['options'], message: 'the options must be the values of fact "sex": female, male' }];
    expect(check({ ...sex, options: sexScreen.options.slice(0, 1) })).toEqual(wrong);
    expect(check({ ...sex, options: [sexScreen.options[0], { value: 'other', label: 'Other' }] })).toEqual(wrong);
    expect(check({ ...sex, id: 'age' })).toEqual([{ path: ['id'], message: '"age" is not a choice fact the flow declares' }]);
  });

  test('a flow refuses a choice screen for a fact that is optional', () => {
    const bad = tinyFlow() as { screens: object[] };
    bad.screens.splice(2, 0, sexScreen);
    expect(() => parseFlow(bad)).toThrow(FlowError);
  });
});

