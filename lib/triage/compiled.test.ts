import fc from 'fast-check';
import { parseFlow } from '../flow/parse-flow';
import { exploreFlow } from '../testing/flow-paths';
import { patientArbitrary } from '../testing/patient-arbitrary';
import { tinyFlow } from '../testing/tiny-flow';
import { readAnswers } from './answers';
import { compileTriage } from './compiled';
import { machineFor, runMachine } from './run-machine';

/*
 * The compiled engine answers exactly what the machine outputs, for the tiny flow here and for every
 * flow in its own folder's tests (flows/back-spasms/paths.test.ts).
 */
const flow = parseFlow(tinyFlow());
const { run } = compileTriage(flow);

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
