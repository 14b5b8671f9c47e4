/**
 * npm run bench — builds the production app if needed, starts it on a free local port, measures, stops
 * it, prints one table, and writes the same figures to bench-results/latest.json. Exits 1 if a budget is
 * missed. Not part of `npm test` or CI: these machines are shared and noisy.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFlow } from '@/flows';
import patients from '@/flows/back-spasms/examples/patients.json';
import typicalPatients from '@/flows/back-spasms/examples/typical-patients.json';
import type { Patient } from '@/lib/triage/patient';
import { storageKey } from '@/lib/triage/saved-progress';
import { measureEngine } from './engine';
import { measureLighthouse } from './lighthouse';
import { measureLoad } from './load';
import { weighPage } from './page-weight';
import { measureScreens } from './screens';
import { buildIfNeeded, startServer } from './server';

const flow = loadFlow('back-spasms');

interface Budget {
  readonly name: string;
  readonly value: string;
  readonly limit: string;
  readonly ok: boolean;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');

// A self-care outcome with the longest plan: the heaviest outcome page to render.
const OUTCOME_ANSWERS = {
  emergency_signs: [],
  age: 34,
  sex: 'male',
  warning_signs: [],
  health_history: ['recurrent_episodes'],
  symptoms: ['muscle_stiffness', 'pain_worse_with_movement'],
  before_it_started: ['recent_strain_or_lifting', 'poor_posture_or_long_sitting'],
  durationDays: 3,
};

async function main() {
  const started = Date.now();
  log('screens to outcome and engine speed…');
  const screens = measureScreens(flow, typicalPatients as Patient[]);
  const engine = measureEngine(flow);

  buildIfNeeded(log);
  const server = await startServer();
  log(`server on ${server.url}`);
  let weights, lighthouse, load;
  try {
    log('page weight…');
    const reference = await weighPage(server.url, '/bench/reference');
    weights = {
      reference,
      pages: [await weighPage(server.url, '/'), await weighPage(server.url, '/check/back-spasms')],
    };
    log('lighthouse (mobile, 3 runs)…');
    lighthouse = await measureLighthouse(server.url, OUTCOME_ANSWERS, storageKey(flow), flow.version);
    log('load (autocannon, 2 × 10 s)…');
    load = await measureLoad(server.url, patients as Patient[]);
  } finally {
    await server.stop();
  }

  const wizard = weights.pages.find((p) => p.path === '/check/back-spasms')!;
  const added = wizard.jsGzipBytes - weights.reference.jsGzipBytes;
  const budgets: Budget[] = [
    {
      name: 'emergency reachable in 1 screen',
      value: `${screens.allPaths.byTier.emergency?.minScreens} (all paths)`,
      limit: '1',
      ok: screens.allPaths.byTier.emergency?.minScreens === 1,
    },
    ...(['allPaths', 'typicalPatients'] as const).map((set) => ({
      name: `median self_care screens, ${set === 'allPaths' ? 'all paths' : 'typical patients'}`,
      value: String(screens[set].byTier.self_care?.medianScreens),
      limit: '≤ 8',
      ok: (screens[set].byTier.self_care?.medianScreens ?? 99) <= 8,
    })),
    { name: 'wizard JS over the reference page', value: kB(added), limit: '≤ 30.0 kB gzip', ok: added <= 30 * 1024 },
    ...lighthouse.flatMap((r) => [
      { name: `lighthouse performance ${r.page}`, value: String(r.performance), limit: '≥ 95', ok: r.performance >= 95 },
      { name: `lighthouse accessibility ${r.page}`, value: String(r.accessibility), limit: '100', ok: r.accessibility === 100 },
      { name: `lighthouse best practices ${r.page}`, value: String(r.bestPractices), limit: '100', ok: r.bestPractices === 100 },
    ]),
    ...load.map((l) => ({ name: `load ${l.target}: errors, non-2xx`, value: `${l.errors}, ${l.non2xx}`, limit: '0, 0', ok: l.errors === 0 && l.non2xx === 0 })),
  ];

  const lines: string[] = [];
  lines.push(`Back spasm self-check benchmarks — ${new Date().toISOString()} — ${os.cpus().length} cores, Node ${process.version}`);
  lines.push('', `Screens to outcome (${screens.allPaths.paths} paths through ${screens.allPaths.states} states; ${screens.typicalPatients.patients} typical patients)`);
  const w1 = [12, 9, 5, 7, 5, 10, 5, 7, 5];
  lines.push(row(['tier', 'paths', 'min', 'median', 'max', 'patients', 'min', 'median', 'max'], w1));
  for (const tier of ['emergency', 'urgent', 'routine', 'self_care'] as const) {
    const a = screens.allPaths.byTier[tier];
    const t = screens.typicalPatients.byTier[tier];
    lines.push(row([tier, a?.paths ?? 0, a?.minScreens ?? '-', a?.medianScreens ?? '-', a?.maxScreens ?? '-', t?.paths ?? 0, t?.minScreens ?? '-', t?.medianScreens ?? '-', t?.maxScreens ?? '-'], w1));
  }
  lines.push('', 'Engine');
  lines.push(`  ${engine.triagesPerSecond.toLocaleString('en-GB')} triages/s over ${engine.patients.toLocaleString('en-GB')} seeded random patients; compile ${engine.compileMs} ms; enumerate ${engine.paths} paths in ${engine.enumeratePathsMs} ms`);
  lines.push('', 'First-load JavaScript (gzip, every script the HTML loads)');
  const w2 = [34, 8, 11, 12, 11];
  lines.push(row(['page', 'scripts', 'JS', 'vs reference', 'HTML'], w2));
  for (const p of [weights.reference, ...weights.pages]) {
    const name = p === weights.reference ? '/bench/reference (empty page)' : p.path;
    lines.push(row([name, p.scripts, kB(p.jsGzipBytes), p === weights.reference ? '' : `+${kB(p.jsGzipBytes - weights.reference.jsGzipBytes)}`, kB(p.htmlGzipBytes)], w2));
  }
  lines.push(row(['outcome (same page, #step=result)', wizard.scripts, kB(wizard.jsGzipBytes), `+${kB(added)}`, kB(wizard.htmlGzipBytes)], w2));
  lines.push('', 'Lighthouse (mobile, median of 3 runs)');
  const w3 = [42, 5, 5, 5, 5, 8, 7, 6];
  lines.push(row(['page', 'perf', 'a11y', 'bp', 'seo', 'LCP ms', 'TBT ms', 'CLS'], w3));
  for (const r of lighthouse) lines.push(row([r.page, r.performance, r.accessibility, r.bestPractices, r.seo, r.lcpMs, r.tbtMs, r.cls], w3));
  for (const r of lighthouse) for (const f of r.failing) lines.push(`  ${r.page}: ${f}`);
  lines.push('', 'Load (autocannon, 10 s, 50 connections, loopback)');
  const w4 = [26, 8, 8, 8, 8, 8, 10];
  lines.push(row(['target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'requests'], w4));
  for (const l of load) lines.push(row([l.target, l.requestsPerSecond, l.p50Ms, l.p99Ms, l.errors, l.non2xx, l.requests], w4));
  lines.push('', 'Budgets');
  for (const b of budgets) lines.push(`  ${b.ok ? '✓' : '✗'} ${b.name}: ${b.value} (budget ${b.limit})`);
  lines.push('', `${budgets.filter((b) => b.ok).length} of ${budgets.length} budgets met in ${Math.round((Date.now() - started) / 1000)} s`);
  process.stdout.write(lines.join('\n') + '\n');

  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })();
  const file = path.join(process.cwd(), 'bench-results', 'latest.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({ date: new Date().toISOString(), commit, cores: os.cpus().length, node: process.version, screens, engine, pageWeight: weights, lighthouse, load, budgets }, null, 2) + '\n',
  );
  log(`figures written to ${path.relative(process.cwd(), file)}`);
  if (budgets.some((b) => !b.ok)) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
