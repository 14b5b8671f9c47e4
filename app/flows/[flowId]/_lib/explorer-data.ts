import { parseExplorerData, type ExplorerData } from '@/lib/explorer/explorer-data';
import backSpasms from '../_data/back-spasms.json';

/*
 * Each flow's explorer data, made by `npm run flow:explorer` (scripts/explorer-data.ts) and imported,
 * so the page's code carries it to the browser rather than its props (lib/explorer/explorer-data.ts
 * says why). One line per flow of the registry (flows/index.ts): a test checks none is missing.
 */
const FILES: Readonly<Record<string, unknown>> = { 'back-spasms': backSpasms };

const parsed = new Map<string, ExplorerData>();

/** The explorer data of a flow, parsed once. Throws, saying what to run, for a flow that has none. */
export function explorerData(flowId: string): ExplorerData {
  let data = parsed.get(flowId);
  if (data) return data;
  if (!Object.hasOwn(FILES, flowId)) {
    throw new Error(`no explorer data for flow "${flowId}": run npm run flow:explorer, and import its file in app/flows/[flowId]/_lib/explorer-data.ts`);
  }
  data = parseExplorerData(FILES[flowId], `the explorer data of "${flowId}"`);
  parsed.set(flowId, data);
  return data;
}
