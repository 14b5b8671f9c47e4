import fc from 'fast-check';
import { patientArbitrary } from '@/lib/testing/patient-arbitrary';
import { runTriage } from '@/lib/triage/run-triage';
import { TIERS, tierRank } from '@/lib/flow/tiers';
import { backSpasmsFlow as flow } from '.';

/* Property-based: thousands of random patients, as fast-check generates them. */
const redFlags = Object.keys(flow.findings).filter((id) => flow.findings[id]!.redFlag);

const patient = patientArbitrary(flow);

describe('for any patient', () => {
  test('the engine never throws and always returns one of the four tiers', () => {
    fc.assert(
      fc.property(patient, (p) => {
        const result = runTriage(flow, p);
        return TIERS.includes(result.level) && flow.outcomes[result.outcome]!.tier === result.level && result.screens >= 1;
      }),
      { numRuns: 3000 },
    );
  });

  test('adding any red-flag finding never lowers the tier', () => {
    fc.assert(
      fc.property(patient, fc.constantFrom(...redFlags), (p, extra) => {
        const before = runTriage(flow, p).level;
        const after = runTriage(flow, { ...p, findings: [...p.findings, extra] }).level;
        return tierRank(after) >= tierRank(before);
      }),
      { numRuns: 3000 },
    );
  });

  test('every red flag the check asked about is reflected in the tier (unless under 16)', () => {
    fc.assert(
      fc.property(patient, (p) => {
        const result = runTriage(flow, p);
        if (result.outcome === 'under_16') return true;
        const asked = p.findings.filter((id) => !result.notAsked.includes(id));
        return asked.every((id) => {
          const flag = flow.findings[id]!.redFlag;
          return !flag || tierRank(result.level) >= tierRank(flag);
        });
      }),
      { numRuns: 3000 },
    );
  });

  test('an emergency sign always ends the check on the first screen', () => {
    const emergency = redFlags.filter((id) => flow.findings[id]!.redFlag === 'emergency');
    fc.assert(
      fc.property(patient, fc.constantFrom(...emergency), (p, sign) => {
        const result = runTriage(flow, { ...p, findings: [...p.findings, sign] });
        return result.level === 'emergency' && result.screens === 1;
      }),
      { numRuns: 1000 },
    );
  });
});
