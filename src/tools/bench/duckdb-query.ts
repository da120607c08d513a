/**
 * The reference for "close to the limit": DuckDB reads the same CSV files and computes the same
 * kab/kota × year × category counts and sums (and program sums per kind) in SQL, with the
 * crosswalk of retired codes applied. `npm run bench` times it as a process of its own
 * (scripts/bench/duckdb-query.ts), which prints the row counts and its peak memory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Output } from '../../commands/run-command.ts';

const sql = (value: string) => `'${value.replaceAll("'", "''")}'`;

function csvOptions(file: string): string {
  const header = readFileSync(file, 'utf8').slice(0, 400).split(/\r?\n/)[0] ?? '';
  return header.includes(';') ? "delim=';', decimal_separator=','" : "delim=','";
}

/** Every year's `table`.csv of `dataDir`, read as one relation with a `tahun` column. */
function yearsRelation(dataDir: string, years: string[], table: 'kawasan' | 'program', types: string, extra = ''): string {
  return years
    .map((year) => {
      const file = path.join(dataDir, year, `${table}.csv`);
      return `select ${year} as tahun, * from read_csv(${sql(file)}, header=true, quote='"', ${csvOptions(file)},${extra}
      types={${types}})`;
    })
    .join('\nunion all by name\n');
}

const KAWASAN_TYPES =
  "'kode_desa':'VARCHAR','kategori':'VARCHAR','kasus_narkoba':'BIGINT','tersangka':'BIGINT','pengguna':'BIGINT','ada_bandar':'VARCHAR','ada_kurir':'VARCHAR','ada_produksi':'VARCHAR','bersinar':'VARCHAR','skor':'DOUBLE'";
const PROGRAM_TYPES = "'kode_desa':'VARCHAR','jenis':'VARCHAR','peserta':'BIGINT','peserta_perempuan':'BIGINT','lulus':'BIGINT','berwirausaha':'BIGINT','anggaran':'BIGINT'";

/** Runs the queries on `dataDir` and prints `groups=… rows=…` and this process's peak memory. */
export async function duckdbQuery(dataDir: string, output: Output): Promise<void> {
  const years = readdirSync(dataDir).filter((name) => /^\d{4}$/.test(name)).sort();
  const kawasan = yearsRelation(dataDir, years, 'kawasan', KAWASAN_TYPES, ' union_by_name=true,');
  const program = yearsRelation(dataDir, years, 'program', PROGRAM_TYPES);
  const crosswalk = path.join(dataDir, 'wilayah', 'kode-lama.csv');

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`create table crosswalk as select * from read_csv(${sql(crosswalk)}, header=true, all_varchar=true)`);
  const mapped = (table: string) => `
  select t.*, coalesce(c.kode_baru || substr(t.kode_desa, 6), t.kode_desa) as kode_kini
  from (${table}) t
  left join crosswalk c on substr(t.kode_desa, 1, 5) = c.kode_lama and t.tahun <= year(cast(c.berlaku_sampai as date))`;
  const kawasanResult = await connection.runAndReadAll(`
  select substr(kode_kini, 1, 5) as kabkota, tahun,
    count(*) as dinilai,
    count(*) filter (where lower(kategori) = 'bahaya') as bahaya,
    count(*) filter (where lower(kategori) = 'waspada') as waspada,
    count(*) filter (where lower(kategori) = 'siaga') as siaga,
    count(*) filter (where lower(kategori) = 'aman') as aman,
    avg(skor) as skor_rata,
    sum(kasus_narkoba) as kasus, sum(tersangka) as tersangka, sum(pengguna) as pengguna,
    count(*) filter (where ada_bandar = 'ya') as bandar, count(*) filter (where ada_kurir = 'ya') as kurir,
    count(*) filter (where ada_produksi = 'ya') as produksi, count(*) filter (where bersinar = 'ya') as bersinar
  from (${mapped(kawasan)}) group by all`);
  const programResult = await connection.runAndReadAll(`
  select substr(kode_kini, 1, 5) as kabkota, tahun, jenis, count(*) as kegiatan, sum(peserta) as peserta,
    sum(peserta_perempuan) as perempuan, sum(lulus) as lulus, sum(berwirausaha) as berwirausaha, sum(anggaran) as anggaran
  from (${mapped(program)}) group by all`);
  const inputRows = await connection.runAndReadAll(`select count(*) from (${kawasan})`);
  output.log(`groups=${kawasanResult.currentRowCount + programResult.currentRowCount} rows=${inputRows.getRows()[0]?.[0]}`);
  output.error(`__maxrss_kb=${process.resourceUsage().maxRSS}`);
}
