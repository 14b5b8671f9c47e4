import type { ExplorerData } from '@/lib/explorer/explorer-data';
import backSpasms from '../_data/back-spasms.json';

/*
 * Each flow's explorer data, made by `npm run flow:explorer` (scripts/explorer-data.ts) and imported,
 * so the page's code carries it to the browser rather than its props (lib/explorer/explorer-data.ts
 * says why). One line per flow of the registry (flows/index.ts): a test checks none is missing.
 *
 * The page checks each file where it is prerendered (page.tsx), so a bad one fails the build. The
 * browser runs the same build's copy, and trusts it: checking it there would bring zod into the
 * scripts every page shares.
 */
const FILES: Readonly<Record<string, unknown>> = { 'back-spasms': backSpasms };

/** The explorer data of a flow. Throws, saying what to run, for a flow that has none. */
export function explorerData(flowId: string): ExplorerData {
  if (!Object.hasOwn(FILES, flowId)) {
    throw new Error(`no explorer data for flow "${flowId}": run npm run flow:explorer, and import its file in app/flows/[flowId]/_lib/explorer-data.ts`);
  }
  return FILES[flowId] as ExplorerData;
}
