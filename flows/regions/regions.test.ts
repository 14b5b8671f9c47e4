import { flowIds, getRegion, loadFlow, regionIds, regions } from '@/flows';
import { flowTexts } from '@/lib/testing/flow-text';
import { BARS, score, shortfall } from '@/lib/testing/readability';
import { runTriage } from '@/lib/triage/run-triage';
import examples from '@/flows/back-spasms/examples/patients.json';

/*
 * Every flow in every region: the words and the services change with the place, the rules never do.
 * A clinician reads the UK text; these tests hold the other regions to it.
 */
const uk = regions.regions[regions.defaultRegion]!;
const cases = flowIds().flatMap((flowId) => regionIds().map((regionId) => [flowId, regionId] as const));

describe.each(cases)('%s in region %s', (flowId, regionId) => {
  const region = getRegion(regionId)!;
  const flow = loadFlow(flowId, regionId);
  const texts = flowTexts(flow);
  const all = texts.map((t) => t.text).join('\n');

  test('has the same findings, screens, rules and tiers as in the UK: only words differ', () => {
    const ukFlow = loadFlow(flowId);
    const shape = (f: typeof flow) => ({
      findings: Object.entries(f.findings).map(([id, x]) => [id, x.redFlag ?? null]),
      screens: f.screens.map((s) => [s.id, s.kind, s.showIf]),
      rules: f.rules.map((r) => [r.id, r.tier, r.outcome ?? null, r.when]),
      outcomes: Object.entries(f.outcomes).map(([id, o]) => [id, o.tier, o.plan]),
    });
    expect(shape(flow)).toEqual(shape(ukFlow));
    // The same patient gets the same advice, for the same reasons, with the same safety-net, anywhere.
    const decision = (f: typeof flow, patient: (typeof examples)[number]) => {
      const { level, outcome, reasons, safetyNet, path } = runTriage(f, { findings: patient.findings, age: patient.age, durationDays: patient.durationDays });
      return { level, outcome, path, reasons: reasons.map((r) => r.rule), safetyNet: safetyNet.map((l) => [l.level, l.signs.length]) };
    };
    for (const patient of examples) expect(decision(flow, patient)).toEqual(decision(ukFlow, patient));
  });

  test('every emergency outcome leads with a tap to call the region’s emergency number', () => {
    const number = region.terms.emergencyNumber!.split(' ')[0];
    for (const [id, outcome] of Object.entries(flow.outcomes)) {
      if (outcome.tier !== 'emergency') continue;
      const call = outcome.services.map((s) => flow.services[s]!).find((s) => s.href?.startsWith('tel:'));
      expect({ id, href: call?.href }).toEqual({ id, href: expect.stringMatching(/^tel:/) });
    }
    expect(flow.services.call_emergency).toMatchObject({ href: `tel:${number}` });
    expect(flow.outcomes.emergency!.title).toContain(number);
  });

  test('every outcome points somewhere the region has', () => {
    for (const outcome of Object.values(flow.outcomes)) {
      expect(outcome.services.length).toBeGreaterThan(0);
      for (const service of outcome.services) expect(flow.services).toHaveProperty([service]);
    }
  });

  test('no words of another place are left: every UK term the region words differently is gone', () => {
    const words = Object.values(region.terms).join('\n') + Object.values(region.services).map((s) => `${s.label} ${s.description ?? ''}`).join('\n');
    for (const [term, ukWords] of Object.entries(uk.terms)) {
      // "111" is the UK's urgent line and New Zealand's emergency number: only check what the region never uses.
      if (region.terms[term] === ukWords || words.includes(ukWords)) continue;
      expect({ term, found: all.includes(ukWords) ? ukWords : null }).toEqual({ term, found: null });
    }
    if (regionId !== 'uk') expect(all).not.toMatch(/\bNHS\b/);
    expect(all).not.toMatch(/\{\{|\}\}/);
  });

  test('reads as plainly as the UK text: its own words score as well, and no sentence grows too long', () => {
    // Flesch scores syllables, so it would fail "Go to the emergency department now" for the word the
    // region's hospitals use. The flow's text is scored once, in the UK's words (readability.test.ts);
    // here, what the region writes itself (its services) is scored, and every sentence is measured.
    const own = new Set(Object.values(region.services).map((s) => s.description));
    const failing = texts
      .map((t) => {
        const problem = own.has(t.text) ? shortfall(t.text, t.safety) : score(t.text).longestSentence > BARS[t.safety ? 'safety' : 'other'].maxSentenceWords ? 'a sentence too long' : null;
        return { path: t.path, text: t.text, problem };
      })
      .filter((t) => t.problem);
    expect(failing).toEqual([]);
  });
});

test('regions cite where their numbers come from, and name their language', () => {
  for (const id of regionIds()) {
    const region = getRegion(id)!;
    expect(region.sources.length).toBeGreaterThan(0);
    expect(region.lang).toMatch(/^en-[A-Z]{2}$/);
  }
});
