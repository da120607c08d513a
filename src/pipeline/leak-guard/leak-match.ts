/**
 * Finds the value patterns in a text's pattern words (`canonicalWords`, leak-text.ts). A pattern
 * is a canonical value: words separated by single spaces, starting and ending with a word
 * character. So a whole-word match of a pattern in a canonical text (`isWordEdge`) is exactly a
 * run of consecutive words equal to the pattern's words, and those words are all pattern words:
 * in the word ids they are consecutive ids with no barrier between. The patterns are kept in a
 * trie of their words read backwards; at each word of the text the trie is walked back from it,
 * which finds every pattern that ends there. Matches come by end, the longest first (as an
 * Aho–Corasick automaton over the text gives them).
 */
import { BARRIER_ID, type WordTable } from './leak-text.ts';

export class PatternWords {
  /** Trie node reached from the root by a word id (the pattern's last word), or -1. */
  readonly #lastWord: Int32Array;
  /** Deeper trie edges: `node * wordCount + word id` → node. */
  readonly #edges = new Map<number, number>();
  /** Per node: the pattern whose words (backwards) lead to it, or -1. */
  readonly #patternAt: number[] = [-1];
  readonly #wordCount: number;

  /** `patterns` are canonical (single spaces, no space at either end), every word in `words`. */
  constructor(patterns: readonly string[], words: WordTable) {
    this.#wordCount = words.size;
    this.#lastWord = new Int32Array(words.size).fill(-1);
    patterns.forEach((pattern, patternIndex) => {
      const sequence = pattern.split(' ').map((word) => words.idOf(word));
      if (sequence.some((id) => id < 0)) throw new Error('PatternWords: a pattern word is not in the table');
      let node = 0;
      for (let k = sequence.length - 1; k >= 0; k--) node = this.#child(node, sequence[k]!, true);
      this.#patternAt[node] = patternIndex;
    });
  }

  #child(node: number, id: number, add: boolean): number {
    const key = node * this.#wordCount + id;
    const found = node === 0 ? this.#lastWord[id]! : (this.#edges.get(key) ?? -1);
    if (found >= 0 || !add) return found;
    const fresh = this.#patternAt.push(-1) - 1;
    if (node === 0) this.#lastWord[id] = fresh;
    else this.#edges.set(key, fresh);
    return fresh;
  }

  /** Calls `found` with the index of every pattern occurring in `ids[0, count)`, once per occurrence. */
  forEachMatch(ids: Int32Array, count: number, found: (patternIndex: number) => void): void {
    const ending: number[] = [];
    let runStart = 0;
    for (let end = 0; end < count; end++) {
      const id = ids[end]!;
      if (id === BARRIER_ID) {
        runStart = end + 1;
        continue;
      }
      let node = this.#lastWord[id]!;
      for (let at = end; node >= 0; ) {
        const pattern = this.#patternAt[node]!;
        if (pattern >= 0) ending.push(pattern);
        if (--at < runStart) break;
        node = this.#child(node, ids[at]!, false);
      }
      // Walked back shortest first: the longest first, as an automaton reports them.
      while (ending.length > 0) found(ending.pop()!);
    }
  }
}
