import { tinyFlow } from '../testing/tiny-flow';
import { earlyStopIssues } from './check-flow';
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
    expect(problems((f) => (f.screens[3].showIf = { all: [{ fact: 'age', below: 10 }, { finding: 'amber' }] }))).toEqual([
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
    expect(problems((f) => (f.outcomes.urgent.safetyNet = []))).toEqual([
      'outcomes.urgent.safetyNet: needs at least one list',
      'outcomes.urgent.safetyNet: the emergency sign "red" is missing from this urgent outcome\'s safety-net',
    ]);
  });

  test('needs an outcome for every tier', () => {
    expect(problems((f) => delete f.outcomes.urgent)).toContain('outcomes: no outcome "urgent": each tier needs an outcome with its name');
  });

  test('rejects an emergency rule that reads "not"', () => {
    expect(problems((f) => (f.rules[0].when = { not: { finding: 'mild' } }))).toContain(
      'rules[0].when: an emergency rule ends the check on partial answers, so it cannot use "not"',
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

  test('names an unknown finding in who the treatments are for, and an unknown outcome in the advice', () => {
    expect(
      problems((f) => {
        f.professionalCare.when = { finding: 'nope' };
        f.professionalCare.advice[0].exceptOutcomes = ['nowhere'];
      }),
    ).toEqual(['professionalCare.when.finding: unknown finding "nope"', 'professionalCare.advice[0].exceptOutcomes[0]: unknown outcome "nowhere"']);
  });

  test('names a rule that can never fire', () => {
    expect(problems((f) => (f.rules[4].when = { fact: 'durationDays', atLeast: 400 }))).toEqual([
      'rules[4].when: rule "long" can never fire',
    ]);
  });
});

describe('the safety checks a flow must pass when it loads', () => {
  test('every emergency sign is asked on the first screen, to everyone', () => {
    expect(
      problems((f) => {
        f.screens[0].items = [];
        f.screens[0].items.push({ finding: 'mild' });
        f.screens[2].items.push({ finding: 'red' });
      }),
    ).toContain('findings.red: the emergency sign "red" must be asked on the first screen, to everyone');
    expect(problems((f) => (f.screens[0].items[0].showIf = { fact: 'age', atLeast: 1 }))).toContain(
      'findings.red: the emergency sign "red" must be asked on the first screen, to everyone',
    );
  });

  test('every outcome below a red flag’s tier lists it in its safety-net, under what that tier means', () => {
    expect(problems((f) => (f.outcomes.self_care.safetyNet = f.outcomes.self_care.safetyNet.slice(0, 1)))).toEqual([
      'outcomes.self_care.safetyNet: the urgent sign "amber" is missing from this self_care outcome\'s safety-net',
    ]);
    expect(problems((f) => (f.outcomes.routine.safetyNet[0].tier = 'urgent'))).toEqual([
      'outcomes.routine.safetyNet[0].signs[0].finding: "red" is an emergency sign, listed under what to do at urgent',
      'outcomes.routine.safetyNet: the emergency sign "red" is missing from this routine outcome\'s safety-net',
    ]);
  });

  test('a finding that alone sends a person for help must be a red flag of that tier, so the safety-nets list it', () => {
    expect(problems((f) => (f.rules[5].tier = 'urgent'))).toContain(
      'rules[5].when: "only_older" alone makes rule "older_sign" urgent: give the finding redFlag "urgent", so the safety-nets list it',
    );
    expect(problems((f) => (f.findings.amber.redFlag = undefined))).toContain(
      'rules[3].when: "amber" alone makes rule "amber_sign" urgent: give the finding redFlag "urgent", so the safety-nets list it',
    );
    // A routine rule on one finding needs nothing: no result lists booking signs.
    expect(problems(() => {})).toEqual([]);
  });

  test('no rule that ends the check early can end it below a red flag already answered', () => {
    const flow = parseFlow(tinyFlow());
    const screenOf = (id: string) => {
      const at = flow.screens.findIndex((s) => s.id === id || (s.kind === 'checklist' && s.items.some((item) => item.finding === id)));
      return at < 0 ? undefined : at;
    };
    // The engine stops only at the most urgent tier, so the flow passes.
    expect(earlyStopIssues(flow, screenOf)).toEqual([]);
    // Were a routine rule to stop the check (the under-16 rule reads the age, asked after the emergency signs),
    // a person who ticked an emergency sign could be sent to a check-up: the check names it.
    const routineStops = (rule: { tier: string }) => rule.tier === 'emergency' || rule.tier === 'routine';
    expect(earlyStopIssues(flow, screenOf, routineStops).map((i) => i.message)).toContain(
      'rule "child" ends the check at routine, but the emergency sign "red" may already be answered',
    );
  });

  test('a red flag needs its words for a safety-net list', () => {
    expect(problems((f) => delete f.findings.amber.safetyNet)).toEqual([
      'findings.amber.safetyNet: red flag "amber" needs the words a safety-net list uses for it',
    ]);
  });

  test('outcomes are listed most urgent first, because the first of a tier wins', () => {
    expect(
      problems((f) => {
        const { emergency, ...rest } = f.outcomes;
        f.outcomes = { ...rest, emergency };
      }),
    ).toContain('outcomes.emergency: outcome "emergency" is emergency, more urgent than "self_care" listed before it: list outcomes most urgent first');
  });

  test('an outcome names only services the flow has', () => {
    expect(problems((f) => f.outcomes.urgent.services.push('helicopter'))).toEqual(['outcomes.urgent.services[0]: unknown service "helicopter"']);
  });

  test('a duration asked as ranges starts an option wherever a condition changes', () => {
    expect(problems((f) => (f.rules[4].when = { fact: 'durationDays', atLeast: 30 }))).toEqual([
      'screens[4].options: a condition changes at 30 days, inside an option: start an option there',
    ]);
    expect(problems((f) => (f.rules[4].when = { fact: 'durationDays', moreThan: 41 }))).toEqual([]);
  });

  test('an optional fact is one no screen asks', () => {
    expect(problems((f) => delete f.facts.sex.optional)).toEqual(['facts.sex: fact "sex" is never asked on any screen']);
  });
});

describe('a flow that does not load', () => {
  function refusal(input: unknown): FlowError {
    try {
      parseFlow(input);
    } catch (error) {
      if (error instanceof FlowError) return error;
      throw error;
    }
    throw new Error('the flow loaded');
  }

  test('throws a FlowError naming the flow and each bad path, one a line', () => {
    const flow: Editable = tinyFlow();
    flow.rules[0].sources = [];
    delete flow.title;
    const error = refusal(flow);
    expect(error).toMatchObject({ name: 'FlowError', flowId: 'tiny' });
    expect(error.message).toBe('Invalid flow "tiny":\n  title: is required\n  rules[0].sources: every rule cites where it comes from');
  });

  test('says what is wrong at the root, and which flow it was when it cannot tell', () => {
    const error = refusal('a flow');
    expect(error.flowId).toBe('(unknown)');
    expect(error.message).toMatch(/^Invalid flow "\(unknown\)":\n {2}\(root\): /);
    expect(refusal({ ...tinyFlow(), id: 'Not Kebab' }).message).toBe('Invalid flow "Not Kebab":\n  id: use lower-kebab-case');
  });

  test('a wrong type is named in zod’s English words', () => {
    const flow: Editable = tinyFlow();
    flow.version = 2;
    expect(refusal(flow).issues).toEqual([{ path: 'version', message: 'Invalid input: expected string, received number' }]);
  });
});
