import { loadFlow } from '@/flows';
import { noSuchRoute } from '@/app/api/_lib/api-errors';
import { apiRoute } from '@/app/api/_lib/api-route';
import { jsonResponse } from '@/app/api/_lib/json-response';
import { readJsonBody } from '@/app/api/_lib/read-json-body';
import { runTriage } from '@/lib/triage/run-triage';

/*
 * POST /api/bench/reference, for `npm run bench` only (BENCH_REFERENCE=1 on the server; a 404 otherwise):
 * the same route, body reading and JSON answer as POST /api/triage, but the answer is always the same
 * one, worked out once. The difference between the two is the cost of checking the patient and
 * triaging them.
 */
let answer: unknown;

const route = apiRoute({
  POST: async (request) => {
    await readJsonBody(request);
    answer ??= runTriage(loadFlow('back-spasms'), { age: 34, sex: 'male', durationDays: 2, findings: ['recent_strain_or_lifting'] });
    return jsonResponse(answer);
  },
});

/** Outside the bench, the route is not there: any method gets what any unknown /api path gets. */
const benchOnly =
  (handler: (typeof route)['POST']): typeof handler =>
  (request, context) =>
    process.env.BENCH_REFERENCE === '1' ? handler(request, context) : Promise.resolve(noSuchRoute());

export const GET = benchOnly(route.GET);
export const HEAD = benchOnly(route.HEAD);
export const POST = benchOnly(route.POST);
export const PUT = benchOnly(route.PUT);
export const PATCH = benchOnly(route.PATCH);
export const DELETE = benchOnly(route.DELETE);
export const OPTIONS = benchOnly(route.OPTIONS);
