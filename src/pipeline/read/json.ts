/**
 * Where a JSON text first breaks the grammar (RFC 8259, as `JSON.parse` reads it), with what
 * should have come there: `JSON.parse` does not always say where (`Unexpected token 'x', … is not
 * valid JSON`), and staff need a line and column to fix `dataset.json` in an editor.
 */

/** What the grammar asks for at the error; `closer` completes `comma`. */
export type JsonExpected = 'value' | 'name' | 'colon' | 'comma' | 'quote' | 'escape' | 'digit' | 'end';

export interface JsonSyntaxError {
  expected: JsonExpected;
  /** `}` or `]`, for `comma`. */
  closer?: '}' | ']';
  /** The character found there; undefined at the end of the text. */
  found: string | undefined;
  /** 1-based line and column (in UTF-16 code units, as editors count for this text). */
  line: number;
  column: number;
}

/** Thrown at the first error, to leave the recursive descent at once. */
interface Stop {
  stop: true;
  expected: JsonExpected;
  at: number;
  closer?: '}' | ']';
}
const isStop = (error: unknown): error is Stop => (error as Partial<Stop> | undefined)?.stop === true;

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (expected: JsonExpected, closer?: '}' | ']'): never => {
    throw { stop: true, expected, at: i, closer } satisfies Stop;
  };
  const space = () => {
    while (WHITESPACE.has(text[i] ?? '')) i++;
  };
  const digits = () => {
    if (!isDigit(text[i])) fail('digit');
    while (isDigit(text[i])) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail('quote');
      if (c === '"') break;
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!isHex(text[i])) fail('escape');
          }
        } else if (!ESCAPES.has(text[i] ?? '')) fail('escape');
      }
      i++;
    }
    i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  /** The members of an object or the items of an array, after its opening brace or bracket. */
  const members = (closer: '}' | ']') => {
    i++;
    space();
    if (text[i] === closer) {
      i++;
      return;
    }
    for (;;) {
      space();
      if (closer === '}') {
        if (text[i] !== '"') fail('name');
        string();
        space();
        if (text[i] !== ':') fail('colon');
        i++;
      }
      value();
      space();
      if (text[i] !== ',' && text[i] !== closer) fail('comma', closer);
      i++;
      if (text[i - 1] === closer) return;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return members('}');
    if (c === '[') return members(']');
    if (c === '"') return string();
    if (c === '-' || isDigit(c)) return number();
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
    if (!word) fail('value');
    i += word!.length;
  };
  try {
    value();
    space();
    if (i < text.length) fail('end');
    return undefined;
  } catch (error) {
    if (!isStop(error)) return undefined; // e.g. nesting too deep to follow
    const before = text.slice(0, error.at);
    const line = before.split('\n').length;
    const column = error.at - before.lastIndexOf('\n');
    const code = text.codePointAt(error.at);
    const found = code === undefined ? undefined : String.fromCodePoint(code);
    return { expected: error.expected, ...(error.closer && { closer: error.closer }), found, line, column };
  }
}
