/**
 * The figures the compare page puts side by side (the latest year, one row each) and the trends
 * it shows by year; its script (src/client/compare.ts) reads them from the static API's unit
 * files: `kawasan` records, and the `program` records of all kinds (`jenis` "semua").
 */
import type { MessageKey } from '../../i18n/index.ts';
import type { KawasanRecord, ProgramRecord } from '../site.ts';

export type CompareStyle = 'int' | 'percent' | 'score';

export type CompareMeasure =
  | { table: 'kawasan'; key: keyof KawasanRecord; label: MessageKey; style: CompareStyle }
  | { table: 'program'; key: keyof ProgramRecord; label: MessageKey; style: CompareStyle };

export const COMPARE_MEASURES: readonly CompareMeasure[] = [
  { table: 'kawasan', key: 'rawan_persen', label: 'm.rawan_persen', style: 'percent' },
  { table: 'kawasan', key: 'rawan', label: 'm.rawan', style: 'int' },
  { table: 'kawasan', key: 'bahaya', label: 'm.bahaya', style: 'int' },
  { table: 'kawasan', key: 'waspada', label: 'm.waspada', style: 'int' },
  { table: 'kawasan', key: 'siaga', label: 'm.siaga', style: 'int' },
  { table: 'kawasan', key: 'aman', label: 'm.aman', style: 'int' },
  { table: 'kawasan', key: 'skor_rata', label: 'm.skor_rata', style: 'score' },
  { table: 'kawasan', key: 'dinilai', label: 'm.dinilai', style: 'int' },
  { table: 'kawasan', key: 'cakupan_persen', label: 'm.cakupan_persen', style: 'percent' },
  { table: 'kawasan', key: 'kasus_narkoba', label: 'm.kasus_narkoba', style: 'int' },
  { table: 'kawasan', key: 'tersangka', label: 'm.tersangka', style: 'int' },
  { table: 'kawasan', key: 'pengguna', label: 'm.pengguna', style: 'int' },
  { table: 'program', key: 'kegiatan', label: 'm.kegiatan', style: 'int' },
  { table: 'program', key: 'peserta', label: 'm.peserta', style: 'int' },
];

/** The kawasan figures shown by year, one table each. */
export const COMPARE_TRENDS: readonly { key: keyof KawasanRecord; label: MessageKey; style: CompareStyle }[] = [
  { key: 'rawan_persen', label: 'm.rawan_persen', style: 'percent' },
  { key: 'skor_rata', label: 'm.skor_rata', style: 'score' },
  { key: 'cakupan_persen', label: 'm.cakupan_persen', style: 'percent' },
];
