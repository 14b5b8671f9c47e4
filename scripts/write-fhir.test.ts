import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { flowIds, getFlow } from '@/flows';
import { flowQuestionnaire } from '@/lib/fhir';

const folder = path.join(__dirname, '..', 'public', 'fhir');

test('public/fhir/ holds each flow’s Questionnaire as generated (regenerate with npm run fhir:questionnaires)', () => {
  expect(readdirSync(folder).sort()).toEqual(flowIds().map((id) => `Questionnaire-${id}.json`).sort());
  for (const id of flowIds()) {
    const file = readFileSync(path.join(folder, `Questionnaire-${id}.json`), 'utf8');
    expect(JSON.parse(file)).toEqual(flowQuestionnaire(getFlow(id)!));
    expect(file).toBe(JSON.stringify(flowQuestionnaire(getFlow(id)!), null, 2) + '\n');
  }
});
