/**
 * Documentation outside the data folder never quotes desa-level data: no desa/kelurahan code
 * (`PP.KK.CC.DDDD`, also written with escaped dots as in a sed or grep pattern) and no line that
 * looks like a row of kawasan.csv or program.csv. Such rows belong with the data (data/, a private
 * repository for real data), e.g. data/rilis/README.md; the code, its docs and releases/ may be
 * public. Covers every Markdown file git tracks, plus new ones not yet added (not ignored),
 * except data/ and tests/fixtures/ (example data).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXCLUDED = ['data/', 'tests/fixtures/'];

/** A desa/kelurahan code, dots plain or escaped (`31.72.01.1001`, `31\.72\.01\.1001`). */
const DESA_CODE = /(?<![\d.])\d{2}\\?\.\d{2}\\?\.\d{2}\\?\.\d{4}(?![\d])/;
/** A kawasan.csv row (or the start of one): a category, a delimiter, then a region code. */
const KAWASAN_ROW = /(?<![A-Za-z_])(bahaya|waspada|siaga|aman)\s*[,;]\s*\d{2}\\?\.\d{2}/i;
/** A program.csv row: an activity id, a delimiter, then a region code. */
const PROGRAM_ROW = /(?<![A-Za-z_])[A-Z]{2,}-\d{4}-\d+\s*[,;]\s*\d{2}\\?\.\d{2}/;

function desaLevelLines(text: string): { line: number; text: string; reason: string }[] {
  const found: { line: number; text: string; reason: string }[] = [];
  text.split('\n').forEach((line, index) => {
    const reason = DESA_CODE.test(line) ? 'desa/kelurahan code' : KAWASAN_ROW.test(line) ? 'kawasan.csv row' : PROGRAM_ROW.test(line) ? 'program.csv row' : undefined;
    if (reason) found.push({ line: index + 1, text: line.trim().slice(0, 120), reason });
  });
  return found;
}

const markdownFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '*.md'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((file) => file !== '' && !EXCLUDED.some((prefix) => file.startsWith(prefix)))
  .filter((file) => existsSync(path.join(ROOT, file)));

describe('Markdown outside data/ quotes no desa-level data', () => {
  it('finds the Markdown files (README.md among them)', () => {
    expect(markdownFiles).toContain('README.md');
  });

  it('recognises desa codes and data rows, and leaves kab/kota codes, dates and versions alone', () => {
    for (const line of [
      '| 2024/kawasan.csv | 31.72.02.1001 | kategori waspada | bahaya |',
      "sed -i -e 's/^bahaya,31\\.72\\.02\\.1001,/waspada,/' 2024/kawasan.csv",
      'waspada;76.02;71,5',
      'PRG-2023-00002,53.12,pelatihan_keterampilan',
    ]) {
      expect(desaLevelLines(line), line).toHaveLength(1);
    }
    for (const line of [
      'Kota Administrasi Jakarta Utara (31.72: Bahaya/Waspada, drug cases)',
      'release 2024.1 (dated 2025-06-30), `2025.1-draft.03033a8`, v7.0.1, 1.15.3',
      'kategori (bahaya | waspada | siaga | aman) are required',
      'Kode desa/kelurahan Kemendagri `PP.KK.CC.DDDD`',
    ]) {
      expect(desaLevelLines(line), line).toEqual([]);
    }
  });

  it.each(markdownFiles)('%s', (file) => {
    const hits = desaLevelLines(readFileSync(path.join(ROOT, file), 'utf8')).map((hit) => `${file}:${hit.line} ${hit.reason}: ${hit.text}`);
    expect(hits, 'desa-level rows and codes belong with the data (e.g. data/rilis/README.md), never in public docs').toEqual([]);
  });
});
