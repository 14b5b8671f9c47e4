import type { Flow } from '@/lib/flow/flow-schema';
import { lookupFlow, type FlowRegistry } from '@/lib/flow/registry';
import { ApiError } from './api-errors';

/** The flow with this id, or a 404 naming the known flows. */
export function requireFlow(registry: FlowRegistry, id: string, path = ''): Flow {
  const found = lookupFlow(registry, id);
  if ('flow' in found) return found.flow;
  throw new ApiError(404, path ? `${path}: ${found.problem}` : found.problem, path ? [{ path, message: found.problem }] : []);
}
