import type { Condition } from '@/lib/flow/condition';
import { parseFlow } from '@/lib/flow/parse-flow';
import { loadFlow } from '@/flows';
import { oracleDisagreements } from './red-flags.oracle';

const flow = loadFlow('back-spasms');

/*
 * The mutants the safety case names, each made from the real flow and each killed by the path test's
 * check against the clinical summary (paths.test.ts). Earlier versions of the tests let all four through.
 */
type Draft = { -readonly [K in keyof typeof flow]: (typeof flow)[K] };
const draft = (): Draft => structuredClone({ ...flow, rules: flow.rules.map((r) => ({ ...r })) }) as Draft;
const rule = (f: Draft, id: string) => f.rules.find((r) => r.id === id)!;
const THREE = ['fever_or_chills', 'unexplained_weight_loss', 'blood_in_urine'];
const notAllThree: Condition = { not: { all: THREE.map((finding) => ({ finding })) } };

function killed(edit: (f: Draft) => void): boolean {
  const mutant = draft();
  edit(mutant);
  try {
    return oracleDisagreements(parseFlow(mutant)).length > 0;
  } catch {
    return true; // refused when the flow loads: the suite's flow import fails
  }
}

test('three urgent signs together sent to routine are caught: every subset of a checklist is explored', () => {
  expect(
    killed((f) => {
      for (const [id, finding] of [['fever', 'fever_or_chills'], ['weight_loss', 'unexplained_weight_loss'], ['blood_in_urine', 'blood_in_urine']]) {
        rule(f, id!).when = { all: [{ finding: finding! }, notAllThree] };
      }
    }),
  ).toBe(true);
});

test('three urgent signs together sent to the under-16 outcome are caught: no outcome is exempt', () => {
  expect(
    killed((f) => {
      for (const [id, finding] of [['fever', 'fever_or_chills'], ['weight_loss', 'unexplained_weight_loss'], ['blood_in_urine', 'blood_in_urine']]) {
        rule(f, id!).when = { all: [{ finding: finding! }, notAllThree] };
      }
      f.rules.push({ id: 'three_signs', tier: 'routine', outcome: 'under_16', when: { all: THREE.map((finding) => ({ finding })) }, reason: 'Mutant.', sources: ['nhs_back_pain'] });
    }),
  ).toBe(true);
});

test('a combination emergency demoted to urgent is caught', () => {
  expect(killed((f) => Object.assign(rule(f, 'infection_risk_with_new_weakness'), { tier: 'urgent', outcome: undefined }))).toBe(true);
});

test('a rule and its red-flag annotation changed together are caught: the oracle is not the flow’s own annotation', () => {
  expect(
    killed((f) => {
      rule(f, 'fever').tier = 'routine';
      f.findings = { ...f.findings, fever_or_chills: { ...f.findings.fever_or_chills!, redFlag: undefined } };
    }),
  ).toBe(true);
});
