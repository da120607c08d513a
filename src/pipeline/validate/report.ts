import { formatIssue, githubAnnotation, type ValidationIssue } from './issue.ts';
import { formatCount as count, type Language } from './messages.ts';
import type { ValidationResult } from './inputs.ts';

export interface ReportOptions {
  languages: readonly Language[];
  /** How many issues to print before summarising the rest. */
  maxIssues: number;
  /** Also print GitHub Actions annotations (in CI). */
  githubAnnotations: boolean;
}

/** The lines the validator prints: each issue, then what was left out, then a summary. */
export function reportLines(result: ValidationResult, seconds: number, options: ReportOptions): string[] {
  const lines: string[] = [];
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  const byPlace = (a: ValidationIssue, b: ValidationIssue) =>
    a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column?.index ?? 0) - (b.column?.index ?? 0);
  const ordered = [...errors.sort(byPlace), ...result.issues.filter((issue) => issue.severity === 'warning').sort(byPlace)];
  const shown = ordered.slice(0, options.maxIssues);
  for (const issue of shown) {
    lines.push(formatIssue(issue, options.languages));
    if (options.githubAnnotations) lines.push(githubAnnotation(issue, options.languages[0] ?? 'id'));
  }
  const rest = ordered.length - shown.length;
  const [language = 'id'] = options.languages;
  if (rest > 0) {
    lines.push(
      language === 'id'
        ? `… dan ${count(rest, 'id')} masalah lain tidak ditampilkan (jumlah ${count(ordered.length, 'id')}; tampilkan semua dengan --max ${ordered.length}).`
        : `… and ${count(rest, 'en')} more issues not shown (${count(ordered.length, 'en')} in all; show all with --max ${ordered.length}).`,
    );
  }
  lines.push(summaryLine(result, errors, seconds, language));
  return lines;
}

function summaryLine(result: ValidationResult, errors: ValidationIssue[], seconds: number, language: Language): string {
  const time = `${seconds.toFixed(2)} s`;
  if (errors.length > 0) {
    return language === 'id'
      ? `✗ Data TIDAK sah: ${count(errors.length, 'id')} kesalahan di ${new Set(errors.map((e) => e.file)).size} berkas. Tidak ada yang ditulis atau diterbitkan. (${time})`
      : `✗ Data NOT valid: ${count(errors.length, 'en')} errors in ${new Set(errors.map((e) => e.file)).size} files. Nothing was written or published. (${time})`;
  }
  const years = result.inputs?.years ?? [];
  const span = years.length ? `${years[0]?.year}–${years.at(-1)?.year}` : '-';
  const kawasan = years.reduce((sum, y) => sum + y.kawasanRows, 0);
  const program = years.reduce((sum, y) => sum + y.programRows, 0);
  const warnings = result.issues.length;
  return language === 'id'
    ? `✓ Data sah: ${years.length} tahun (${span}), ${count(kawasan, 'id')} desa/kelurahan dinilai, ${count(program, 'id')} kegiatan program, ${result.filesRead} berkas${warnings ? `, ${warnings} peringatan` : ''} (${time})`
    : `✓ Data valid: ${years.length} years (${span}), ${count(kawasan, 'en')} desa/kelurahan assessed, ${count(program, 'en')} program activities, ${result.filesRead} files${warnings ? `, ${warnings} warnings` : ''} (${time})`;
}
