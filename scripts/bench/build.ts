import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../front';

/** What a build is made from: a build older than any of these is rebuilt. */
const SOURCES = ['app', 'lib', 'flows', 'public', 'next.config.js', 'package-lock.json', 'scripts/postbuild-csp.mjs', 'scripts/write-fhir.ts'];
const BUILD_ID = path.join(ROOT, '.next', 'BUILD_ID');
/** Written by source-map-hook.mjs during a bench build: the browser scripts' source maps, never served. */
export const SOURCE_MAPS = path.join(ROOT, '.next', 'bench-source-maps');
const MAPS_BUILD_ID = path.join(SOURCE_MAPS, 'BUILD_ID');

function newestMtime(entry: string): number {
  const at = path.join(ROOT, entry);
  if (!existsSync(at)) return 0;
  const stat = statSync(at);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(at).map((name) => newestMtime(path.join(entry, name))));
}

/** Whether the source maps in SOURCE_MAPS belong to the build in .next/. */
export function sourceMapsMatchBuild(): boolean {
  return existsSync(MAPS_BUILD_ID) && existsSync(BUILD_ID) && readFileSync(MAPS_BUILD_ID, 'utf8') === readFileSync(BUILD_ID, 'utf8');
}

/**
 * `npm run build`, unless a bench build newer than every source is already there. The bench builds with
 * source-map-hook.mjs preloaded, which keeps the browser scripts' source maps aside (the per-library
 * weights need them); a build without them (a plain `npm run build`) is built again. Returns what it did.
 */
export function buildIfNeeded(log: (line: string) => void, force = false): string {
  const fresh = existsSync(BUILD_ID) && statSync(BUILD_ID).mtimeMs > Math.max(...SOURCES.map(newestMtime));
  if (!force && fresh && sourceMapsMatchBuild()) return 'existing build';
  log(force ? 'building (--rebuild)…' : fresh ? 'building again, with source maps for the weights…' : 'building (sources changed)…');
  const started = Date.now();
  rmSync(SOURCE_MAPS, { recursive: true, force: true });
  // The build's own output goes to stderr, so stdout is only the table.
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(path.join(__dirname, 'source-map-hook.mjs')).href}`.trim(),
    },
  });
  if (result.status !== 0) throw new Error('npm run build failed');
  if (existsSync(SOURCE_MAPS)) copyFileSync(BUILD_ID, MAPS_BUILD_ID);
  return `built in ${Math.round((Date.now() - started) / 1000)} s`;
}
