import type { DisclosureReport } from './public-tables.ts';

const n = (value: number) => value.toLocaleString('id-ID');

/** The disclosure-control figures for the build log (counts only; no protected value is printed). */
export function disclosureLogLines(report: DisclosureReport, seconds: number): string[] {
  const { audit } = report;
  const status = audit.failures.length === 0 ? '✓' : '✗';
  return [
    `${status} Kontrol pengungkapan / disclosure control (k = ${report.threshold}, ≥ ${report.possibleValues} nilai mungkin / possible values):`,
    `  sel dipertimbangkan / cells considered: ${n(report.cellsConsidered)}; disembunyikan primer / primary: ${n(report.primary)}; sekunder / secondary: ${n(report.secondary)}; turunan (rasio, rata-rata, perubahan) / derived: ${n(report.derived)}; komplemen tersembunyi terlindungi / hidden complements protected: ${n(report.hiddenProtected)}`,
    `  audit: ${n(audit.components)} komponen / components (terbesar / largest ${n(audit.largestComponent)} sel), ${n(audit.linearPrograms)} program linear / LPs, ${report.rounds} putaran / rounds, ${seconds.toFixed(1)} s`,
    `  rentang perlindungan tersempit / narrowest protection: ${Number.isFinite(audit.fewestPossibleValues) ? n(audit.fewestPossibleValues) : '-'} nilai mungkin / possible values; gagal / failures: ${n(audit.failures.length)}`,
  ];
}
