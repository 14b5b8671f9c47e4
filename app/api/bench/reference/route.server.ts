import { loadFlow } from '@/flows';
import { ApiError } from '@/app/api/_lib/api-errors';
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

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  POST: async (request) => {
    if (process.env.BENCH_REFERENCE !== '1') throw new ApiError(404, 'no such API route');
    await readJsonBody(request);
    answer ??= runTriage(loadFlow('back-spasms'), { age: 34, sex: 'male', durationDays: 2, findings: ['recent_strain_or_lifting'] });
    return jsonResponse(answer);
  },
});
