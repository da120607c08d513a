/**
 * End to end: the canary fixture carries marker strings in every never-publish column (rw,
 * nama_kawasan, alamat, lintang, bujur, catatan, an extra column, program id, nama, mitra).
 * After a full build, no file of the built site holds any of them — checked here by a plain
 * search independent of the build's own leak guard, inside zip/XLSX and gzip files too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CANARY_BUILD_LOG, CANARY_PUBLIC_DATA_DIR, CANARY_SITE_DIR } from '../support/built-site.ts';

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

function* texts(name: string, bytes: Uint8Array): Generator<[string, string]> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    for (const [entry, content] of Object.entries(unzipSync(bytes))) yield* texts(`${name}!${entry}`, content);
  } else if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    yield* texts(`${name}!gunzip`, gunzipSync(bytes));
  } else {
    yield [name, new TextDecoder('utf-8').decode(bytes)];
  }
}

const fixtureCodes = ['31.71.01.1001', '31.71.01.1002', '31.72.01.1001', '31.72.01.1002', '31.73.01.1001', '32.73.01.1001', '32.73.01.1002'];

describe('canary build', () => {
  const all = [...files(CANARY_SITE_DIR)].flatMap((file) => [...texts(path.relative(CANARY_SITE_DIR, file), readFileSync(file))]);

  it('built a real site and its leak guard passed', () => {
    expect(all.length).toBeGreaterThan(1000);
    const log = readFileSync(CANARY_BUILD_LOG, 'utf8');
    expect(log).toMatch(/Pemeriksaan kebocoran: LULUS/);
    expect(log).toMatch(/Kontrol pengungkapan.*\n.*primer \/ primary: [1-9]/);
  });

  it('holds no marker from any never-publish column, in any file or archive entry', () => {
    const hits = all.filter(([, text]) => /canary/i.test(text)).map(([name, text]) => `${name}: …${text.slice(Math.max(0, text.search(/canary/i) - 40), text.search(/canary/i) + 40)}…`);
    expect(hits).toEqual([]);
  });

  it('holds no coordinate and no desa or kecamatan code of the fixture', () => {
    const forbidden = [/-?6[.,]9124\d{3}/, /107[.,]6124\d{3}/, /-?6[.,]9123\d{3}/, ...fixtureCodes.flatMap((code) => [code, code.slice(0, 8)]).map((code) => new RegExp(`(?<![\\d.])${code.replaceAll('.', '\\.')}(?![\\d])`))];
    const hits = all.flatMap(([name, text]) => forbidden.filter((pattern) => pattern.test(text)).map((pattern) => `${name}: ${pattern}`));
    expect(hits).toEqual([]);
  });

  it('still publishes the kab/kota aggregates of the fixture', () => {
    const kawasan = JSON.parse(readFileSync(path.join(CANARY_PUBLIC_DATA_DIR, 'kawasan.json'), 'utf8')) as {
      kode: string;
      tahun: number;
      dinilai: number;
      bahaya: number;
    }[];
    expect(kawasan.find((r) => r.kode === '31.71' && r.tahun === 2024)).toMatchObject({ dinilai: 2, bahaya: 1 });
    expect(kawasan.find((r) => r.kode === '31' && r.tahun === 2024)).toMatchObject({ dinilai: 5 });
  });
});
