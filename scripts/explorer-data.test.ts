import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { flowIds, loadFlow } from '@/flows';
import { flowFingerprint } from '@/lib/explorer/explorer-data';
import { explorerData } from '@/app/flows/[flowId]/_lib/explorer-data';
import { buildExplorerData, explorerDataPath, explorerDataText } from './explorer-data';

const root = path.resolve(__dirname, '..');

const FIX = 'npm run flow:explorer -- --force';

test(`each flow of the registry has its explorer data, and the page imports it (if not: ${FIX})`, () => {
  const folder = path.dirname(path.join(root, explorerDataPath('x')));
  expect(readdirSync(folder).sort()).toEqual(flowIds().map((id) => `${id}.json`).sort());
  // Keyed by flow: a stale file's diff names its flow, not just two hashes.
  const fingerprints = (of: (id: string) => string) => Object.fromEntries(flowIds().map((id) => [id, of(id)]));
  expect(fingerprints((id) => explorerData(id).flowFingerprint)).toEqual(fingerprints((id) => flowFingerprint(loadFlow(id))));
});

test.each(flowIds())(`the committed explorer data of %s is what the build makes (make it again with ${FIX})`, async (id) => {
  const { data } = await buildExplorerData(loadFlow(id));
  expect(readFileSync(path.join(root, explorerDataPath(id)), 'utf8')).toBe(explorerDataText(data));
  // Time limits only catch hangs: exploring every path of the machine takes seconds on a shared machine.
}, 300_000);
