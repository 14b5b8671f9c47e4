import { parseJsonBytes, parseJsonText } from './json-text';

describe('JSON text, as the API and the CLI read a patient', () => {
  test('is read whether or not it starts with a byte-order mark', () => {
    expect(parseJsonText('{"age":34}')).toEqual({ value: { age: 34 } });
    expect(parseJsonText('\uFEFF{"age":34}')).toEqual({ value: { age: 34 } });
  });

  test('that is not JSON says where it goes wrong, and never repeats what it holds', () => {
    const parsed = parseJsonText('{"findings": ["secret_pain"');
    expect(parsed).toEqual({ error: expect.stringMatching(/^not valid JSON/) });
    expect(JSON.stringify(parsed)).not.toContain('secret');
    expect(parseJsonText('{"age": 3x}')).toEqual({ error: 'not valid JSON (at character 9)' });
  });

  test('as bytes: UTF-8 only, and an empty input is called empty', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(parseJsonBytes(bytes('\uFEFF{"id":"ä"}'))).toEqual({ value: { id: 'ä' } });
    // A lone byte that is not UTF-8 is refused, not turned into a replacement character.
    expect(parseJsonBytes(new Uint8Array([0x22, 0x61, 0xc3, 0x62, 0x22]))).toEqual({ error: 'not valid UTF-8' });
    expect(parseJsonBytes(bytes(''))).toEqual({ error: 'empty; send a patient as JSON' });
    expect(parseJsonBytes(bytes(' \n'))).toEqual({ error: 'empty; send a patient as JSON' });
    expect(parseJsonBytes(bytes('{'))).toEqual({ error: expect.stringMatching(/^not valid JSON/) });
  });
});
