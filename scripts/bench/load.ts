import autocannon from 'autocannon';
import type { Patient } from '@/lib/triage/patient';

export interface LoadResult {
  readonly target: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly requests: number;
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function summary(target: string, result: autocannon.Result): LoadResult {
  return {
    target,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

/** autocannon on loopback: 10 s, 50 connections, for the API with a mix of patients and for the wizard page. */
export async function measureLoad(base: string, patients: readonly Patient[], seconds = 10): Promise<LoadResult[]> {
  const api = await run({
    url: `${base}/api/triage`,
    connections: 50,
    duration: seconds,
    requests: patients.map((patient) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(patient),
    })),
  });
  const page = await run({ url: `${base}/check/back-spasms`, connections: 50, duration: seconds });
  return [summary('POST /api/triage', api), summary('GET /check/back-spasms', page)];
}
