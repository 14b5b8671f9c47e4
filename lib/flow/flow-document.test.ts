import { tinyFlow } from '../testing/tiny-flow';
import { toFlowCore } from './flow-core';
import { flowDocument } from './flow-document';
import { FLOW_PARTS } from './flow-schema';
import { flowJsonSchemas, schemaFileName } from './json-schema';
import { parseFlow } from './parse-flow';

const flow = parseFlow(tinyFlow());

test('the published flow is every part a client needs, and its facts, as they are', () => {
  const document = flowDocument(flow);
  expect(Object.keys(document)).toEqual([
    'id', 'version', 'date', 'title', 'description', 'audience', 'facts', 'screens', 'findings', 'rules', 'outcomes', 'causes',
    'region', 'services', 'selfCare', 'professionalCare', 'sources',
  ]);
  for (const [key, value] of Object.entries(document)) expect(value).toBe(flow[key as keyof typeof flow]);
});

test('the browser’s part of a flow leaves out the copy the server renders', () => {
  const core = toFlowCore(flow);
  expect(Object.keys(core).sort()).toEqual([
    'causes', 'facts', 'findings', 'id', 'outcomes', 'professionalCare', 'rules', 'screens', 'selfCare', 'sources', 'title', 'version',
  ]);
  for (const key of ['id', 'version', 'title', 'screens'] as const) expect(core[key]).toBe(flow[key]);
  for (const key of ['facts', 'sources', 'findings', 'rules', 'causes'] as const) expect(core[key]).toEqual(flow[key]);
  expect(core.selfCare).toEqual({ extraAdvice: flow.selfCare.extraAdvice });
  // Who the treatments are for and the advice are worked out in the browser; the treatments themselves are rendered on the server.
  expect(core.professionalCare).toEqual({ when: flow.professionalCare.when, advice: flow.professionalCare.advice });
  expect(Object.keys(core.outcomes)).toEqual(Object.keys(flow.outcomes));
  for (const [id, outcome] of Object.entries(flow.outcomes)) {
    expect(core.outcomes[id]).toEqual({ tier: outcome.tier, title: outcome.title, plan: outcome.plan, safetyNet: outcome.safetyNet });
  }
});

test('the browser’s part of a flow carries no note for reviewers', () => {
  const note = 'For reviewers: never shown to the person.';
  const noted = <T extends object>(part: T) => ({ ...part, note });
  const eachNoted = <T extends object>(parts: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(parts).map(([id, part]) => [id, noted(part)]));
  const withNotes = {
    ...flow,
    facts: eachNoted(flow.facts),
    sources: eachNoted(flow.sources),
    findings: eachNoted(flow.findings),
    rules: flow.rules.map(noted),
    causes: flow.causes.map(noted),
  };
  expect(JSON.stringify(toFlowCore(flow))).not.toContain(note);
  expect(JSON.stringify(withNotes).split(note).length - 1).toBeGreaterThanOrEqual(5);
  expect(JSON.stringify(toFlowCore(withNotes))).not.toContain(note);
  expect(toFlowCore(withNotes)).toEqual(toFlowCore(flow));
});

test('each file of a flow folder has a JSON Schema, named after the file', () => {
  const schemas = flowJsonSchemas();
  expect(Object.keys(schemas)).toEqual(Object.keys(FLOW_PARTS));
  expect(schemas.rules).toMatchObject({ title: 'Flow rules file', $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
  expect(schemas['self-care']).toMatchObject({ title: 'Flow self-care file', required: ['selfCare'] });
  expect(schemaFileName('professional-care')).toBe('professional-care.schema.json');
});
