import { type Lang, t } from '../../i18n/index.ts';
import { formatIssue, githubAnnotation, type ValidationIssue } from './issue.ts';
import { formatCount as count } from './messages.ts';
import type { ValidationResult } from './inputs.ts';

export interface ReportOptions {
  languages: readonly Lang[];
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
  const [lang = 'id'] = options.languages;
  for (const issue of shown) {
    lines.push(formatIssue(issue, options.languages));
    if (options.githubAnnotations) lines.push(githubAnnotation(issue, lang));
  }
  const rest = ordered.length - shown.length;
  if (rest > 0) lines.push(t(lang, 'validate.report.more', { rest: count(rest, lang), total: count(ordered.length, lang), max: ordered.length }));
  lines.push(summaryLine(result, errors, seconds.toFixed(2), lang));
  return lines;
}

function summaryLine(result: ValidationResult, errors: ValidationIssue[], seconds: string, lang: Lang): string {
  if (errors.length > 0) {
    return t(lang, 'validate.report.invalid', { errors: count(errors.length, lang), files: new Set(errors.map((e) => e.file)).size, seconds });
  }
  const years = result.inputs?.years ?? [];
  const span = years.length ? `${years[0]?.year}–${years.at(-1)?.year}` : '-';
  const kawasan = years.reduce((sum, y) => sum + y.kawasanRows, 0);
  const program = years.reduce((sum, y) => sum + y.programRows, 0);
  const warnings = result.issues.length;
  const params = { years: years.length, span, kawasan: count(kawasan, lang), program: count(program, lang), files: result.filesRead, warnings, seconds };
  return t(lang, warnings ? 'validate.report.validWarnings' : 'validate.report.valid', params);
}
