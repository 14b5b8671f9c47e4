import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Flow } from '@/lib/flow/flow-schema';
import { explorerDataPath, flowFingerprint, parseExplorerData, type ExplorerData } from '@/lib/explorer/explorer-data';

const read = new WeakMap<Flow, ExplorerData>();

/**
 * The flow's explorer data, made when the app was built (npm run flow:explorer), read once per flow.
 * Throws, saying what to run, if it is missing or was made from another version of the flow: the page
 * never shows figures or a graph that are not the flow's own.
 */
export function readExplorerData(flow: Flow): ExplorerData {
  const cached = read.get(flow);
  if (cached) return cached;
  const file = explorerDataPath(flow.id);
  let text: string;
  try {
    text = readFileSync(path.join(process.cwd(), file), 'utf8');
  } catch {
    throw new Error(`no explorer data for flow "${flow.id}" in ${file}: run npm run flow:explorer`);
  }
  const data = parseExplorerData(JSON.parse(text), file);
  if (data.flowId !== flow.id || data.flowFingerprint !== flowFingerprint(flow)) {
    throw new Error(`${file} was made from another version of flow "${flow.id}": run npm run flow:explorer`);
  }
  read.set(flow, data);
  return data;
}
