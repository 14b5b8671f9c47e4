/** The address of a check in a region: neutral, the same for every step. */
export function checkHref(flowId: string, regionId: string): string {
  return `/check/${flowId}/${regionId}`;
}
