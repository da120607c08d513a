/**
 * The private record of a release's [c] values (src/pipeline/protect/hidden-values.ts): written and
 * read back unchanged; a record that cannot be read, or does not match its release, stops the build
 * with a message naming the file, what is wrong and how to fix it.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HiddenValuesError, hiddenValuesPath, hiddenValuesText, parseHiddenValues, readHiddenValues } from '../../src/pipeline/protect/hidden-values.ts';
import { recordErrorLines } from '../../src/pipeline/protect/report.ts';

const release = {
  id: '2024.1',
  kawasan: [{ tahun: 2024, kode: '76.02', tersangka: 12, pengguna: '[c]' }],
  program: [{ tahun: 2024, kode: '76.02', jenis: 'semua', peserta: '[c]', peserta_perempuan: '[c]', lulus: 30, berwirausaha: '[x]' }],
};
const values = new Map([
  ['2024|76.02|kawasan|pengguna', { recordKey: '2024|76.02|kawasan', table: 'kawasan' as const, field: 'pengguna', value: 4 }],
  ['2024|76.02|program|semua|peserta', { recordKey: '2024|76.02|program|semua', table: 'program' as const, field: 'peserta', value: 40 }],
  ['2024|76.02|program|semua|peserta_perempuan', { recordKey: '2024|76.02|program|semua', table: 'program' as const, field: 'peserta_perempuan', value: 7 }],
]);
const dirs: string[] = [];
async function dataDirWith(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rilis-'));
  dirs.push(dir);
  await mkdir(path.dirname(hiddenValuesPath(dir, release.id)), { recursive: true });
  await writeFile(hiddenValuesPath(dir, release.id), text);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('the private record of hidden values', () => {
  it('is written one record per line and read back unchanged', async () => {
    const text = hiddenValuesText(release.id, values);
    expect(text.split('\n')).toEqual([
      expect.stringMatching(/^\{"release":"2024\.1","private":true,"fields":/),
      '["2024|76.02|kawasan",null,4],',
      '["2024|76.02|program|semua",40,7,null,null]',
      ']}',
      '',
    ]);
    expect(parseHiddenValues(text, release.id)).toEqual(values);
    expect(await readHiddenValues(await dataDirWith(text), release)).toEqual(values);
  });

  it('is optional: no file, no record', async () => {
    expect(await readHiddenValues(await mkdtemp(path.join(tmpdir(), 'rilis-')), release)).toBeUndefined();
  });

  it('that cannot be read stops the build, naming the file, the cause and the fix', async () => {
    const dir = await dataDirWith('{"release":"2024.1","rows":[\n["2024|76.02|kawasan",null');
    const error = await readHiddenValues(dir, release).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HiddenValuesError);
    const lines = recordErrorLines(error as HiddenValuesError, release.id, () => 'data/rilis/2024.1.json');
    expect(lines[0]).toMatch(/^✗ data\/rilis\/2024\.1\.json tidak dapat dibaca \(.*line 2 column \d+\)\)\. Tidak ada yang diterbitkan\. Cara memperbaiki: .*--record-hidden 2024\.1/);
    expect(lines[1]).toMatch(/^ {2}\[EN\] data\/rilis\/2024\.1\.json cannot be read .* How to fix: restore this file/);
  });

  it('that does not match its release stops the build, with the counts', async () => {
    const short = new Map([...values].slice(0, 2));
    const error = await readHiddenValues(await dataDirWith(hiddenValuesText(release.id, short)), release).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ problem: { kind: 'mismatch', missing: 1, extra: 0 } });
    expect(recordErrorLines(error as HiddenValuesError, release.id, (file) => file)[1]).toContain('1 [c] cells without a value, 0 values without a [c] cell');
    const wrongRelease = await readHiddenValues(await dataDirWith(hiddenValuesText('2023.1', values)), release).catch((caught: unknown) => caught);
    expect(wrongRelease).toMatchObject({ problem: { kind: 'unreadable', detail: 'the record is for release 2023.1, not 2024.1' } });
  });
});
