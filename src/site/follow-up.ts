/**
 * The programme follow-up of a region's page (FollowUpSection.astro): where the activities went
 * in the latest year (reach), and what the participants got out of it (outcomes), as table rows
 * of HTML cells (cells.ts) and one plain sentence each, coverage included.
 */
import { MARKERS } from '../pipeline/publish/markers.ts';
import { t } from '../i18n/index.ts';
import { cellHtml } from './cells.ts';
import type { Cell } from './format/index.ts';
import { formatStyled } from './format/index.ts';
import { escapeHtml } from './html.ts';
import { href, type Lang } from './routes.ts';
import type { OutcomeRecord, ProgramRecord, ReachRecord, RegionView, TransitionRecord } from './site.ts';
import type { Column } from './tables.ts';

const GROUPS = ['rawan', 'tidak_rawan', 'tidak_dinilai'] as const;

export function reachTable(lang: Lang, r: ReachRecord): { columns: Column[]; rows: string[][] } {
  const columns: Column[] = [
    { label: t(lang, 'followUp.reach.group') },
    { label: t(lang, 'followUp.reach.kegiatan'), num: true },
    { label: t(lang, 'followUp.reach.peserta'), num: true },
    { label: t(lang, 'followUp.reach.anggaran'), num: true },
    { label: t(lang, 'followUp.reach.perPeserta'), num: true },
  ];
  const rows = GROUPS.map((group) => [
    t(lang, `followUp.reach.group.${group}`),
    cellHtml(lang, r[`kegiatan_${group}`]),
    cellHtml(lang, r[`peserta_${group}`]),
    cellHtml(lang, r[`anggaran_${group}`], 'rupiah'),
    cellHtml(lang, r[`anggaran_per_peserta_${group}`], 'rupiah'),
  ]);
  return { columns, rows };
}

const num = (cell: Cell | undefined) => (typeof cell === 'number' ? cell : undefined);

/** "412 of 1,980 rawan desa (20.8 %) got at least one activity in 2025." — or why it cannot be said. */
export function reachSentence(lang: Lang, r: ReachRecord): string {
  const [reached, rawan, pct] = [num(r.desa_rawan_terjangkau), num(r.desa_rawan), num(r.desa_rawan_terjangkau_persen)];
  if (r.desa_rawan_terjangkau === MARKERS.suppressed) return t(lang, 'followUp.reach.suppressed', { year: r.tahun });
  if (reached === undefined || rawan === undefined || pct === undefined) return t(lang, 'followUp.reach.none', { year: r.tahun });
  const activities = [num(r.kegiatan_rawan), num(r.kegiatan_tidak_rawan), num(r.kegiatan_tidak_dinilai)];
  const total = activities.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const share = total > 0 && activities[0] !== undefined ? formatStyled(lang, (100 * activities[0]) / total, 'percent') : undefined;
  const sentence = t(lang, 'followUp.reach.sentence', {
    year: r.tahun,
    reached: formatStyled(lang, reached, 'int'),
    rawan: formatStyled(lang, rawan, 'int'),
    pct: formatStyled(lang, pct, 'percent'),
  });
  return share ? `${sentence} ${t(lang, 'followUp.reach.share', { share })}` : sentence;
}

export function outcomeTable(lang: Lang, p: ProgramRecord, o: OutcomeRecord | undefined): { columns: Column[]; rows: string[][] } {
  const columns: Column[] = [{ label: t(lang, 'followUp.outcome.measure') }, { label: t(lang, 'followUp.outcome.value'), num: true }];
  const rows: [string, string][] = [
    [t(lang, 'followUp.outcome.peserta'), cellHtml(lang, p.peserta)],
    [t(lang, 'followUp.outcome.lulus'), cellHtml(lang, p.lulus)],
    [t(lang, 'followUp.outcome.berwirausaha'), cellHtml(lang, p.berwirausaha)],
    [t(lang, 'followUp.outcome.perempuan'), cellHtml(lang, o?.perempuan_persen, 'percent')],
    [t(lang, 'followUp.outcome.wirausahaDariLulus'), cellHtml(lang, o?.berwirausaha_dari_lulus_persen, 'percent')],
    [t(lang, 'followUp.outcome.sebelum'), cellHtml(lang, o?.pendapatan_sebelum_rata, 'rupiah')],
    [t(lang, 'followUp.outcome.sesudah'), cellHtml(lang, o?.pendapatan_sesudah_rata, 'rupiah')],
    [t(lang, 'followUp.outcome.dasar'), cellHtml(lang, o?.peserta_pendapatan)],
  ];
  return { columns, rows };
}

/** The income change in one sentence, with the participants it rests on. */
export function incomeSentence(lang: Lang, o: OutcomeRecord | undefined): string | undefined {
  const [before, after, base, change] = [num(o?.pendapatan_sebelum_rata), num(o?.pendapatan_sesudah_rata), num(o?.peserta_pendapatan), num(o?.pendapatan_perubahan_persen)];
  if (!o || before === undefined || after === undefined || base === undefined || change === undefined) return undefined;
  return t(lang, 'followUp.outcome.sentence', {
    year: o.tahun,
    before: formatStyled(lang, before, 'rupiah'),
    after: formatStyled(lang, after, 'rupiah'),
    change: formatStyled(lang, change, 'signed1'),
    n: formatStyled(lang, base, 'int'),
  });
}

/** One row per province: rawan desa reached in the latest year, and the share that left the rawan classes with and without a programme (base in brackets). */
export function provinceFollowUpRows(lang: Lang, views: readonly RegionView[], year: number): { columns: Column[]; rows: string[][] } {
  const columns: Column[] = [
    { label: t(lang, 'program.col.province') },
    { label: t(lang, 'program.col.reached'), num: true },
    { label: t(lang, 'program.col.with'), num: true },
    { label: t(lang, 'program.col.without'), num: true },
  ];
  const share = (r: TransitionRecord | undefined) => (r ? `${cellHtml(lang, r.rawan_keluar_persen, 'percent')} (${cellHtml(lang, r.rawan_awal)})` : cellHtml(lang, undefined));
  const rows = views.map((v) => {
    const moved = (split: TransitionRecord['program']) => v.transitions.find((r) => r.tahun === year && r.program === split);
    return [
      `<a href="${href.region(lang, v.region)}">${escapeHtml(v.region.nama)}</a>`,
      cellHtml(lang, v.latestReach?.desa_rawan_terjangkau_persen, 'percent'),
      share(moved('ada_program')),
      share(moved('tanpa_program')),
    ];
  });
  return { columns, rows };
}
