import type { Flow } from '@/lib/flow/flow-schema';
import { lookupFlow, type FlowRegistry } from '@/lib/flow/registry';
import { ApiError } from './api-errors';

/**
 * The flow with this id in this region's words, or a 404 naming the known flows or regions; in a
 * request body, the message points at the field (`flow` or `region`) that was wrong.
 */
export function requireFlow(registry: FlowRegistry, id: string, regionId?: string, inBody = true): Flow {
  const found = lookupFlow(registry, id, regionId);
  if ('flow' in found) return found.flow;
  const path = found.problem.startsWith('unknown region') ? 'region' : 'flow';
  if (!inBody) throw new ApiError(404, found.problem);
  throw new ApiError(404, `${path}: ${found.problem}`, [{ path, message: found.problem }]);
}
