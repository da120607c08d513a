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
  const reader = new JsonReader(text);
  try {
    reader.document();
    return undefined;
  } catch (error) {
    if (!isStop(error)) return undefined; // e.g. nesting too deep to follow
    return located(text, error);
  }
}

/** The error as staff see it: line, column and the character found there. */
function located(text: string, stop: Stop): JsonSyntaxError {
  const before = text.slice(0, stop.at);
  const line = before.split('\n').length;
  const column = stop.at - before.lastIndexOf('\n');
  const code = text.codePointAt(stop.at);
  const found = code === undefined ? undefined : String.fromCodePoint(code);
  return { expected: stop.expected, ...(stop.closer && { closer: stop.closer }), found, line, column };
}

/** A recursive-descent reader that throws a `Stop` at the first error. */
class JsonReader {
  private readonly text: string;
  private i = 0;

  constructor(text: string) {
    this.text = text;
  }

  /** One value and nothing after it. */
  document(): void {
    this.value();
    this.space();
    if (this.i < this.text.length) this.fail('end');
  }

  private fail(expected: JsonExpected, closer?: '}' | ']'): never {
    throw { stop: true, expected, at: this.i, closer } satisfies Stop;
  }

  private space(): void {
    while (WHITESPACE.has(this.text[this.i] ?? '')) this.i++;
  }

  private digits(): void {
    if (!isDigit(this.text[this.i])) this.fail('digit');
    while (isDigit(this.text[this.i])) this.i++;
  }

  private string(): void {
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined || c < ' ') this.fail('quote');
      if (c === '"') break;
      if (c === '\\') this.escape();
      this.i++;
    }
    this.i++;
  }

  /** After a backslash: a one-letter escape or `u` and four hex digits. */
  private escape(): void {
    this.i++;
    if (this.text[this.i] === 'u') {
      for (let k = 0; k < 4; k++) {
        this.i++;
        if (!isHex(this.text[this.i])) this.fail('escape');
      }
    } else if (!ESCAPES.has(this.text[this.i] ?? '')) this.fail('escape');
  }

  private number(): void {
    const { text } = this;
    if (text[this.i] === '-') this.i++;
    if (text[this.i] === '0') this.i++;
    else this.digits();
    if (text[this.i] === '.') {
      this.i++;
      this.digits();
    }
    if (text[this.i] === 'e' || text[this.i] === 'E') {
      this.i++;
      if (text[this.i] === '+' || text[this.i] === '-') this.i++;
      this.digits();
    }
  }

  /** The members of an object or the items of an array, after its opening brace or bracket. */
  private members(closer: '}' | ']'): void {
    const { text } = this;
    this.i++;
    this.space();
    if (text[this.i] === closer) {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      if (closer === '}') this.name();
      this.value();
      this.space();
      if (text[this.i] !== ',' && text[this.i] !== closer) this.fail('comma', closer);
      this.i++;
      if (text[this.i - 1] === closer) return;
    }
  }

  /** An object member's name and its colon. */
  private name(): void {
    if (this.text[this.i] !== '"') this.fail('name');
    this.string();
    this.space();
    if (this.text[this.i] !== ':') this.fail('colon');
    this.i++;
  }

  private value(): void {
    this.space();
    const c = this.text[this.i];
    if (c === '{') return this.members('}');
    if (c === '[') return this.members(']');
    if (c === '"') return this.string();
    if (c === '-' || isDigit(c)) return this.number();
    const word = ['true', 'false', 'null'].find((w) => this.text.startsWith(w, this.i));
    if (!word) this.fail('value');
    this.i += word!.length;
  }
}
