import { NO_FACTS, withFinding, withValue } from '../flow/facts';
import type { FlowInput } from '../flow/flow-schema';
import { parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import { decide } from './decide';
import { runTriage } from './run-triage';

/* What a check ends with: the tier and outcome the rules decide, and what the result tells the person. */
const flow = parseFlow(tinyFlow());
const adult = { age: 30, durationDays: 3, findings: [] as string[] };
const facts = (values: Record<string, number>, ...findings: string[]) =>
  withFinding(Object.entries(values).reduce((f, [id, v]) => withValue(f, id, v), NO_FACTS), ...findings);

describe('deciding', () => {
  test('with no rule firing is self-care, with no reasons', () => {
    expect(decide(flow, NO_FACTS)).toEqual({ tier: 'self_care', outcome: 'self_care', reasons: [], stopped: false });
  });

  test('the most urgent rule that fired decides the tier; the rules at that tier are the reasons', () => {
    const d = decide(flow, facts({ age: 45, durationDays: 50 }, 'amber', 'only_older'));
    expect([d.tier, d.outcome, d.stopped]).toEqual(['urgent', 'urgent', false]);
    expect(d.reasons.map((r) => r.id)).toEqual(['amber_sign']);
  });

  test('an emergency stops the check', () => {
    expect(decide(flow, facts({}, 'red'))).toMatchObject({ tier: 'emergency', outcome: 'emergency', stopped: true });
  });

  test('within a tier the outcome listed first in the flow wins, whichever rule comes first', () => {
    // Both fire at routine: "child" sends to its own outcome, "long" to the tier's, listed before it.
    const d = decide(flow, facts({ age: 12, durationDays: 50 }));
    expect([d.tier, d.outcome]).toEqual(['routine', 'routine']);
    expect(d.reasons.map((r) => r.id)).toEqual(['child', 'long']);
    expect(decide(flow, facts({ age: 12 })).outcome).toBe('child');
  });
});

describe('the result', () => {
  test('gives each reason’s rule, tier, words and sources, a source’s address only when it has one', () => {
    const input = tinyFlow() as FlowInput & { sources: Record<string, object> };
    input.sources.site = { kind: 'guideline', title: 'A site', url: 'https://example.org/back' };
    (input.rules as { id: string; sources: string[] }[]).find((r) => r.id === 'amber_sign')!.sources = ['guide', 'site'];
    const result = runTriage(parseFlow(input), { ...adult, findings: ['amber'] });
    expect(result.reasons).toEqual([
      {
        rule: 'amber_sign',
        level: 'urgent',
        text: 'Amber.',
        sources: [
          { id: 'guide', title: 'A guideline' },
          { id: 'site', title: 'A site', url: 'https://example.org/back' },
        ],
      },
    ]);
  });

  test('lists the safety-net signs in their own words, each list with what to do', () => {
    expect(runTriage(flow, adult).safetyNet).toEqual([
      { level: 'emergency', heading: 'Call for help now if you have:', signs: ['a red sign'] },
      { level: 'urgent', heading: 'Get help today if you have:', signs: ['an amber sign'] },
    ]);
  });

  test('leaves out a sign the person has told us about, and a list left empty', () => {
    expect(runTriage(flow, { ...adult, findings: ['amber'] }).safetyNet).toEqual([
      { level: 'emergency', heading: 'Call for help now if you have:', signs: ['a red sign'] },
    ]);
  });

  test('leaves out a sign the person could not have been asked about', () => {
    // A child is not asked the adults' signs.
    expect(runTriage(flow, { ...adult, age: 12 }).safetyNet.map((list) => list.signs)).toEqual([['a red sign']]);
  });

  test('lists a sign in words of its own, and a sign that applies only to some, only for them', () => {
    const input = tinyFlow() as FlowInput & { outcomes: Record<string, { safetyNet: object[] }> };
    input.outcomes.self_care!.safetyNet.push({
      tier: 'routine',
      heading: 'Book an appointment if:',
      signs: [{ text: 'it is not better in 2 weeks' }, { text: 'you are 40 or over and it spreads', when: { fact: 'age', atLeast: 40 } }, { finding: 'only_older', when: { fact: 'age', atLeast: 40 } }],
    });
    const withText = parseFlow(input);
    expect(runTriage(withText, adult).safetyNet.at(-1)).toEqual({ level: 'routine', heading: 'Book an appointment if:', signs: ['it is not better in 2 weeks'] });
    expect(runTriage(withText, { ...adult, age: 45 }).safetyNet.at(-1)!.signs).toEqual([
      'it is not better in 2 weeks',
      'you are 40 or over and it spreads',
      'A sign asked of over-40s',
    ]);
  });

  test('names the causes the answers point to, with the findings that point there', () => {
    expect(runTriage(flow, { ...adult, findings: ['mild'] }).causes).toEqual([{ id: 'strain', name: 'Strain', description: 'A strain.', findings: ['mild'] }]);
    expect(runTriage(flow, adult).causes).toEqual([]);
  });

  test('an urgent result names only causes that fit its reasons, never a reassuring one', () => {
    expect(runTriage(flow, { ...adult, findings: ['amber', 'mild'] }).causes).toEqual([]);
    const input = tinyFlow() as FlowInput & { causes: object[] };
    input.causes.push({ id: 'amber_cause', name: 'Amber cause', description: 'Amber.', suggestedBy: ['amber', 'mild'], sources: ['guide'] });
    expect(runTriage(parseFlow(input), { ...adult, findings: ['amber', 'mild'] }).causes.map((c) => [c.id, c.findings])).toEqual([
      ['amber_cause', ['amber', 'mild']],
    ]);
  });

  test('a routine result names the causes as self-care does', () => {
    expect(runTriage(flow, { ...adult, durationDays: 50, findings: ['mild'] })).toMatchObject({ level: 'routine', causes: [{ id: 'strain' }] });
  });
});
