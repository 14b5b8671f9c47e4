/** The address of a check in a region: neutral, the same for every step. */
export function checkHref(flowId: string, regionId: string): string {
  return `/check/${flowId}/${regionId}`;
}

/**
 * The help page for a check that could not run (no JavaScript on a static copy, or a fault on our side):
 * the emergency signs and number, and where to get other help. Prerendered, so it needs nothing that failed.
 */
export function helpHref(flowId: string, regionId: string): string {
  return `${checkHref(flowId, regionId)}/no-javascript`;
}

/**
 * Where "Go to your self-care plan" goes, on the result's page. Neutral too: without JavaScript the
 * link puts it in the address, and so in the browser's history.
 */
export const PLAN_HEADING_ID = 'read-on';
