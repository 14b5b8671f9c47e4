'use client';

import { explorerData } from '../_lib/explorer-data';
import { FlowExplorer } from './flow-explorer';

/**
 * The explorer, rendered from the data its code imports: prerendered as HTML, then run in the browser
 * for "Try a patient". Its only prop is the flow's id, so the page sends next to nothing inline (see
 * lib/explorer/explorer-data.ts).
 */
export function ExplorerPage({ flowId }: { flowId: string }) {
  const data = explorerData(flowId);
  return <FlowExplorer flow={data.flow} data={data} />;
}
