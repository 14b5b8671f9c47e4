import { ApiError } from './api-errors';
import type { Flow } from './flow-schema';

/** What the API needs from the flow registry; the routes pass flows/index.ts, tests may pass their own. */
export interface FlowRegistry {
  readonly DEFAULT_FLOW_ID: string;
  getFlow(id: string): Flow | undefined;
  flowIds(): string[];
}

/** Flow ids are lower-kebab-case; only a string of that shape is safe to repeat in an error. */
const PLAIN_FLOW_ID = /^[a-z0-9_-]{1,64}$/;

/** The flow with this id, or a 404 that names the known flows (and the asked-for id only if it is plain). */
export function requireFlow(registry: FlowRegistry, id: string, path = ''): Flow {
  const flow = registry.getFlow(id);
  if (flow) return flow;
  const message = `${PLAIN_FLOW_ID.test(id) ? `unknown flow "${id}"` : 'unknown flow'}; known flows: ${registry.flowIds().join(', ')}`;
  throw new ApiError(404, path ? `${path}: ${message}` : message, path ? [{ path, message }] : []);
}
