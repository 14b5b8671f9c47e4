import type { Flow } from './flow-schema';

/** What the API and the CLI need of the flow registry: flows/index.ts, or a test's own. */
export interface FlowRegistry {
  readonly DEFAULT_FLOW_ID: string;
  getFlow(id: string): Flow | undefined;
  flowIds(): string[];
}

/** Flow ids are lower-kebab-case; only a string of that shape is safe to repeat in a message. */
const PLAIN_FLOW_ID = /^[a-z0-9_-]{1,64}$/;

/** The flow with this id, or why there is none: the known flows, and the asked-for id only if it is plain. */
export function lookupFlow(registry: FlowRegistry, id: string): { flow: Flow } | { problem: string } {
  const flow = registry.getFlow(id);
  if (flow) return { flow };
  return { problem: `${PLAIN_FLOW_ID.test(id) ? `unknown flow "${id}"` : 'unknown flow'}; known flows: ${registry.flowIds().join(', ')}` };
}
