import { shortfall } from '@/lib/testing/readability';
import * as IDLE from './idle-warning-text';
import * as RESULT from './result-text';
import * as START from './start-text';
import * as UI from './ui-text';

/*
 * The app's own words, scored as the flow's are (flows/back-spasms/readability.test.ts): what tells a
 * person what to do to stay safe, or what happens to their answers, at the safety bar; the rest at the
 * general one. Functions are scored with sample values (strings: each is written into the text).
 */
const SAFETY = new Set(['WIZARD.emergencyNow', 'NOTICES', 'IDLE_WARNING', 'PRIVACY', 'PRIVACY_NOTE', 'RESULT_TEXT.startAgainWarning', 'NO_SCRIPT', 'NO_SCRIPT_NOTES', 'FAULT']);
const isSafety = (path: string) => [...SAFETY].some((prefix) => path === prefix || path.startsWith(`${prefix}.`));

function leaves(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') return leaves((value as (...args: unknown[]) => unknown)('3', '9', 'Back spasm self-check'), path);
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
}

const texts = Object.entries({ ...UI, ...START, ...RESULT, ...IDLE }).flatMap(([name, value]) => leaves(value, name));

test('there is text to score', () => {
  expect(texts.length).toBeGreaterThan(80);
});

test.each(texts.map((t) => [t.path, t.text] as const))('%s reads plainly enough', (path, text) => {
  expect({ text, problem: shortfall(text, isSafety(path)) }).toEqual({ text, problem: null });
});
