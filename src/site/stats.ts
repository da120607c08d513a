/**
 * Headline figures of a region for the latest year, with the change on the year before (the
 * `*_perubahan` fields of the public dataset) and, where it helps, the province and the nation.
 * Values are HTML strings (marks are shown as such, never as 0).
 */
import { type MessageKey, rawHtml, t, tHtml } from '../i18n/index.ts';
import { type Cell, type CellStyle, cellText, formatStyled } from './format/index.ts';
import type { Lang } from './routes.ts';
import { cellHtml, markHtml } from './cells.ts';
import { isLowCoverage } from './coverage.ts';
import { escapeHtml } from './html.ts';
import { type KawasanRecord, type ProgramRecord, site } from './site.ts';

export interface StatItem {
  label: string;
  value: string;
  sub?: string;
  change?: { html: string; dir?: 'worse' | 'better' };
  compare?: string[];
}

/** Whether an increase is bad news (coloured red), good news (green) or neither. */
type Polarity = 'up-bad' | 'up-good' | 'neutral';

function previousYear(year: number): number | undefined {
  const { years } = site();
  const i = years.indexOf(year);
  return i > 0 ? years[i - 1] : undefined;
}

function change(lang: Lang, cell: Cell | undefined, year: number, style: CellStyle, polarity: Polarity): StatItem['change'] {
  const prev = previousYear(year);
  if (cell === undefined || cell === '[z]' || prev === undefined) return { html: escapeHtml(t(lang, 'stat.changeNone')) };
  if (typeof cell !== 'number') return { html: tHtml(lang, 'stat.changeMarked', { mark: rawHtml(markHtml(lang, cell)) }) };
  if (cell === 0) return { html: escapeHtml(t(lang, 'stat.unchanged', { year: prev })) };
  const text = escapeHtml(t(lang, 'stat.change', { change: formatStyled(lang, cell, style), year: prev }));
  if (polarity === 'neutral') return { html: text };
  const up = cell > 0;
  return { html: text, dir: up === (polarity === 'up-bad') ? 'worse' : 'better' };
}

export interface Comparison {
  labelKey: Extract<MessageKey, 'stat.compareNation' | 'stat.compareProvince'>;
  record: KawasanRecord | undefined;
}

function compareLines(lang: Lang, comparisons: readonly Comparison[], field: keyof KawasanRecord, style: CellStyle): string[] {
  return comparisons.map((c) => {
    const v = c.record?.[field] as Cell | undefined;
    return tHtml(lang, c.labelKey, { v: rawHtml(cellHtml(lang, v, style)) });
  });
}

export function kawasanStats(lang: Lang, r: KawasanRecord, comparisons: readonly Comparison[] = []): StatItem[] {
  const y = r.tahun;
  const label = (key: MessageKey) => t(lang, key);
  const dinilai = cellText(lang, r.dinilai);
  const coverage =
    typeof r.cakupan_persen === 'number' && typeof r.desa_total === 'number'
      ? escapeHtml(t(lang, 'stat.assessed', { pct: formatStyled(lang, r.cakupan_persen, 'percent'), total: formatStyled(lang, r.desa_total, 'int') }))
      : undefined;
  return [
    {
      label: label('m.rawan'),
      value: cellHtml(lang, r.rawan),
      sub: escapeHtml(t(lang, 'm.rawan.sub')),
      change: change(lang, r.rawan_perubahan, y, 'signed', 'up-bad'),
    },
    {
      label: label('m.rawan_persen'),
      value: cellHtml(lang, r.rawan_persen, 'percent'),
      // The figure rests on the desa assessed: say so when they are too few (coverage.ts), as the maps do.
      sub: escapeHtml(t(lang, 'stat.ofAssessed', { n: dinilai }) + (isLowCoverage(r) ? ` · ${t(lang, 'col.lowCoverage')}` : '')),
      change: change(lang, r.rawan_persen_perubahan, y, 'pp', 'up-bad'),
      compare: compareLines(lang, comparisons, 'rawan_persen', 'percent'),
    },
    { label: label('m.bahaya'), value: cellHtml(lang, r.bahaya), change: change(lang, r.bahaya_perubahan, y, 'signed', 'up-bad') },
    { label: label('m.waspada'), value: cellHtml(lang, r.waspada), change: change(lang, r.waspada_perubahan, y, 'signed', 'up-bad') },
    {
      label: label('m.dinilai'),
      value: cellHtml(lang, r.dinilai),
      sub: coverage,
      change: change(lang, r.dinilai_perubahan, y, 'signed', 'neutral'),
    },
    {
      label: label('m.skor_rata'),
      value: cellHtml(lang, r.skor_rata, 'score'),
      compare: compareLines(lang, comparisons, 'skor_rata', 'score'),
    },
    {
      label: label('m.kasus_narkoba'),
      value: cellHtml(lang, r.kasus_narkoba),
      change: change(lang, r.kasus_narkoba_perubahan, y, 'signed', 'up-bad'),
    },
    {
      label: label('m.pengguna'),
      value: cellHtml(lang, r.pengguna),
      change: change(lang, r.pengguna_perubahan, y, 'signed', 'up-bad'),
    },
  ];
}

/** Empowerment figures, with the Bersinar (drug-free) villages they aim at. */
export function programStats(lang: Lang, p: ProgramRecord, k: KawasanRecord | undefined): StatItem[] {
  const y = p.tahun;
  return [
    {
      label: t(lang, 'm.kegiatan'),
      value: cellHtml(lang, p.kegiatan),
      sub: typeof p.anggaran === 'number' ? escapeHtml(t(lang, 'stat.budget', { v: formatStyled(lang, p.anggaran, 'rupiah') })) : undefined,
      change: change(lang, p.kegiatan_perubahan, y, 'signed', 'neutral'),
    },
    {
      label: t(lang, 'm.peserta'),
      value: cellHtml(lang, p.peserta),
      change: change(lang, p.peserta_perubahan, y, 'signed', 'neutral'),
    },
    { label: t(lang, 'm.berwirausaha_persen'), value: cellHtml(lang, p.berwirausaha_persen, 'percent') },
    ...(k ? [{ label: t(lang, 'm.desa_bersinar'), value: cellHtml(lang, k.desa_bersinar) }] : []),
  ];
}
