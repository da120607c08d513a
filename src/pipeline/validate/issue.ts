import { messageText, type Language, type MessageCode, type MessageParams } from './messages.ts';

/** One problem found in the input data, located as precisely as the problem allows. */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  code: MessageCode;
  /** Path of the file, relative to the working directory, as staff would open it. */
  file: string;
  line?: number;
  /** 1-based column number and the column's name (none in a file without columns, e.g. JSON). */
  column?: { index: number; name?: string };
  /** The offending cell's text. */
  value?: string;
  params?: MessageParams;
}

const MAX_VALUE_LENGTH = 60;

/** The value in quotes; line breaks as ↵, control characters as \u escapes (JSON escapes C0; DEL and C1 too). */
function quoteValue(value: string): string {
  const shown = value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
  return JSON.stringify(shown.replace(/\r?\n/g, '↵')).replace(/[\x7F-\x9F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const WORDS = {
  id: { line: 'baris', column: 'kolom', value: 'nilai', fix: 'Cara memperbaiki', warning: 'peringatan' },
  en: { line: 'line', column: 'column', value: 'value', fix: 'How to fix', warning: 'warning' },
} as const;

/** `data/2021/kawasan.csv:15:2`: the location in the form editors and CI annotations understand. */
export function issueLocation(issue: ValidationIssue): string {
  return [issue.file, issue.line, issue.line === undefined ? undefined : issue.column?.index]
    .filter((part) => part !== undefined)
    .join(':');
}

/** The issue in one language: where, which value, why, and how to fix it. */
export function describeIssue(issue: ValidationIssue, language: Language): string {
  const words = WORDS[language];
  const params = { ...issue.params, value: issue.value, column: issue.column?.name ?? issue.params?.column };
  const text = messageText(issue.code, language, params);
  const where: string[] = [];
  if (issue.line !== undefined) where.push(`${words.line} ${issue.line}`);
  if (issue.column) where.push(`${words.column} ${issue.column.index}${issue.column.name === undefined ? '' : ` "${issue.column.name}"`}`);
  if (issue.value !== undefined) where.push(`${words.value} ${quoteValue(issue.value)}`);
  const place = where.length ? `${where.join(', ')}: ` : '';
  const severity = issue.severity === 'warning' ? `${words.warning}: ` : '';
  return `${severity}${place}${text.reason} ${words.fix}: ${text.hint}`;
}

/** The issue as printed by the CLI: location, then the Indonesian text, then the English one. */
export function formatIssue(issue: ValidationIssue, languages: readonly Language[]): string {
  const lines = languages.map((language, index) =>
    index === 0 ? describeIssue(issue, language) : `  [${language.toUpperCase()}] ${describeIssue(issue, language)}`,
  );
  return `${issueLocation(issue)}  ${lines.join('\n')}`;
}

/** A GitHub Actions workflow command that annotates the offending file and line. */
export function githubAnnotation(issue: ValidationIssue, language: Language): string {
  const properties = [`file=${issue.file}`];
  if (issue.line !== undefined) properties.push(`line=${issue.line}`);
  if (issue.line !== undefined && issue.column) properties.push(`col=${issue.column.index}`);
  const message = describeIssue(issue, language).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${issue.severity} ${properties.join(',')}::${message}`;
}
