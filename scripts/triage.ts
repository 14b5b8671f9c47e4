/**
 * npm run --silent triage -- [--flow ID] FILE
 * Triages one patient, or an array of patients, read as JSON from FILE (or standard input for "-"),
 * and prints the result, or an array of results, as JSON. Bad input prints one line on stderr,
 * nothing on stdout, and exits 1 (2 for a usage mistake).
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import * as registry from '@/flows';
import { ApiError } from '@/lib/api-errors';
import { requireFlow } from '@/lib/flow-lookup';
import { inputIssues, oneLine } from '@/lib/input-issues';
import { patientSchema } from '@/lib/patient-schema';
import { runTriage } from '@/lib/run-triage';

const USAGE = 'usage: npm run --silent triage -- [--flow ID] FILE   (FILE "-" reads standard input)';

class InputError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function parseArgs(argv: string[]): { flowId: string; file: string } {
  let flowId = registry.DEFAULT_FLOW_ID;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') throw new InputError(USAGE, 0);
    if (arg === '--flow') {
      const value = argv[++i];
      if (!value) throw new InputError(`--flow needs a flow id\n${USAGE}`, 2);
      flowId = value;
    } else if (arg.startsWith('--flow=')) flowId = arg.slice('--flow='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new InputError(`unknown option "${arg}"\n${USAGE}`, 2);
    else files.push(arg);
  }
  if (files.length !== 1) throw new InputError(`${files.length === 0 ? 'no FILE given' : 'give one FILE'}\n${USAGE}`, 2);
  return { flowId, file: files[0]! };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : 'read failed';
    throw new InputError(`cannot read ${file === '-' ? 'standard input' : `"${file}"`}: ${why}`);
  }
}

function main(argv: string[]): string {
  const { flowId, file } = parseArgs(argv);
  let flow;
  try {
    flow = requireFlow(registry, flowId);
  } catch (error) {
    throw error instanceof ApiError ? new InputError(error.message) : error;
  }
  const text = readInput(file);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file === '-' ? 'standard input' : file} is not valid JSON: ${(error as Error).message}`);
  }
  const schema = patientSchema(flow);
  const triage = (value: unknown, where: string) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new InputError(`${where}${oneLine(inputIssues(parsed.error))}`);
    return runTriage(flow, parsed.data);
  };
  if (Array.isArray(input)) {
    const results = input.map((patient, i) => {
      const id = z.object({ id: z.string() }).safeParse(patient);
      return triage(patient, `patient ${i + 1}${id.success && /^[\w.-]{1,40}$/.test(id.data.id) ? ` (id "${id.data.id}")` : ''}: `);
    });
    return JSON.stringify(results, null, 2);
  }
  if (typeof input !== 'object' || input === null) {
    throw new InputError('expected a patient object, or an array of patients');
  }
  return JSON.stringify(triage(input, ''), null, 2);
}

try {
  process.stdout.write(main(process.argv.slice(2)) + '\n');
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(`triage: ${error.message}\n`);
  process.exitCode = error.exitCode;
}
