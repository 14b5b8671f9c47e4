/** The address of a check in a region: neutral, the same for every step. */
export function checkHref(flowId: string, regionId: string): string {
  return `/check/${flowId}/${regionId}`;
}

/** The page a fault of the check sends a person to: what to do now, since the check cannot say. */
export function faultHref(flowId: string, regionId: string): string {
  return `${checkHref(flowId, regionId)}/fault`;
}

/**
 * Where "Go to your self-care plan" goes, on the result's page. Neutral too: without JavaScript the
 * link puts it in the address, and so in the browser's history.
 */
export const PLAN_HEADING_ID = 'read-on';
