import fc from 'fast-check';
import { parseFlow } from '../flow/parse-flow';
import { exploreFlow } from '../testing/flow-paths';
import { patientArbitrary } from '../testing/patient-arbitrary';
import { tinyFlow } from '../testing/tiny-flow';
import { evaluate } from '../flow/condition';
import { tierRank } from '../flow/tiers';
import { readAnswers } from './answers';
import { compileTriage } from './compiled';
import { machineFor, runMachine } from './run-machine';

/*
 * The compiled engine answers exactly what the machine outputs, for the tiny flow here and for every
 * flow in its own folder's tests (flows/back-spasms/paths.test.ts).
 */
const flow = parseFlow(tinyFlow());
const { run, decide } = compileTriage(flow);

test('equals the machine on random patients', () => {
  fc.assert(
    fc.property(patientArbitrary(flow), (patient) => {
      expect(run(patient)).toEqual(runMachine(flow, patient));
    }),
    { numRuns: 500 },
  );
});

test('equals the machine on a patient from every path of the machine’s graph', () => {
  const graph = exploreFlow(flow, machineFor(flow));
  for (const node of graph.nodes.values()) {
    if (node.snapshot.status !== 'done') continue;
    const { facts } = readAnswers(flow, node.snapshot.context.answers);
    const patient = { age: Number(facts.values.age ?? 40), durationDays: Number(facts.values.durationDays ?? 3), findings: [...facts.findings] };
    expect(run(patient)).toEqual(runMachine(flow, patient));
  }
});

test('the rules that fired are those that hold on what was asked, and the reasons are the most urgent of them', () => {
  fc.assert(
    fc.property(patientArbitrary(flow), (patient) => {
      const { decision, fired } = decide(patient);
      const result = run(patient);
      const asked = new Set(patient.findings.filter((id) => !result.notAsked.includes(id)));
      // The tiny flow asks how long as a range: from 0 days, or 42 or more.
      const values = {
        ...(result.path.includes('age') && { age: patient.age as number }),
        ...(result.path.includes('durationDays') && { durationDays: (patient.durationDays as number) >= 42 ? 42 : 0 }),
      };
      expect(fired.map((rule) => rule.id)).toEqual(flow.rules.filter((rule) => evaluate(rule.when, { findings: asked, values })).map((rule) => rule.id));
      const top = Math.max(-1, ...fired.map((rule) => tierRank(rule.tier)));
      expect(decision.reasons).toEqual(fired.filter((rule) => tierRank(rule.tier) === top));
    }),
    { numRuns: 300 },
  );
});
