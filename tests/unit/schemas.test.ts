import { describe, expect, it } from 'vitest';
import { kawasanRowSchema } from '../../src/pipeline/contract/kawasan.ts';
import { programRowSchema } from '../../src/pipeline/contract/program.ts';
import { datasetMetaSchema } from '../../src/pipeline/contract/dataset-meta.ts';
import { schemaColumns } from '../../src/pipeline/validate/table.ts';

const semicolon = { decimalSeparator: ',' as const, year: 2021 };

describe('kawasan row schema', () => {
  const schema = kawasanRowSchema(semicolon);
  it('types every cell and leaves unreported ones undefined', () => {
    const row = schema.parse({ kode_desa: '31.72.01.1001', kategori: 'Bahaya', skor: '81,5', pengguna: '9', ada_bandar: 'YA' });
    expect(row).toEqual({ kode_desa: '31.72.01.1001', kategori: 'bahaya', skor: 81.5, pengguna: 9, ada_bandar: true });
  });
  it('requires only kode_desa and kategori', () => {
    expect(schemaColumns(schema).required).toEqual(['kode_desa', 'kategori']);
  });
  it('answers with message codes, one per bad cell', () => {
    const result = schema.safeParse({ kode_desa: '3172011001', kategori: 'rawan', skor: '101', tersangka: '-1', interaksi_sosial: 'x' });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['kode_desa', 'code.malformed'],
      ['kategori', 'choice.invalid'],
      ['skor', 'score.range'],
      ['tersangka', 'number.negative'],
      ['interaksi_sosial', 'choice.invalid'],
    ]);
  });
});

describe('program row schema', () => {
  const schema = programRowSchema(semicolon);
  const base = { id: 'P-1', kode_desa: '31.72.01.1001', jenis: 'kewirausahaan', peserta: '20', mulai: '2021-03-01', selesai: '2021-03-05' };
  it('requires id, kode_desa and jenis', () => {
    expect(schemaColumns(schema).required).toEqual(['id', 'kode_desa', 'jenis']);
  });
  it('checks the parts of the participants and the date order together with the cells', () => {
    const result = schema.safeParse({ ...base, lulus: '21', berwirausaha: '21', peserta_perempuan: '3', selesai: '2021-02-01', anggaran: '1,5' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['anggaran', 'number.fraction'],
      ['lulus', 'program.more-than-participants'],
      ['berwirausaha', 'program.more-than-participants'],
      ['selesai', 'date.end-before-start'],
    ]);
  });
  it('keeps dates inside the year of the file', () => {
    const result = schema.safeParse({ ...base, mulai: '2022-01-01', selesai: '2021-13-01' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['date.outside-year', 'date.impossible']);
  });
});

describe('dataset.json schema', () => {
  it('needs the synthetic flag as a boolean', () => {
    const base = { title: 't', publisher: 'p', license: 'CC-BY-4.0', contact: 'c' };
    expect(datasetMetaSchema.safeParse({ ...base, synthetic: true }).success).toBe(true);
    expect(datasetMetaSchema.safeParse({ ...base, synthetic: 'ya' }).success).toBe(false);
  });
});
