import { parseFlow } from './parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import { conditionParts, describeCondition } from './describe-condition';

const flow = parseFlow(tinyFlow());
const words = (condition: Parameters<typeof describeCondition>[1]) => describeCondition(flow, condition);

describe('a finding', () => {
  test('is named by its id in words', () => {
    expect(words({ finding: 'only_older' })).toBe('only older');
  });

  test('is a part a page can link to the finding', () => {
    expect(conditionParts(flow, { all: [{ fact: 'age', atLeast: 50 }, { finding: 'amber' }] })).toEqual([
      { text: 'age is 50 years or more' },
      { text: ' and ' },
      { text: 'amber', finding: 'amber' },
    ]);
  });
});

describe('a number fact', () => {
  test('each comparison in words, with the fact’s label and unit', () => {
    expect(words({ fact: 'age', atLeast: 50 })).toBe('age is 50 years or more');
    expect(words({ fact: 'age', moreThan: 50 })).toBe('age is more than 50 years');
    expect(words({ fact: 'age', atMost: 55 })).toBe('age is 55 years or less');
    expect(words({ fact: 'age', below: 16 })).toBe('age is under 16 years');
    expect(words({ fact: 'durationDays', atLeast: 1 })).toBe('how long is 1 day or more');
  });

  test('a range, in one condition or across an all, reads as one', () => {
    expect(words({ fact: 'age', atLeast: 12, atMost: 55 })).toBe('age is from 12 to 55 years');
    expect(words({ all: [{ fact: 'age', atLeast: 12 }, { fact: 'age', atMost: 55 }] })).toBe('age is from 12 to 55 years');
    expect(words({ all: [{ fact: 'durationDays', atLeast: 14 }, { fact: 'durationDays', below: 42 }] })).toBe(
      'how long is 14 days or more and under 42 days',
    );
  });

  test('comparisons of different facts stay apart, in the order written', () => {
    expect(words({ all: [{ fact: 'age', atLeast: 16 }, { finding: 'mild' }, { fact: 'durationDays', atLeast: 42 }, { fact: 'age', below: 40 }] })).toBe(
      'age is 16 years or more and under 40 years and mild and how long is 42 days or more',
    );
  });
});

test('a choice fact', () => {
  expect(words({ fact: 'sex', is: 'female' })).toBe('sex is female');
});

describe('all, any and not', () => {
  test('the example: age and (a or b)', () => {
    expect(words({ all: [{ fact: 'age', atLeast: 50 }, { any: [{ finding: 'amber' }, { finding: 'mild' }] }] })).toBe(
      'age is 50 years or more and (amber or mild)',
    );
  });

  test('an all inside an any is bracketed; a group of the same kind is not', () => {
    expect(words({ any: [{ finding: 'red' }, { all: [{ finding: 'amber' }, { finding: 'worse' }] }] })).toBe('red or (amber and worse)');
    expect(words({ any: [{ finding: 'red' }, { any: [{ finding: 'amber' }, { finding: 'worse' }] }] })).toBe('red or amber or worse');
    expect(words({ all: [{ finding: 'red' }, { all: [{ finding: 'amber' }, { finding: 'worse' }] }] })).toBe('red and amber and worse');
  });

  test('a group of one reads as its member', () => {
    expect(words({ all: [{ any: [{ finding: 'red' }] }] })).toBe('red');
  });

  test('not a finding, and not a group', () => {
    expect(words({ all: [{ fact: 'age', atLeast: 50 }, { not: { finding: 'mild' } }, { not: { finding: 'amber' } }] })).toBe(
      'age is 50 years or more and not mild and not amber',
    );
    expect(words({ not: { any: [{ finding: 'red' }, { finding: 'amber' }] } })).toBe('not (red or amber)');
    expect(words({ not: { fact: 'age', below: 16 } })).toBe('not (age is under 16 years)');
  });
});
