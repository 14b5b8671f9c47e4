import { parseJsonText } from './json-text';

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
});
