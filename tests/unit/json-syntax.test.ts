import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/pipeline/read/json.ts';

const meta = '{\n  "title": "Fixture",\n  "publisher": "Tes",\n  "synthetic": true\n}\n';

describe('findJsonSyntaxError', () => {
  it('finds nothing in valid JSON', () => {
    for (const text of [meta, '[]', ' {"a": [1, -2.5e3, 0, {"b": null}, true, false, "\\u00e9\\n"]} ']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text)).toBeUndefined();
    }
  });

  it.each([
    ['a missing comma', meta.replace('"Tes",', '"Tes"'), { expected: 'comma', closer: '}', found: '"', line: 4, column: 3 }],
    ['a comma before the closing brace', meta.replace('true', 'true,'), { expected: 'name', found: '}', line: 5, column: 1 }],
    ['curly quotes', meta.replace('"Tes"', '“Tes”'), { expected: 'value', found: '“', line: 3, column: 16 }],
    ['a missing colon', meta.replace('"title":', '"title"'), { expected: 'colon', found: '"', line: 2, column: 11 }],
    ['a line break inside text', meta.replace('Fixture', 'Fix\nture'), { expected: 'quote', found: '\n', line: 2, column: 16 }],
    ['a bad escape', meta.replace('Fixture', 'C:\\data'), { expected: 'escape', found: 'd', line: 2, column: 16 }],
    ['text after the end', `${meta}}`, { expected: 'end', found: '}', line: 6, column: 1 }],
    ['an early end', meta.slice(0, 30), { expected: 'quote', found: undefined, line: 3, column: 7 }],
    ['a number with a decimal comma', '{"n": 1,5}', { expected: 'name', found: '5', line: 1, column: 9 }],
  ])('locates %s where JSON.parse fails', (_, text, error) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toEqual(error);
  });

  it('agrees with the position JSON.parse gives, where it gives one', () => {
    const text = meta.replace('"Tes",', '"Tes"');
    const message = (() => {
      try {
        JSON.parse(text);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    const [, line, column] = /\(line (\d+) column (\d+)\)/.exec(message ?? '') ?? [];
    expect(findJsonSyntaxError(text)).toMatchObject({ line: Number(line), column: Number(column) });
  });
});
