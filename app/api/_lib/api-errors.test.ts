import { array, safeParse, string } from 'zod/mini';
import { inputIssues } from '@/lib/triage/patient';
import { ApiError, errorResponse, invalidInput, MAX_ISSUES, methodNotAllowed } from './api-errors';

describe('API errors', () => {
  test('an ApiError answers with its status, its line and its issues', async () => {
    const response = new ApiError(404, 'no such thing', [{ path: 'a', message: 'b' }]).toResponse();
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'no such thing', issues: [{ path: 'a', message: 'b' }] });
  });

  test('a zod error becomes a 400 with one line, listing at most MAX_ISSUES issues', () => {
    const result = safeParse(array(string({ error: 'must be a string' })), Array(MAX_ISSUES + 5).fill(1));
    const error = invalidInput(inputIssues(result.error!.issues));
    expect(error.status).toBe(400);
    expect(error.message).toBe(`[0]: must be a string (and ${MAX_ISSUES + 4} more problems)`);
    expect(error.issues).toHaveLength(MAX_ISSUES);
  });

  test('anything else is a generic 500, and only the error is logged', async () => {
    const log = jest.fn();
    const response = errorResponse(new TypeError('x is undefined'), log);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'internal error', issues: [] });
    expect(String(log.mock.calls[0])).toContain('TypeError: x is undefined');
    errorResponse({ secret: 'body' }, log);
    expect(log.mock.calls[1]).toEqual(['api: internal error:', 'thrown object']);
  });

  test('405 names the allowed methods in the Allow header and the line', async () => {
    const response = methodNotAllowed(['GET', 'HEAD'])(new Request('http://localhost/', { method: 'DELETE' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await response.json()).toEqual({ error: 'DELETE is not allowed here; use GET or HEAD', issues: [] });
  });
});
