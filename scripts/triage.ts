/**
 * npm run --silent triage -- [--flow ID] [--region ID] FILE
 * Triages one patient, or an array of patients, read as JSON from FILE (or standard input for "-"),
 * and prints the result, or an array of results, as JSON. Bad input prints one line on stderr (one per
 * bad patient of an array), nothing on stdout, and exits 1 (2 for a usage mistake).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as registry from '@/flows';
import type { Flow } from '@/lib/flow/flow-schema';
import { lookupFlow } from '@/lib/flow/registry';
import { parseJsonBytes } from '@/lib/triage/json-text';
import { notAPatient, oneLine, parsePatient } from '@/lib/triage/patient';
import { triagePatient, type TriageResult } from '@/lib/triage/run-triage';

const USAGE = 'usage: npm run --silent triage -- [--flow ID] [--region ID] FILE   (FILE "-" reads standard input)';

/** A mistake in the input, or several (each bad patient of a batch): each is one line on stderr. */
class InputError extends Error {
  readonly problems: readonly string[];
  constructor(problems: string | readonly string[], readonly exitCode = 1) {
    super(typeof problems === 'string' ? problems : problems.join('\n'));
    this.problems = typeof problems === 'string' ? [problems] : problems;
  }
}

/** The arguments, or 'help' when they ask for the usage (printed on stdout, as asked for). */
function readArgs(argv: string[]): { flowId: string; regionId: string; file: string } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { flow: { type: 'string' }, region: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = message.match(/'(-[^' ]+)/)?.[1] ?? '';
    const needs = { '--flow': '--flow needs a flow id', '--region': '--region needs a region id' }[option];
    const why = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `unknown option "${option}"` : (needs ?? 'bad arguments');
    throw new InputError(`${why}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.flow === '') throw new InputError(`--flow needs a flow id\n${USAGE}`, 2);
  if (values.region === '') throw new InputError(`--region needs a region id\n${USAGE}`, 2);
  if (positionals.length !== 1) throw new InputError(`${positionals.length === 0 ? 'no FILE given' : 'give one FILE'}\n${USAGE}`, 2);
  return { flowId: values.flow ?? registry.DEFAULT_FLOW_ID, regionId: values.region ?? registry.DEFAULT_REGION_ID, file: positionals[0]! };
}

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : code === 'ERR_FS_FILE_TOO_LARGE'
              ? 'too large'
              : 'read failed';
    throw new InputError(`cannot read ${file === '-' ? 'standard input' : `"${file}"`}: ${why}`);
  }
}

/** "patient 3 (id "x"): " — the id only when it is plain enough to repeat. */
function where(patient: unknown, index: number): string {
  const id = typeof patient === 'object' && patient !== null ? (patient as { id?: unknown }).id : undefined;
  return `patient ${index + 1}${typeof id === 'string' && /^[\w.-]{1,40}$/.test(id) ? ` (id "${id}")` : ''}: `;
}

/** The patient's result, or the one line that says what is wrong with it. */
function triage(flow: Flow, value: unknown): { result: TriageResult } | { problem: string } {
  const parsed = parsePatient(flow, value);
  const answered = 'issues' in parsed ? parsed : triagePatient(flow, parsed.patient);
  return 'issues' in answered ? { problem: oneLine(answered.issues) } : answered;
}

/**
 * Every patient of a batch, or every bad one: a batch with three mistakes among a thousand patients
 * names all three at once, rather than one per run.
 */
function triageAll(flow: Flow, patients: readonly unknown[]): TriageResult[] {
  const answered = patients.map((patient) => triage(flow, patient));
  const problems = answered.flatMap((one, i) => ('problem' in one ? [`${where(patients[i], i)}${one.problem}`] : []));
  if (problems.length > 0) throw new InputError(problems);
  return answered.map((one) => (one as { result: TriageResult }).result);
}

/**
 * The results as JSON, the same text as JSON.stringify(results, null, 2), a piece at a time: a big
 * batch's results (150,000 patients, some 570 MB) are more than one string can hold.
 */
function* jsonPieces(results: readonly TriageResult[]): Generator<string> {
  if (results.length === 0) return yield '[]\n';
  for (let i = 0; i < results.length; i++) {
    yield `${i === 0 ? '[\n' : ',\n'}  ${JSON.stringify(results[i], null, 2).replaceAll('\n', '\n  ')}`;
  }
  yield '\n]\n';
}

function main(argv: string[]): Iterable<string> {
  const args = readArgs(argv);
  if (args === 'help') return [`${USAGE}\n`];
  const { flowId, regionId, file } = args;
  const found = lookupFlow(registry, flowId, regionId);
  // An unknown --flow or --region is a mistake in the command, not in the patient.
  if ('problem' in found) throw new InputError(found.problem, 2);
  const parsed = parseJsonBytes(readInput(file));
  if ('error' in parsed) throw new InputError(`${file === '-' ? 'standard input' : file} is ${parsed.error}`);
  const input = parsed.value;
  if (Array.isArray(input)) return jsonPieces(triageAll(found.flow, input));
  if (typeof input !== 'object' || input === null) throw new InputError(notAPatient(found.flow, true));
  const one = triage(found.flow, input);
  if ('problem' in one) throw new InputError(one.problem);
  return [`${JSON.stringify(one.result, null, 2)}\n`];
}

try {
  // Every patient is checked before anything is printed (main throws first): a bad batch prints nothing.
  for (const piece of main(process.argv.slice(2))) process.stdout.write(piece);
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(error.problems.map((problem) => `triage: ${problem}\n`).join(''));
  process.exitCode = error.exitCode;
}
