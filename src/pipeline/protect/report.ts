import type { DisclosureReport } from './public-tables.ts';
import type { ReleaseHistory } from './release-history.ts';

const n = (value: number) => value.toLocaleString('id-ID');
const bound = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : value > 0 ? '∞' : '−∞');

/**
 * The disclosure-control figures for the build log (counts only, except the failures: a failure
 * names the cell, the releases that show it as `[c]`, and its range, so staff can act on it; the
 * build then publishes nothing).
 */
export function disclosureLogLines(report: DisclosureReport, seconds: number): string[] {
  const { audit, releases } = report;
  const status = audit.failures.length === 0 ? '✓' : '✗';
  const covered = releases.releases.length === 0
    ? 'build ini saja (belum ada rilis) / this build only (no release yet)'
    : `rilis ${releases.releases.join(', ')} + build ini / releases ${releases.releases.join(', ')} + this build`;
  const lines = [
    `${status} Kontrol pengungkapan / disclosure control (k = ${report.threshold}, ≥ ${report.possibleValues} nilai mungkin / possible values):`,
    `  sel dipertimbangkan / cells considered: ${n(report.cellsConsidered)}; disembunyikan primer / primary: ${n(report.primary)}; sekunder / secondary: ${n(report.secondary)}; turunan (rasio, rata-rata, perubahan) / derived: ${n(report.derived)}; komplemen tersembunyi terlindungi / hidden complements protected: ${n(report.hiddenProtected)}`,
    `  audit atas / covering ${covered}: ${n(audit.components)} komponen / components (terbesar / largest ${n(audit.largestComponent)} sel), ${n(audit.linearPrograms)} program linear / LPs, ${report.rounds} putaran / rounds, ${seconds.toFixed(1)} s`,
  ];
  if (releases.releases.length > 0) {
    lines.push(
      `  rilis terdahulu / earlier releases: ${n(releases.earlierRelations)} relasi / relations, ${n(releases.revised)} angka direvisi / revised counts (${n(releases.earlierCells)} sel lama / old cells); tetap terbit karena sudah terbit / kept published (published before): ${n(releases.keepPublished)}; tetap [c] karena dulu [c] / kept [c] (hidden before): ${n(releases.keptHidden)}`,
    );
    if (releases.withoutRecord.length > 0) {
      lines.push(
        `  ! tanpa catatan nilai tersembunyi / without a record of hidden values: ${releases.withoutRecord.join(', ')} — [c] dianggap tidak berubah / [c] taken as unchanged`,
      );
    }
  }
  lines.push(
    `  rentang perlindungan tersempit / narrowest protection: ${Number.isFinite(audit.fewestPossibleValues) ? n(audit.fewestPossibleValues) : '-'} nilai mungkin / possible values; gagal / failures: ${n(audit.failures.length)}`,
  );
  if (report.failures.length > 0) {
    lines.push(`✗ Audit gagal: ${n(report.failures.length)} sel terlindungi masih dapat dipersempit. Tidak ada yang diterbitkan. / Audit failed: ${n(report.failures.length)} protected cells can be narrowed down. Nothing was published.`);
    for (const failure of report.failures.slice(0, 50)) {
      const where = failure.releases.map((release) => (release === '*' ? 'build ini / this build' : release)).join(', ');
      lines.push(`  ${failure.label} ([c] di / in: ${where || '-'}): rentang / range ${bound(failure.min)} … ${bound(failure.max)}`);
    }
    if (report.failures.length > 50) lines.push(`  … ${n(report.failures.length - 50)} lagi / more`);
  }
  return lines;
}

/** Why the build stops when earlier releases contradict what is known of their hidden values. */
export function historyErrorLines(history: ReleaseHistory, recordPath: (release: string) => string): string[] {
  const releases = [...new Set(history.contradictions.map((c) => c.release))];
  const lines = [
    `✗ Rilis terdahulu tidak cocok dengan nilai tersembunyinya. Tidak ada yang diterbitkan. / Earlier releases contradict their hidden values. Nothing was published.`,
  ];
  for (const release of releases) {
    const found = history.contradictions.filter((c) => c.release === release);
    const missing = history.withoutRecord.includes(release);
    lines.push(
      missing
        ? `  ${release}: tanpa ${recordPath(release)}, [c] dianggap sama seperti sekarang, tetapi ${n(found.length)} relasi yang terbit menunjukkan angka tersembunyi telah berubah. Cara memperbaiki: pulihkan ${recordPath(release)} (ditulis oleh node scripts/preview.ts --release saat rilis dicatat; ada di riwayat git data). / without ${recordPath(release)}, [c] counts are taken as unchanged, but ${n(found.length)} published relations show hidden counts changed. How to fix: restore ${recordPath(release)} (written by node scripts/preview.ts --release when the release was cut; it is in the data's git history).`
        : `  ${release}: ${recordPath(release)} tidak cocok dengan ${n(found.length)} relasi yang terbit (diedit dengan tangan?). / ${recordPath(release)} contradicts ${n(found.length)} published relations (edited by hand?).`,
    );
    for (const contradiction of found.slice(0, 5)) lines.push(`    ${contradiction.relation}`);
  }
  return lines;
}
