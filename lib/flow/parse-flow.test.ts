import { tinyFlow } from '../testing/tiny-flow';
import { FlowError, parseFlow } from './parse-flow';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- these tests break the flow on purpose
type Editable = any;

function problems(edit: (flow: Editable) => void): string[] {
  const flow: Editable = tinyFlow();
  edit(flow);
  try {
    parseFlow(flow);
  } catch (error) {
    if (error instanceof FlowError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('parseFlow', () => {
  test('accepts a valid flow', () => {
    expect(problems(() => {})).toEqual([]);
  });

  test('names a rule that refers to an unknown finding', () => {
    expect(problems((f) => (f.rules[3].when = { all: [{ finding: 'amber' }, { finding: 'nope' }] }))).toEqual([
      'rules[3].when.all[1].finding: unknown finding "nope"',
    ]);
  });

  test('names a screen that can never be reached', () => {
    expect(problems((f) => (f.screens[3].showIf = { fact: 'age', below: 10 }))).toEqual([
      'screens[3].showIf: screen "worse" can never be reached',
      'rules[1].when: rule "amber_worse" can never fire',
    ]);
  });

  test('names a screen whose condition reads something asked later', () => {
    expect(problems((f) => (f.screens[2].showIf = { finding: 'worse' }))).toEqual([
      'screens[2].showIf: reads "worse", which is asked on screen "worse", not before',
    ]);
  });

  test('names an outcome with no content', () => {
    expect(problems((f) => (f.outcomes.urgent.instruction = ' '))).toEqual(['outcomes.urgent.instruction: must not be empty']);
    expect(problems((f) => (f.outcomes.urgent.safetyNet = []))).toEqual(['outcomes.urgent.safetyNet: needs at least one entry']);
  });

  test('needs an outcome for every tier', () => {
    expect(problems((f) => delete f.outcomes.urgent)).toContain('outcomes: no outcome "urgent": each tier needs an outcome with its name');
  });

  test('rejects a rule that ends the check but reads "not"', () => {
    expect(problems((f) => (f.rules[0].when = { not: { finding: 'mild' } }))).toContain(
      'rules[0].when: a rule that ends the check is judged on partial answers, so it cannot use "not"',
    );
  });

  test('names a finding no screen asks, and a source that does not exist', () => {
    expect(problems((f) => (f.findings.extra = { label: 'Extra', why: 'Why.', sources: ['nowhere'] }))).toEqual([
      'findings.extra.sources[0]: unknown source "nowhere"',
      'findings.extra: finding "extra" is never asked on any screen',
    ]);
  });

  test('rejects a rule without a source, and unknown keys', () => {
    expect(problems((f) => (f.rules[0].sources = []))).toEqual(['rules[0].sources: every rule cites where it comes from']);
    expect(problems((f) => (f.rules[0].severity = 'high'))).toEqual(['rules[0]: Unrecognized key: "severity"']);
  });

  test('names a rule that can never fire', () => {
    expect(problems((f) => (f.rules[4].when = { fact: 'durationDays', atLeast: 400 }))).toEqual([
      'rules[4].when: rule "long" can never fire',
    ]);
  });
});
