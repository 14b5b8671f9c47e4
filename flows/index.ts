import type { Flow } from '@/lib/flow/flow-schema';
import { backSpasmsFlow } from './back-spasms';

/** The one registry of flows: the app, the API and the CLI look flows up here by id. */
const flows: ReadonlyMap<string, Flow> = new Map([[backSpasmsFlow.id, backSpasmsFlow]]);

export const DEFAULT_FLOW_ID = 'back-spasms';

export function getFlow(id: string): Flow | undefined {
  return flows.get(id);
}

export function flowIds(): string[] {
  return [...flows.keys()];
}
