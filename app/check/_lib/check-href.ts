/** The address of a check in a region: neutral, the same for every step. */
export function checkHref(flowId: string, regionId: string): string {
  return `/check/${flowId}/${regionId}`;
}

/**
 * Where "Go to your self-care plan" goes, on the result's page. Neutral too: without JavaScript the
 * link puts it in the address, and so in the browser's history.
 */
export const PLAN_HEADING_ID = 'read-on';
