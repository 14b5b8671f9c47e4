import { parseFlow } from '../flow/parse-flow';
import { TIERS } from '../flow/tiers';
import { tinyFlow } from '../testing/tiny-flow';
import { decisionTables, outcomeEntries, ruleNames, screenEntries, TIER_NAMES } from './flow-review';

const flow = parseFlow(tinyFlow());

describe('screens', () => {
  const screens = screenEntries(flow);

  test('every screen, in the order asked, with its exact wording and when it is shown', () => {
    expect(screens.map((s) => [s.number, s.id, s.question, s.shownIf?.text ?? 'always'])).toEqual([
      [1, 'first', 'Do you have any of these?', 'always'],
      [2, 'age', 'How old are you?', 'always'],
      [3, 'signs', 'Any of these?', 'age is 16 years or more'],
      [4, 'worse', 'Is it getting worse?', 'amber'],
      [5, 'durationDays', 'How long?', 'age is 16 years or more'],
    ]);
  });

  test('a checklist’s items with their wording, own condition, red flag and sources', () => {
    const signs = screens.find((s) => s.id === 'signs')!;
    expect(signs.noneLabel).toBe('None of these');
    expect(signs.findings.map((f) => [f.id, f.label, f.redFlag, f.shownIf?.text])).toEqual([
      ['amber', 'An amber sign', 'urgent', undefined],
      ['mild', 'A mild sign', undefined, undefined],
      ['only_older', 'A sign asked of over-40s', undefined, 'age is 40 years or more'],
    ]);
    expect(signs.findings[0]!.sources).toEqual([{ id: 'guide', title: 'A guideline' }]);
  });

  test('a yes/no screen asks its finding, with the answers it offers', () => {
    const worse = screens.find((s) => s.id === 'worse')!;
    expect(worse.findings.map((f) => f.label)).toEqual(['Amber is getting worse']);
    expect(worse.options.map((o) => o.label)).toEqual(['Yes', 'No', 'I’m not sure']);
    expect(worse.options[2]!.detail).toBe('We will count this as a yes, to be safe.');
  });

  test('a number’s range and error messages; a range’s options with the numbers they stand for', () => {
    const age = screens.find((s) => s.id === 'age')!;
    expect(age.numberAnswer).toEqual({
      range: '0 to 120 years',
      errors: [
        { when: 'Left empty', message: 'Enter a number' },
        { when: 'Not a whole number', message: 'Enter a whole number' },
        { when: 'Outside 0 to 120 years', message: 'Enter a number from 0 to 120' },
      ],
    });
    const duration = screens.find((s) => s.id === 'durationDays')!;
    expect(duration.options).toEqual([
      { id: 'days', label: 'Days', detail: '0 to 41 days: counted as 0 days' },
      { id: 'weeks', label: 'Six weeks or more', detail: '42 days or more: counted as 42 days' },
    ]);
  });
});

describe('decision tables', () => {
  const tables = decisionTables(flow);

  test('one per tier, most urgent first, holding every rule once', () => {
    expect(tables.map((t) => t.tier)).toEqual([...TIERS]);
    expect(tables.flatMap((t) => t.rules.map((r) => r.id)).sort()).toEqual(flow.rules.map((r) => r.id).sort());
    for (const table of tables) for (const rule of table.rules) expect(rule.tier).toBe(table.tier);
  });

  test('each rule is named by its tier and its place in that tier’s table, not by its id', () => {
    for (const table of tables) {
      table.rules.forEach((rule, i) => expect([rule.number, rule.name]).toEqual([i + 1, `${TIER_NAMES[table.tier]} rule ${i + 1}`]));
    }
    expect(ruleNames(flow.rules).get('amber_worse')).toBe('Emergency rule 2');
  });

  test('a row: the condition in words, the outcome (its own, else its tier’s), the reason and sources', () => {
    const rows = tables.flatMap((t) => t.rules);
    expect(rows.find((r) => r.id === 'amber_worse')).toMatchObject({
      when: { text: 'amber and worse' },
      outcome: { id: 'emergency', title: 'Call now' },
      reason: 'Amber and worse.',
      sources: [{ id: 'guide', title: 'A guideline' }],
    });
    expect(rows.find((r) => r.id === 'child')!.outcome).toEqual({ id: 'child', title: 'See a doctor' });
  });
});

describe('outcomes', () => {
  const outcomes = outcomeEntries(flow);

  test('every outcome in the flow’s order, with the rules that lead to it', () => {
    expect(outcomes.map((o) => [o.id, o.rules.map((r) => r.id), o.whenNoRuleFires])).toEqual([
      ['emergency', ['red_sign', 'amber_worse'], false],
      ['urgent', ['amber_sign'], false],
      ['routine', ['long', 'older_sign'], false],
      ['child', ['child'], false],
      ['self_care', ['fine'], true],
    ]);
    expect(outcomes[0]!.rules.map((r) => r.name)).toEqual(['Emergency rule 1', 'Emergency rule 2']);
  });

  test('the full text: services from the region, safety-net signs in the words a person reads', () => {
    const emergency = outcomes[0]!;
    expect(emergency).toMatchObject({
      title: 'Call now',
      instruction: 'Call now.',
      timeframe: 'Soon',
      services: [{ id: 'ambulance', label: 'Call for an ambulance', href: 'tel:999' }],
      actions: ['Do this.'],
      afterwards: ['If it gets worse, call for help.'],
      plan: 'professional',
    });
    expect(emergency.safetyNet).toEqual([{ tier: 'emergency', heading: 'Call for help now if you have:', signs: [{ text: 'a red sign', finding: 'red' }] }]);
  });
});
