/**
 * JSON text as the API and the CLI read a patient: a leading byte-order mark (which Windows editors
 * save) is dropped, and an error says where the text goes wrong without quoting it, since V8's own
 * messages repeat the text, and a patient's answers are health data that belongs in no log.
 */
export function parseJsonText(text: string): { readonly value: unknown } | { readonly error: string } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const position = error instanceof Error ? /at position (\d+)/.exec(error.message)?.[1] : undefined;
    return { error: `not valid JSON${position ? ` (at character ${position})` : ''}` };
  }
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
  } catch {
    return { error: 'not valid UTF-8' };
  }
  if (text.trim() === '') return { error: 'empty; send a patient as JSON' };
  return parseJsonText(text);
}
