import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadFlow } from '@/flows';

/*
 * The hazard log names its evidence as `file` › "test title". Each must be a test that exists, so the
 * log cannot point at evidence that was renamed or deleted.
 */
const root = path.resolve(__dirname, '../..');
const log = readFileSync(path.join(__dirname, 'hazard-log.md'), 'utf8');
const EVIDENCE = /`([^`]+\.(?:test|spec)\.tsx?)` › "((?:[^"\\]|\\.)+)"/g;
const evidence = [...log.matchAll(EVIDENCE)].map(([, file, title]) => ({ file: file!, title: title!.replace(/\\"/g, '"') }));

/** A test's title as its file writes it: in quotes or backticks, with the quotes inside escaped. */
function titles(source: string): string[] {
  return [...source.matchAll(/\b(?:test|it|describe)(?:\.each\([^)]*\))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)].map(([, , title]) =>
    title!.replace(/\\(['"`\\])/g, '$1'),
  );
}

test('the log names evidence for every hazard', () => {
  const hazards = [...log.matchAll(/^## (H\d+) /gm)].map(([, id]) => id!);
  expect(hazards.length).toBeGreaterThanOrEqual(8);
  for (const id of hazards) {
    const section = log.split(/^## /m).find((s) => s.startsWith(`${id} `))!;
    expect({ id, hasEvidence: [...section.matchAll(EVIDENCE)].length > 0 }).toEqual({ id, hasEvidence: true });
  }
});

test('every test the hazard log names exists, in the file it names', () => {
  expect(evidence.length).toBeGreaterThan(20);
  const missing = evidence.filter(({ file, title }) => {
    const at = path.join(root, file);
    return !existsSync(at) || !titles(readFileSync(at, 'utf8')).includes(title);
  });
  expect(missing).toEqual([]);
});

test('a test that is not there is caught', () => {
  const source = "test('a real one', () => {});\ndescribe(`a ${'templated'} one`, () => {});";
  expect(titles(source)).toEqual(['a real one', "a ${'templated'} one"]);
  expect(titles(source)).not.toContain('a made-up one');
});

test('each risk in the summary table is the one the matrix gives for its severity and likelihood', () => {
  const band = (score: number) => (score <= 2 ? 1 : score <= 4 ? 2 : score <= 9 ? 3 : score <= 15 ? 4 : 5);
  const rows = [...log.matchAll(/^\| (H\d+) [^|]+\| (\d) \| (\d) → (\d) \| (\d) → (\d) \|$/gm)];
  expect(rows.length).toBe([...log.matchAll(/^## (H\d+) /gm)].length);
  for (const [, id, severity, before, after, riskBefore, riskAfter] of rows) {
    const [s, lb, la] = [severity, before, after].map(Number) as [number, number, number];
    expect({ id, before: Number(riskBefore), after: Number(riskAfter) }).toEqual({ id, before: band(s * lb), after: band(s * la) });
  }
});

test('every rule the log says is below red-flags.md is in the flow, at the tier the log gives', () => {
  const section = log.split(/^## /m).find((s) => s.startsWith('Where the flow is below red-flags.md'))!;
  const rows = [...section.matchAll(/^\| `([a-z0-9_]+)` \| ([a-z_]+) \|/gm)].map(([, rule, tier]) => ({ rule, tier }));
  expect(rows.length).toBeGreaterThanOrEqual(6);
  const { rules } = loadFlow('back-spasms');
  expect(rows.map(({ rule }) => ({ rule, tier: rules.find((r) => r.id === rule)?.tier }))).toEqual(rows);
});
