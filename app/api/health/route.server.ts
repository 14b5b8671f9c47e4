import { apiRoute } from '@/app/api/_lib/api-route';
import { jsonResponse } from '@/app/api/_lib/json-response';

/*
 * GET /api/health: for a load balancer or nginx health check, and to see which build an instance runs.
 * It says only that the process answers and its version (next.config.js sets APP_VERSION at build time):
 * nothing about the machine, and it needs nothing else to be up, as the app keeps no state.
 */
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: async () => jsonResponse({ status: 'ok', version: process.env.APP_VERSION ?? 'unknown' }),
});
