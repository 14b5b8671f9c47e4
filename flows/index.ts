import type { Flow } from '@/lib/flow/flow-schema';
import { parseFlow } from '@/lib/flow/parse-flow';
import { localizeFlow, parseRegions, type Region } from '@/lib/flow/regions';
import { backSpasmsParts } from './back-spasms';
import regionsFile from './regions/regions.json';

/**
 * The one registry of flows and regions: the app, the API and the CLI look flows up here, by id and
 * region. Each flow is put in a region's words and checked the first time it is asked for.
 */
const parts: ReadonlyMap<string, Readonly<Record<string, unknown>>> = new Map([[backSpasmsParts.id, backSpasmsParts]]);
const regions = parseRegions(regionsFile);
const localized = new Map<string, Flow>();

export const DEFAULT_FLOW_ID = 'back-spasms';
export const DEFAULT_REGION_ID = regions.defaultRegion;

export function getFlow(id: string, regionId: string = DEFAULT_REGION_ID): Flow | undefined {
  const flowParts = parts.get(id);
  const region = getRegion(regionId);
  if (!flowParts || !region) return undefined;
  const key = `${id}/${regionId}`;
  let flow = localized.get(key);
  if (!flow) localized.set(key, (flow = parseFlow(localizeFlow(flowParts, region))));
  return flow;
}

export function flowIds(): string[] {
  return [...parts.keys()];
}

export function getRegion(id: string): Region | undefined {
  return Object.hasOwn(regions.regions, id) ? regions.regions[id] : undefined;
}

export function regionIds(): string[] {
  return Object.keys(regions.regions);
}

export { regions };

/** The flow, for code that names a flow it knows exists (pages, tests): throws if it does not. */
export function loadFlow(id: string, regionId: string = DEFAULT_REGION_ID): Flow {
  const flow = getFlow(id, regionId);
  if (!flow) throw new Error(`no flow "${id}" in region "${regionId}"`);
  return flow;
}
