import { describe, expect, it } from 'vitest';
import { compileLeakMatcher } from '../../src/pipeline/leak-guard/leak-guard.ts';
import { decodeText, utf16Strings } from '../../src/pipeline/leak-guard/leak-files.ts';
import { BARRIER_ID, canonicalText, canonicalWords, createWordFilter, findCodeTokens } from '../../src/pipeline/leak-guard/leak-text.ts';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

// Fragments that meet at the edges of the pieces the byte path decodes on their own.
const FRAGMENTS = [
  'Jalan', 'MELATI', 'e', 'Σ', 'ΑΣ', 'σ', '5', '12', '.', ',', ' ', '\n', '"', '<', '>', '=', '/', '(', ']', '{', ';', ':', "'", '-',
  '&amp;', '&quot;', '&#49;', '&#x27;', '&amp;quot;', '&eacute;', '&Sigma;', '&#931;', '&#92;', '&nbsp;', '&', '&#',
  '\\', '\\"', '\\\\', '\\u0026', '\\u0041', '\\u03a3', '\\x26', '\\n', '\\ud835\\udc00', '\\ ',
  '%', '%20', '%22', '%C3%A9', '%CE%A3', '%26quot;', '%5C', '%E9', '%C3',
  'é', 'e\u0301', '\u00ad', '\u200b', 'ﬁ', '①', '中', 'İ', '𝐀', '\u0345', '\u00b7', 'ß',
];

function randomTexts(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 30) }, () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]).join(''));
}

describe('canonical form read from UTF-8 bytes', () => {
  it('is the canonical form of the decoded string, whatever escapes, accents and cuts meet', () => {
    for (const text of randomTexts(3000, 11)) expect(canonicalText(utf8(text)), JSON.stringify(text)).toBe(canonicalText(text));
  });

  it('gives pure ASCII without escapes (no piece decoded) the same form as with one accent or escape', () => {
    const plain = 'Jalan Melati 5, 1.234,5678 "RT" <b>x</b>';
    expect(canonicalText(utf8(plain))).toBe('jalan melati 5 1.234.5678 rt b x b ');
    expect(canonicalText(utf8(plain.replace('Melati', 'Mélati')))).toBe(canonicalText(plain));
    expect(canonicalText(utf8(plain.replace('Melati', 'Me\u0301lati')))).toBe(canonicalText(plain));
    expect(canonicalText(utf8(plain.replace('Melati', '&#77;elati')))).toBe(canonicalText(plain));
    expect(canonicalText(utf8(plain.replace('1.234', '1.&#50;34')))).toBe(canonicalText(plain));
    expect(canonicalText(utf8(plain.replace('Melati 5', 'Melati%205')))).toBe(canonicalText(plain));
    expect(canonicalText(utf8(plain.replace('"RT"', '\\"RT\\"')))).toBe(canonicalText(plain));
  });

  it('keeps the case context of the whole text (a final sigma) and of binary bytes', () => {
    for (const text of ['ΑΣ ', 'AΣ.', 'a.Σ b', 'xΣ&amp;', 'Σ"x', 'ab.Σ&#32;c']) expect(canonicalText(utf8(text))).toBe(canonicalText(text));
    const binary = 'PNG\u0000IHDR\u00ff\u00e9tEXtJalan Melati 5\u0089 31.72.01';
    expect(canonicalText(Buffer.from(binary, 'latin1'), { binary: true })).toBe(canonicalText(binary, { binary: true }));
    expect(canonicalText(Buffer.from(binary, 'latin1'), { binary: true })).toBe('png ihdr textjalan melati 5 31.72.01');
  });

  it('keeps of a text the same pattern words as the word filter keeps of its canonical form', () => {
    const filter = createWordFilter(['jalan melati', '5', 'e', '_3c3_', '1.2345']);
    for (const text of randomTexts(500, 23)) {
      const { ids, count } = canonicalWords(utf8(text), filter.words);
      const words = Array.from(ids.subarray(0, count), (id) => (id === BARRIER_ID ? '|' : filter.words.word(id))).join(' ');
      expect(words, JSON.stringify(text)).toBe(filter(canonicalText(text)));
    }
  });

  it('finds code tokens in bytes as in the string', () => {
    const text = 'a31.72.01.1001b (31.72.01) 1.31.72.01 31.72.01.1 é31.72.02 31.72.03.31.72.04 31.72.05.1234.';
    expect(findCodeTokens(utf8(text))).toEqual(findCodeTokens(text));
    expect(findCodeTokens(utf8(text)).map((token) => token.code)).toEqual(['31.72.01.1001', '31.72.01', '31.72.02', '31.72.05.1234']);
  });

  it('finds a planted value in bytes and in the string alike, in every shape', () => {
    const matcher = compileLeakMatcher({
      privateValues: new Map([['alamat', new Set(['Jalan Kenanga Ujung 17'])]]),
      desaCodes: new Set(['31.72.01.1001']),
      kecamatanCodes: new Set(['31.72.01']),
    });
    const shapes = ['Jalan Kenanga Ujung 17', 'JALAN-KENANGA-UJUNG-17', 'Jálan Kenanga Ujung 17', 'Jalan&#32;Kenanga&amp;nbsp;Ujung 17', 'Jalan\\u0020Kenanga Ujung\\n17', 'Jalan%20Kenanga%20Ujung%2017', '31.72.01.1001'];
    for (const shape of shapes) {
      const text = `<p title="x">${shape}</p>`;
      expect(matcher.findInText(utf8(text)), shape).toEqual(matcher.findInText(text));
      expect(matcher.findInText(utf8(text)).length, shape).toBe(1);
    }
    expect(matcher.findInText(utf8('Jalan Kenanga Ujung 170'))).toEqual([]);
  });
});

describe('file texts as bytes', () => {
  it('gives UTF-8 text as its bytes (BOM dropped), other text decoded', () => {
    expect(decodeText(Buffer.from('\ufeffJalan é', 'utf8'))).toEqual(Buffer.from('Jalan é', 'utf8'));
    expect(decodeText(Buffer.from([0x4a, 0xe9]))).toBe('Jé');
    expect(decodeText(Buffer.from([0x4a, 0x00]))).toBeUndefined();
  });

  it('finds ASCII written as UTF-16 in binary bytes, runs of 4 or more, one per line', () => {
    // The runs as strings, joined (how utf16Strings was written before it wrote bytes).
    const reference = (bytes: Uint8Array): string => {
      const runs: string[] = [];
      for (const littleEndian of [true, false]) {
        let run = '';
        for (let index = 0; index + 1 < bytes.length; ) {
          const char = bytes[littleEndian ? index : index + 1]!;
          if (bytes[littleEndian ? index + 1 : index] === 0 && ((char >= 0x20 && char < 0x7f) || char === 9 || char === 10 || char === 13)) {
            run += String.fromCharCode(char);
            index += 2;
          } else {
            if (run.length >= 4) runs.push(run);
            run = '';
            index++;
          }
        }
        if (run.length >= 4) runs.push(run);
      }
      return runs.join('\n');
    };
    const bytes = Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('Melati', 'utf16le'), Buffer.from([0xff, 0xff]), Buffer.from('abc', 'utf16le'), Buffer.from('Kenanga', 'utf16le').swap16()]);
    expect(Buffer.from(utf16Strings(bytes)).toString('latin1')).toBe(reference(bytes));
    expect(Buffer.from(utf16Strings(bytes)).toString('latin1')).toContain('Melati\n');
    let seed = 5;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const random = Uint8Array.from({ length: Math.floor(next() * 200) }, () => (next() < 0.45 ? 0 : next() < 0.7 ? 0x41 + Math.floor(next() * 26) : Math.floor(next() * 256)));
      expect(Buffer.from(utf16Strings(random)).toString('latin1')).toBe(reference(random));
    }
  });
});
