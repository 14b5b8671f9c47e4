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

  test('a key given twice in one object is an error, not a guess: a red flag must never be dropped by the later key', () => {
    expect(parseJsonText('{"age":40,"findings":["numbness_saddle_area"],"findings":[]}')).toEqual({
      error: 'ambiguous: "findings" is given more than once in one object (give each field once)',
    });
    expect(parseJsonText('[{"age":40},{"id":"x","age":10,"age":40}]')).toEqual({ error: expect.stringMatching(/^ambiguous: "\[1\]\.age" is given/) });
    expect(parseJsonText('{"a":{"b":1,"c":[{"d":1,"d":2}]}}')).toEqual({ error: expect.stringMatching(/^ambiguous: "a\.c\[0\]\.d" is given/) });
    // A key that is not a plain field name is not repeated back.
    expect(parseJsonText('{"my \\"back\\" hurts":1,"my \\"back\\" hurts":2}')).toEqual({ error: expect.stringMatching(/^ambiguous: a field is given/) });
    // The same key in different objects, in strings, or escaped differently but equal, is read as JSON reads it.
    expect(parseJsonText('[{"age":1},{"age":2}]')).toEqual({ value: [{ age: 1 }, { age: 2 }] });
    expect(parseJsonText('{"id":"age,\\"age\\"","age":3}')).toEqual({ value: { id: 'age,"age"', age: 3 } });
    expect(parseJsonText('{"age":1,"\\u0061ge":2}')).toEqual({ error: expect.stringMatching(/^ambiguous: "age"/) });
    expect(parseJsonText('{"a":{},"b":[],"c":{"a":1}}')).toEqual({ value: { a: {}, b: [], c: { a: 1 } } });
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
