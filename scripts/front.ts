/**
 * Starting what production runs, for the browser tests and the benchmarks: app instances from the
 * standalone build (`npm run build`), and Debian's nginx in front of them rendered from deploy/, each on
 * a free local port, with its files under .cache/. Nothing here needs root.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { FrontOptions } from '../deploy/render-nginx.mjs';

export const ROOT = path.resolve(__dirname, '..');
export const STANDALONE_DIR = path.join(ROOT, '.next', 'standalone');
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** A free local port: any the system gives, or the first free one of `range` (inclusive), skipping `taken`. */
export async function freePort(range?: readonly [number, number], taken: readonly number[] = []): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address() as { port: number };
        server.close(() => resolve(bound));
      });
    });
  if (!range) {
    const port = await tryPort(0);
    if (port === null) throw new Error('no free local port');
    return port;
  }
  for (let port = range[0]; port <= range[1]; port++) {
    if (!taken.includes(port) && (await tryPort(port)) !== null) return port;
  }
  throw new Error(`no free port in ${range[0]}–${range[1]}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once a GET of url answers (any status), or throws after `tries` attempts. */
async function waitForAnswer(url: string, child: ChildProcess, what: string, tries = 240): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before answering`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`${what} did not answer on ${url}`);
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

export interface AppInstance {
  readonly port: number;
  readonly pid: number;
  readonly url: string;
  readonly address: string;
  /** SIGTERM: the server stops taking connections and finishes what it is answering, then exits. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * What `npm start` hands node (package.json), with its paths made absolute: the tests and the bench run
 * the very command a deployment runs, gzip level included (scripts/gzip-level.cjs).
 */
export function startArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = scripts.start.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`npm start should run node, not ${command}`);
  return args.map((arg) => (arg.startsWith('-') ? arg : path.resolve(ROOT, arg)));
}

/** One app instance: `npm start` (the standalone build) on a local port. */
export async function startApp(port: number, env: Record<string, string> = {}): Promise<AppInstance> {
  const args = startArguments();
  const server = args.at(-1)!;
  if (!existsSync(server)) throw new Error(`no ${path.relative(ROOT, server)}: run npm run build first`);
  const child = spawn(process.execPath, args, {
    cwd: STANDALONE_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited(child);
  };
  try {
    await waitForAnswer(`${url}/api/health`, child, `the app on port ${port}`);
  } catch (error) {
    await stop('SIGKILL');
    throw error;
  }
  return { port, pid: child.pid!, url, address: `127.0.0.1:${port}`, stop };
}

/**
 * deploy/render-nginx.mjs, run as a deployment would run it (and so whatever loads this module, ES module
 * or CommonJS, need not load an ES module).
 */
function renderNginx(options: FrontOptions): string {
  const args = [path.join(ROOT, 'deploy', 'render-nginx.mjs'), options.kind, '--out', options.out, '--listen', options.listen];
  const flags: [string, string | number | undefined][] = [
    ['--runtime-dir', options.runtimeDir],
    ['--app-dir', options.appDir],
    ['--site-dir', options.siteDir],
    ['--api-rate', options.apiRate],
    ['--api-burst', options.apiBurst],
    ...(options.upstreams ?? []).map((address): [string, string] => ['--upstream', address]),
  ];
  for (const [flag, value] of flags) if (value !== undefined) args.push(flag, String(value));
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`render-nginx failed: ${result.stderr}`);
  return result.stdout.trim();
}

export interface Front {
  readonly pid: number;
  readonly url: string;
  readonly accessLog: string;
  readonly errorLog: string;
  /** The access log's lines so far. */
  log(): string[];
  /** SIGQUIT: nginx finishes what it is answering, then exits. */
  stop(): Promise<void>;
}

/**
 * nginx in front, rendered from deploy/ into `dir` (under .cache/), listening on 127.0.0.1:port.
 * `adjust` may change the rendered files before nginx checks them (the bench adds a location).
 */
export async function startNginx(
  port: number,
  dir: string,
  options: Omit<FrontOptions, 'out' | 'listen' | 'runtimeDir'>,
  adjust?: (renderedDir: string) => void,
): Promise<Front> {
  if (!existsSync(NGINX_PATH)) throw new Error(`no nginx at ${NGINX_PATH}: apt-get install nginx (npm test does, as root), or set NGINX_PATH`);
  rmSync(dir, { recursive: true, force: true });
  const runtimeDir = path.join(dir, 'run');
  mkdirSync(runtimeDir, { recursive: true });
  const config = renderNginx({ ...options, out: dir, listen: `127.0.0.1:${port}`, runtimeDir });
  adjust?.(dir);
  const errorLog = path.join(runtimeDir, 'error.log');
  const args = ['-p', runtimeDir, '-c', config, '-e', errorLog];
  const check = spawnSync(NGINX_PATH, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed for ${config}:\n${check.stderr}`);
  // In the foreground, so it is this process's child and stops with it.
  const child = spawn(NGINX_PATH, [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
    await exited(child);
  };
  try {
    await waitForAnswer(`${url}/`, child, 'nginx');
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error instanceof Error ? error.message : error}\n${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
  }
  const accessLog = path.join(runtimeDir, 'access.log');
  return {
    pid: child.pid!,
    url,
    accessLog,
    errorLog,
    log: () => (existsSync(accessLog) ? readFileSync(accessLog, 'utf8').split('\n').filter(Boolean) : []),
    stop,
  };
}
