import type { Flow } from './flow-schema';

/** What the API and the CLI need of the flow registry: flows/index.ts, or a test's own. */
export interface FlowRegistry {
  readonly DEFAULT_FLOW_ID: string;
  readonly DEFAULT_REGION_ID: string;
  getFlow(id: string, regionId?: string): Flow | undefined;
  flowIds(): string[];
  regionIds(): string[];
}

/** Ids are lower-kebab-case; only a string of that shape is safe to repeat in a message. */
const PLAIN_ID = /^[a-z0-9_-]{1,64}$/;

const unknown = (what: string, id: string, known: string[]) =>
  `${PLAIN_ID.test(id) ? `unknown ${what} "${id}"` : `unknown ${what}`}; known ${what}s: ${known.join(', ')}`;

/** The flow with this id in this region's words, or why there is none, naming what is known. */
export function lookupFlow(registry: FlowRegistry, id: string, regionId: string = registry.DEFAULT_REGION_ID): { flow: Flow } | { problem: string } {
  if (!registry.regionIds().includes(regionId)) return { problem: unknown('region', regionId, registry.regionIds()) };
  const flow = registry.getFlow(id, regionId);
  if (flow) return { flow };
  return { problem: unknown('flow', id, registry.flowIds()) };
}
