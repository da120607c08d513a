/**
 * The reference's desa/kelurahan codes in its order, each with its position. Desa-level data of
 * a year (e.g. each assessed desa's status) is kept in a typed array by that position: one byte
 * a desa instead of a map entry keyed by a string, and a worker thread hands it back without
 * copying 83,762 strings (issue 17).
 */
export class DesaIndex implements Iterable<string> {
  readonly #codes: readonly string[];
  readonly #positions: Map<string, number>;
  /** Where the last code was found: files list their desa mostly in the reference's order. */
  #last = 0;

  constructor(codes: Iterable<string>) {
    this.#positions = new Map();
    for (const code of codes) if (!this.#positions.has(code)) this.#positions.set(code, this.#positions.size);
    this.#codes = [...this.#positions.keys()];
  }

  get size(): number {
    return this.#codes.length;
  }

  has(code: string): boolean {
    return this.indexOf(code) !== -1;
  }

  /**
   * The code's position, or -1 when the reference does not hold it. The code found last and the
   * one after it are tried first: a year file in the reference's order (and the several lookups
   * of one row's code) then compares two short strings instead of hashing a fresh one and
   * following the map's scattered entries.
   */
  indexOf(code: string): number {
    const codes = this.#codes;
    let at = this.#last;
    if (codes[at] === code) return at;
    if (codes[++at] === code) return (this.#last = at);
    const position = this.#positions.get(code);
    if (position === undefined) return -1;
    return (this.#last = position);
  }

  codeAt(index: number): string {
    return this.#codes[index]!;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.#codes[Symbol.iterator]();
  }
}
