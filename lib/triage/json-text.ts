import { formatPath } from '../flow/primitives';

type Frame = { kind: 'object'; keys: Set<string>; key: string; expectKey: boolean } | { kind: 'array'; index: number };

/**
 * Where valid JSON text first gives a key twice in one object, or null. JSON.parse keeps the last,
 * so `{"findings": ["numbness_saddle_area"], "findings": []}` would be read as no findings at all.
 */
function firstRepeatedKey(text: string): (string | number)[] | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return [...stack.slice(0, -1).map((frame) => (frame.kind === 'object' ? frame.key : frame.index)), key];
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === '{') stack.push({ kind: 'object', keys: new Set(), key: '', expectKey: true });
    else if (c === '[') stack.push({ kind: 'array', index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.index++;
    }
  }
  return null;
}

/**
 * JSON text as the API and the CLI read a patient: a leading byte-order mark (which Windows editors
 * save) is dropped, and an error says where the text goes wrong without quoting it, since V8's own
 * messages repeat the text, and a patient's answers are health data that belongs in no log. A key
 * given twice in one object is an error too: which one was meant is a guess, and guessing could drop
 * a red flag.
 */
export function parseJsonText(text: string): { readonly value: unknown } | { readonly error: string } {
  const json = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const position = error instanceof Error ? /at position (\d+)/.exec(error.message)?.[1] : undefined;
    return { error: `not valid JSON${position ? ` (at character ${position})` : ''}` };
  }
  const repeated = firstRepeatedKey(json);
  if (!repeated) return { value };
  // Only a field name is repeated back, never a key that could be anything the caller typed.
  const named = repeated.every((key) => typeof key === 'number' || /^[A-Za-z0-9_]{1,64}$/.test(key)) ? `"${formatPath(repeated)}"` : 'a field';
  return { error: `ambiguous: ${named} is given more than once in one object (give each field once)` };
}

/**
 * JSON as bytes, read the same way: UTF-8 only (RFC 8259; a wrong byte is an error, never replaced),
 * and an empty input says so rather than "not valid JSON". The error completes "<the input> is …".
 */
export function parseJsonBytes(bytes: Uint8Array): { readonly value: unknown } | { readonly error: string } {
  let text: string;
  try {
    // The decoder drops a leading byte-order mark itself.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // The decoder's other error: the text is longer than one string can hold (some 512 MB).
    return { error: (error as { code?: unknown }).code === 'ERR_STRING_TOO_LONG' ? 'too large' : 'not valid UTF-8' };
  }
  if (text.trim() === '') return { error: 'empty; send a patient as JSON' };
  return parseJsonText(text);
}
