import { execFile, spawn } from 'node:child_process';
import { closeSync, createReadStream, mkdtempSync, openSync, readSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/* The CLI as a person runs it: a file or standard input in, JSON or a one-line error out. */

const root = path.resolve(__dirname, '..');
const tmp = mkdtempSync(path.join(root, '.cache', 'cli-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/triage.ts', ...args],
      { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin ?? '');
  });
}

function file(name: string, content: string | Uint8Array): string {
  const at = path.join(tmp, name);
  writeFileSync(at, content);
  return at;
}

const good = { age: 34, sex: 'male', durationDays: 2, findings: ['recent_strain_or_lifting'] };

describe('the triage CLI', () => {
  test('triages the example patients, one of each tier, to the tier their id names', async () => {
    const run = await cli(['flows/back-spasms/examples/patients.json']);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as { id: string; level: string }[];
    expect(new Set(results.map((r) => r.level))).toEqual(new Set(['emergency', 'urgent', 'routine', 'self_care']));
    for (const result of results) expect(result.id.split('-')[0]).toBe(result.level);
  });

  test('triages the bench\'s typical patients to the tier their id names', async () => {
    const run = await cli(['flows/back-spasms/examples/typical-patients.json']);
    expect(run.code).toBe(0);
    for (const result of JSON.parse(run.stdout) as { id: string; level: string }[]) expect(`${result.id}: ${result.level}`).toBe(`${result.id}: ${result.id.split('-')[0]}`);
  });

  test('reads one patient from standard input with "-" and prints one result', async () => {
    const run = await cli(['--flow', 'back-spasms', '-'], JSON.stringify({ ...good, id: 'me' }));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'me', level: 'self_care', outcome: 'self_care' });
  });

  test('--region gives the same advice wherever the person is: the tier and the rules do not change', async () => {
    const patient = JSON.stringify({ ...good, findings: ['numbness_saddle_area'] });
    const [uk, nz] = await Promise.all([cli(['-'], patient), cli(['--region', 'nz', '-'], patient)]);
    expect(nz.code).toBe(0);
    expect(JSON.parse(nz.stdout)).toMatchObject({ level: 'emergency', outcome: 'emergency' });
    expect(JSON.parse(nz.stdout).reasons.map((r: { rule: string }) => r.rule)).toEqual(JSON.parse(uk.stdout).reasons.map((r: { rule: string }) => r.rule));
    expect(JSON.parse(nz.stdout).safetyNet[0].heading).toMatch(/ call 111, even if you have called already, if you:$/);
  });

  test('a batch names every bad patient, one line each, and prints no results', async () => {
    const batch = [good, { ...good, id: 'p2', age: 300 }, good, { ...good, findings: ['fever'] }];
    const run = await cli(['-'], JSON.stringify(batch));
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'triage: patient 2 (id "p2"): age: must be a whole number of years from 0 to 120',
      'triage: patient 4: findings[0]: unknown finding "fever"',
    ]);
  });

  test('reads a file saved with a byte-order mark, as Windows editors save it', async () => {
    const run = await cli([file('bom.json', `\uFEFF${JSON.stringify(good)}`)]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ level: 'self_care' });
  });

  test('--help prints the usage on stdout and exits 0; an unknown flow or region is a usage mistake (exit 2)', async () => {
    const help = await cli(['--help']);
    expect([help.code, help.stderr, help.stdout]).toEqual([0, '', expect.stringMatching(/^usage: /)]);
    expect((await cli(['--region', 'mars', '-'], JSON.stringify(good))).code).toBe(2);
  });

  test('prints an array of results as JSON.stringify(results, null, 2) would', async () => {
    const run = await cli(['-'], JSON.stringify([good, { ...good, id: 'two' }]));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`);
    expect((await cli(['-'], '[]')).stdout).toBe('[]\n');
  });

  test('prints a batch whose results are more than one string can hold (150,000 patients, about 570 MB) in full', async () => {
    const count = 150_000;
    const input = file('big.json', JSON.stringify(Array.from({ length: count }, (_, i) => ({ ...good, id: `p${i}` }))));
    const output = path.join(tmp, 'big-results.json');
    const out = openSync(output, 'w');
    try {
      const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/triage.ts', input], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', out, 'pipe'] });
        let err = '';
        child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('close', (exit) => resolve({ code: exit, stderr: err }));
      });
      expect([code, stderr]).toEqual([0, '']);
      // Longer than V8's longest string (0x1fffffe8): it could never have been built as one.
      expect(statSync(output).size).toBeGreaterThan(0x1fffffe8);
      // Each result opens "\n  {\n" (the first after "[", the rest after ","); the last 4 characters of
      // each piece are kept with the next, so a result split between two is counted, and only once.
      let results = 0;
      let carried = '';
      for await (const chunk of createReadStream(output, 'utf8')) {
        const text = carried + (chunk as string);
        results += text.split('\n  {\n').length - 1;
        carried = text.slice(-4);
      }
      expect(results).toBe(count);
      const tail = Buffer.alloc(8192);
      const fd = openSync(output, 'r');
      readSync(fd, tail, 0, tail.length, statSync(output).size - tail.length);
      closeSync(fd);
      expect(tail.toString()).toMatch(new RegExp(`"id": "p${count - 1}",[\\s\\S]*\\n  }\\n]\\n$`));
    } finally {
      closeSync(out);
      rmSync(output, { force: true });
      rmSync(input, { force: true });
    }
  }, 600_000);

  test('a file longer than any string says it is too large, not that it is not UTF-8', async () => {
    const huge = path.join(tmp, 'huge.json');
    writeFileSync(huge, '');
    // A sparse file: 512 MB of zero bytes on no disk, more characters than one string can hold.
    truncateSync(huge, 0x1fffffe8 + 1);
    try {
      const run = await cli([huge]);
      expect([run.code, run.stdout]).toEqual([1, '']);
      expect(run.stderr).toMatch(/^triage: \S*huge\.json is too large\n$/);
    } finally {
      rmSync(huge, { force: true });
    }
  }, 120_000);

  const cases: [string, () => [string[], string?], RegExp][] = [
    ['a file that does not exist', () => [['nope.json']], /^triage: cannot read "nope.json": no such file$/],
    ['a folder', () => [[tmp]], /cannot read ".*": it is a folder$/],
    ['invalid JSON, without repeating it', () => [[file('bad.json', '{"age": 3x}')]], /bad\.json is not valid JSON \(at character 9\)$/],
    // As the API: a byte that is not UTF-8 is refused, never replaced with "�" and triaged.
    ['a file that is not UTF-8', () => [[file('latin1.json', new Uint8Array([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]))]], /^triage: \S*latin1\.json is not valid UTF-8$/],
    ['empty input', () => [['-'], ''], /^triage: standard input is empty; send a patient as JSON$/],
    ['a field given twice', () => [['-'], '{"age":10,"durationDays":3,"findings":[],"age":40}'], /^triage: standard input is ambiguous: "age" is given more than once in one object/],
    ['an unknown finding id', () => [['-'], JSON.stringify({ ...good, findings: ['fever'] })], /^triage: findings\[0\]: unknown finding "fever"$/],
    [
      'a finding the check would never ask this patient',
      () => [['-'], JSON.stringify({ ...good, findings: ['pregnancy_urinary_symptoms'] })],
      /^triage: findings: "pregnancy_urinary_symptoms" is asked only when "pregnant": this patient would never be asked it, so it cannot count \(leave it out, or correct what it depends on\)$/,
    ],
    ['an age out of range', () => [['-'], JSON.stringify({ ...good, age: 130 })], /^triage: age: must be a whole number of years from 0 to 120$/],
    ['a negative duration', () => [['-'], JSON.stringify({ ...good, durationDays: -1 })], /^triage: durationDays: must be a whole number of days from 0 to 3650$/],
    ['a missing field', () => [['-'], JSON.stringify({ age: 30, sex: 'male', findings: [] })], /^triage: durationDays: is required$/],
    ['an unknown field', () => [['-'], JSON.stringify({ ...good, severity: 3 })], /^triage: unknown field "severity"; a patient has only/],
    ['a bad patient in an array, by position and id', () => [['-'], JSON.stringify([good, { ...good, id: 'p2', sex: 'x' }])], /^triage: patient 2 \(id "p2"\): sex: must be "female" or "male"$/],
    ['a value that is not a patient', () => [['-'], '42'], /^triage: must be a patient object with id\?, age, sex\?, durationDays, findings, or an array of patients$/],
    ['an unknown flow', () => [['--flow', 'knees', '-'], JSON.stringify(good)], /^triage: unknown flow "knees"; known flows: back-spasms$/],
    ['an unknown region', () => [['--region', 'mars', '-'], JSON.stringify(good)], /^triage: unknown region "mars"; known regions: uk, ie, us, ca, au, nz$/],
    ['no file', () => [[]], /^triage: no FILE given$/m],
    ['an unknown option', () => [['--fast', 'x.json']], /^triage: unknown option "--fast"$/m],
  ];
  test.each(cases)('rejects %s: non-zero exit, one line naming the problem, nothing on stdout', async (name, input, message) => {
    const [args, stdin] = input();
    const run = await cli(args, stdin);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd()).toMatch(message);
    if (!['no file', 'an unknown option'].includes(name)) expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
