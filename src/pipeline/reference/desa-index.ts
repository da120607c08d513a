/**
 * The reference's desa/kelurahan codes in its order, each with its position. Desa-level data of
 * a year (e.g. each assessed desa's status) is kept in a typed array by that position: one byte
 * a desa instead of a map entry keyed by a string, and a worker thread hands it back without
 * copying 83,762 strings (issue 17).
 */
export class DesaIndex implements Iterable<string> {
  readonly #codes: readonly string[];
  readonly #positions: Map<string, number>;

  constructor(codes: Iterable<string>) {
    this.#positions = new Map();
    for (const code of codes) if (!this.#positions.has(code)) this.#positions.set(code, this.#positions.size);
    this.#codes = [...this.#positions.keys()];
  }

  get size(): number {
    return this.#codes.length;
  }

  has(code: string): boolean {
    return this.#positions.has(code);
  }

  /** The code's position, or -1 when the reference does not hold it. */
  indexOf(code: string): number {
    return this.#positions.get(code) ?? -1;
  }

  codeAt(index: number): string {
    return this.#codes[index]!;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.#codes[Symbol.iterator]();
  }
}
