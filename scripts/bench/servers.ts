import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { freePort, ROOT, STANDALONE_DIR, startApp, startNginx, type AppInstance, type Front } from '../front';

/** The bench's ports: nothing it starts listens anywhere else. */
export const PORTS = [3530, 3549] as const;

/** Where nginx serves the prerendered pages as plain files: no try_files, no maps, no headers of its own. */
export const CEILING_PREFIX = '/__bench-ceiling/';

const CACHE = path.join(ROOT, '.cache', 'bench');
const PAGES_DIR = path.join(STANDALONE_DIR, '.next', 'server', 'app');

export interface BenchServers {
  /** Two app instances, each as `npm start` runs it (startApp), BENCH_REFERENCE=1. */
  readonly apps: readonly AppInstance[];
  /** Debian's nginx rendered from deploy/, in front of both instances, plus the ceiling location. */
  readonly front: Front;
  /** What the bench had to supply that the build did not, said in the output. */
  readonly notes: readonly string[];
  stop(): Promise<void>;
}

type Headers = Record<string, string>;

/**
 * deploy/nginx.conf includes .next/nginx/security-headers{.maps,}.conf from the deployed build, which
 * scripts/postbuild-csp.mjs is meant to write. When a build has none, the bench writes the same two files
 * from the build's .next/security-headers.json into .cache/ and points the rendered config there.
 */
function standInHeaderIncludes(): string | null {
  if (existsSync(path.join(STANDALONE_DIR, '.next', 'nginx', 'security-headers.conf'))) return null;
  const record = JSON.parse(readFileSync(path.join(ROOT, '.next', 'security-headers.json'), 'utf8')) as { headers: Headers; apiHeaders: Headers };
  const variable = (name: string) => `$security_${name.toLowerCase().replace(/-/g, '_')}`;
  const maps: string[] = ['# Written by npm run bench (a stand-in for what scripts/postbuild-csp.mjs should write).'];
  for (const [name, value] of Object.entries(record.headers)) {
    const api = record.apiHeaders[name] ?? value;
    if (api !== value) maps.push(`map $uri ${variable(name)}_for_uri {`, `  ~^/api(/|$) ${JSON.stringify(api)};`, `  default ${JSON.stringify(value)};`, '}');
    const own = api === value ? JSON.stringify(value) : `${variable(name)}_for_uri`;
    maps.push(`map $upstream_http_${name.toLowerCase().replace(/-/g, '_')} ${variable(name)} {`, `  "" ${own};`, '  default "";', '}');
  }
  const adds = Object.keys(record.headers).map((name) => `add_header ${name} ${variable(name)} always;`);
  const dir = path.join(CACHE, 'nginx-includes');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'security-headers.maps.conf'), maps.join('\n') + '\n');
  writeFileSync(path.join(dir, 'security-headers.conf'), adds.join('\n') + '\n');
  return dir;
}

/** The .gz beside each prerendered page that deploy/nginx-site.conf's gzip_static expects, when the build wrote none. */
function standInGzip(): number {
  let count = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(html|js|css|svg|txt)$/.test(entry.name) && !existsSync(`${file}.gz`)) {
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
        count += 1;
      }
    }
  };
  for (const dir of [PAGES_DIR, path.join(STANDALONE_DIR, '.next', 'static')]) walk(dir);
  return count;
}

/**
 * Starts what the load, the slow phone and Lighthouse run against. The API's rate limit is raised: a
 * load test from one address is exactly what the shipped limit refuses. The ceiling location serves the
 * same prerendered HTML files (and their .gz) the front serves for the pages, as nothing but files.
 */
export async function startServers(log: (line: string) => void): Promise<BenchServers> {
  const notes: string[] = ["/bench/reference is rendered per request, so the site's CSP blocks its scripts: the bench's front serves it with a CSP that lets them run"];
  const includes = standInHeaderIncludes();
  if (includes) notes.push('the build has no .next/nginx/ (postbuild-csp.mjs on main does not write it): the bench wrote stand-in header includes from .next/security-headers.json');
  const gzipped = standInGzip();
  if (gzipped) notes.push(`the build has no .gz files for gzip_static: the bench wrote ${gzipped} beside the standalone copies`);

  const taken: number[] = [];
  const port = async () => {
    const p = await freePort(PORTS, taken);
    taken.push(p);
    return p;
  };
  const env = { BENCH_REFERENCE: '1' };
  const apps: AppInstance[] = [];
  let front: Front | undefined;
  const stop = async () => {
    await front?.stop();
    await Promise.all(apps.map((app) => app.stop()));
  };
  try {
    const [portA, portB] = [await port(), await port()];
    apps.push(...(await Promise.all([startApp(portA, env), startApp(portB, env)])));
    front = await startNginx(
      await port(),
      path.join(CACHE, 'front'),
      { kind: 'server', appDir: STANDALONE_DIR, upstreams: apps.map((app) => app.address), apiRate: '1000000r/s', apiBurst: 1_000_000 },
      (dir) => {
        if (includes) {
          for (const name of ['nginx.conf', 'nginx-site.conf']) {
            const file = path.join(dir, name);
            writeFileSync(file, readFileSync(file, 'utf8').split(path.join(STANDALONE_DIR, '.next', 'nginx')).join(includes));
          }
        }
        appendFileSync(
          path.join(dir, 'nginx-site.conf'),
          [
            '',
            '# Added by npm run bench: the ceiling, the prerendered pages as plain files.',
            `location ^~ ${CEILING_PREFIX} {`,
            `  alias ${PAGES_DIR}/;`,
            '  gzip_static on;',
            '}',
            '# Added by npm run bench: the empty reference page is rendered per request, so its scripts have no hash',
            "# or integrity the site's CSP allows, and are blocked; for the bench they may run.",
            'location = /bench/reference {',
            '  proxy_pass http://app;',
            '  proxy_hide_header Content-Security-Policy;',
            `  add_header Content-Security-Policy "script-src 'self' 'unsafe-inline'" always;`,
            '}',
            '',
          ].join('\n'),
        );
      },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  log(`nginx ${front.url} (pid ${front.pid}) → app instances ${apps.map((app) => `${app.url} (pid ${app.pid})`).join(', ')}`);
  return { apps, front, notes, stop };
}
