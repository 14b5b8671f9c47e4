/**
 * npm run test:mutation — mutation testing, in two halves, then both scores:
 *
 * 1. the flow rules: scripts/mutation/flow-rules.ts makes mutants of each flow's data and holds them to
 *    the flow's oracle (every rule mutant must be killed, or be listed there as equivalent);
 * 2. the engine: StrykerJS with its Jest runner on lib/flow, lib/screens and lib/triage
 *    (stryker.config.mjs); reports in .cache/mutation/.
 *
 * Exits 1 if a rule mutant survives or the engine's score is below Stryker's `break` threshold. Not part
 * of `npm test`: it takes most of an hour here (see README.md, "Mutation testing").
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const ENGINE_REPORT = '.cache/mutation/engine.json';

/** Runs a command, passing its output through, and resolves with its exit code and what it printed. */
function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

type Status = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';

/** The engine's score from Stryker's JSON report: killed and timed out, over all but ignored and invalid mutants. */
function engineScore(): string {
  const report = JSON.parse(readFileSync(ENGINE_REPORT, 'utf8')) as { files: Record<string, { mutants: { status: Status }[] }> };
  const counts: Partial<Record<Status, number>> = {};
  for (const file of Object.values(report.files)) for (const { status } of file.mutants) counts[status] = (counts[status] ?? 0) + 1;
  const n = (status: Status) => counts[status] ?? 0;
  const detected = n('Killed') + n('Timeout');
  const valid = detected + n('Survived') + n('NoCoverage');
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  return (
    `engine (StrykerJS): ${detected} detected of ${valid} (${score.toFixed(2)}%): ${n('Killed')} killed, ${n('Timeout')} timed out, ` +
    `${n('Survived')} survived, ${n('NoCoverage')} not covered; ${n('Ignored')} ignored, ${n('RuntimeError') + n('CompileError')} errors`
  );
}

async function main() {
  const started = performance.now();
  const startedAt = Date.now();
  const minutes = () => `${((performance.now() - started) / 60_000).toFixed(1)} min`;
  const rules = await run('npx', ['tsx', 'scripts/mutation/flow-rules.ts']);
  const rulesTook = minutes();
  const engine = await run('npx', ['stryker', 'run']);
  const summary = rules.output.split('\n').filter((line) => /^(flow rules|over-triage)/.test(line));
  process.stdout.write(`\nMutation testing (${minutes()}; the flow rules ${rulesTook}):\n`);
  for (const line of summary) process.stdout.write(`  ${line}\n`);
  const reported = statSync(ENGINE_REPORT, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  process.stdout.write(`  ${reported >= startedAt ? engineScore() : `engine: Stryker wrote no report (exit code ${engine.code})`}\n`);
  process.exitCode = rules.code || engine.code;
}

void main();
