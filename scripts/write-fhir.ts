/**
 * npm run fhir:questionnaires (and the first step of npm run build): writes each flow's FHIR R4
 * Questionnaire to public/fhir/Questionnaire-<flowId>.json, so a static host serves it too. The files
 * are committed; scripts/write-fhir.test.ts fails when one is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { flowIds, getFlow } from '@/flows';
import { flowQuestionnaire } from '@/lib/fhir';

const folder = path.join(__dirname, '..', 'public', 'fhir');
mkdirSync(folder, { recursive: true });
for (const id of flowIds()) {
  const file = path.join(folder, `Questionnaire-${id}.json`);
  writeFileSync(file, JSON.stringify(flowQuestionnaire(getFlow(id)!), null, 2) + '\n');
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
