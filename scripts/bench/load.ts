import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { Patient } from '@/lib/triage/patient';

export interface LoadResult {
  readonly target: string;
  readonly via: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Connection errors, timeouts and responses other than 2xx. */
  readonly errors: number;
  readonly requests: number;
  /** Requests per second of CPU time the target's server processes used (when their pids are given). */
  readonly requestsPerCpuSecond: number | null;
  /** p99 of the requests sent on connections already open: each connection's first request left out (see run). */
  readonly openP99Ms: number;
}

export interface LoadOptions {
  readonly seconds: number;
  readonly connections: number;
  /** The app instances: each run starts once they are idle again (see settle). */
  readonly appPids: readonly number[];
}

type Run = autocannon.Result & { readonly openP99Ms: number };

/**
 * One autocannon run. It opens all its connections at once, and a Node.js server accepts one new
 * connection per turn of its event loop (libuv since 1.45, libuv/libuv#3696): under load, a turn takes
 * tens of milliseconds, so the last of the 50 first requests wait up to a second to be accepted and set
 * the p99 of a short run alone. openP99Ms is the p99 without each connection's first request.
 */
function run(options: autocannon.Options): Promise<Run> {
  return new Promise((resolve, reject) => {
    const seen = new WeakSet<object>();
    const open: number[] = [];
    const instance = autocannon(options, (error, result) => {
      if (error) return reject(error);
      open.sort((a, b) => a - b);
      resolve({ ...result, openP99Ms: Math.round(open[Math.floor(open.length * 0.99)] ?? 0) });
    });
    instance.on('response', (client: object, _status: number, _bytes: number, ms: number) => {
      if (seen.has(client)) open.push(ms);
      else seen.add(client);
    });
  });
}

/** As a browser asks: gzip accepted (nginx then sends the page's .gz). */
const GET_HEADERS = { 'accept-encoding': 'gzip' };

export interface Target {
  readonly target: string;
  readonly via: string;
  readonly options: autocannon.Options;
  /** The server processes whose CPU time is counted. */
  readonly pids?: readonly number[];
}

export const getPage = (target: string, via: string, url: string): Target => ({ target, via, options: { url, headers: GET_HEADERS } });

/** Linux's clock ticks per second (sysconf(_SC_CLK_TCK)), 100 everywhere this runs. */
const TICKS_PER_SECOND = 100;

/** CPU time used so far by these processes (user + system), in seconds, from /proc/<pid>/stat. */
function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** POSTs of a mix of patients, the same bodies whatever the route. */
export const postPatients = (target: string, via: string, url: string, patients: readonly Patient[], pids?: readonly number[]): Target => ({
  target,
  via,
  pids,
  options: {
    url,
    requests: patients.map((patient) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', ...GET_HEADERS },
      body: JSON.stringify(patient),
    })),
  },
});

/**
 * Waits until these processes are idle (at most a tick of CPU in 250 ms), up to 20 s. autocannon stops
 * by closing its connections, but a Next.js instance finishes every request it has read: without this,
 * the next run would pay for the last one's backlog, and be charged its CPU.
 */
async function settle(pids: readonly number[]): Promise<void> {
  const until = Date.now() + 20_000;
  let last = cpuSeconds(pids);
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = cpuSeconds(pids);
    if (now - last <= 1 / TICKS_PER_SECOND) return;
    last = now;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Targets that are compared with each other, measured in interleaved rounds (A B C, A B C, …), so that a
 * burst of load from elsewhere on this shared machine falls on all of them alike: a second's warm-up
 * of each (10 connections), thrown away, then `rounds` rounds of `seconds / rounds` each. req/s is over all rounds; p50 and
 * p99 are the medians of the rounds' (autocannon does not hand out its histogram to merge). With pids,
 * the requests per second of those processes' CPU time too: what a route costs, whatever else runs.
 */
export async function measureTogether(targets: readonly Target[], load: LoadOptions, rounds = 3): Promise<LoadResult[]> {
  // Warm-up: a Next.js instance loads and compiles a route on its first requests, which take seconds here.
  for (const t of targets) await run({ ...t.options, connections: 10, duration: 1 });
  await settle(load.appPids);
  const results = targets.map(() => [] as Run[]);
  const cpu = targets.map(() => 0);
  const duration = Math.max(1, Math.round(load.seconds / rounds));
  for (let round = 0; round < rounds; round++) {
    for (const [i, t] of targets.entries()) {
      const before = t.pids ? cpuSeconds(t.pids) : 0;
      results[i]!.push(await run({ ...t.options, connections: load.connections, duration, timeout: 10 }));
      // The requests read before the end are answered after it: their CPU counts, the next run waits.
      await settle(load.appPids);
      if (t.pids) cpu[i]! += cpuSeconds(t.pids) - before;
    }
  }
  return targets.map((t, i) => {
    const all = results[i]!;
    const requests = all.reduce((sum, r) => sum + r.requests.total, 0);
    return {
      target: t.target,
      via: t.via,
      requestsPerSecond: Math.round(requests / all.reduce((sum, r) => sum + r.duration, 0)),
      p50Ms: median(all.map((r) => r.latency.p50)),
      p99Ms: median(all.map((r) => r.latency.p99)),
      errors: all.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
      requests,
      requestsPerCpuSecond: t.pids && cpu[i]! > 0 ? Math.round(requests / cpu[i]!) : null,
      openP99Ms: median(all.map((r) => r.openP99Ms)),
    };
  });
}
