import { type Lang, t } from '../../i18n/index.ts';
import type { MessageCode } from './message-code.ts';
import { messageText, type MessageParams } from './messages.ts';

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

/** `data/2021/kawasan.csv:15:2`: the location in the form editors and CI annotations understand. */
export function issueLocation(issue: ValidationIssue): string {
  return [issue.file, issue.line, issue.line === undefined ? undefined : issue.column?.index]
    .filter((part) => part !== undefined)
    .join(':');
}

/** The issue in one language: where, which value, why, and how to fix it. */
export function describeIssue(issue: ValidationIssue, lang: Lang): string {
  const params = { ...issue.params, value: issue.value, column: issue.column?.name ?? issue.params?.column };
  const where = issuePlace(issue, lang);
  const { what, fix } = messageText(issue.code, lang, params);
  const text = `${where.length ? `${where.join(', ')}: ` : ''}${t(lang, 'validate.issue.text', { what, fix })}`;
  return issue.severity === 'warning' ? t(lang, 'validate.issue.warning', { text }) : text;
}

/** Where the issue is (line, column) and which value it is about. */
function issuePlace(issue: ValidationIssue, lang: Lang): string[] {
  const where: string[] = [];
  const { line, column, value } = issue;
  if (line !== undefined) where.push(t(lang, 'validate.issue.line', { line }));
  if (column) where.push(column.name === undefined ? t(lang, 'validate.issue.column', { index: column.index }) : t(lang, 'validate.issue.columnNamed', { index: column.index, name: column.name }));
  if (value !== undefined) where.push(t(lang, 'validate.issue.value', { value: quoteValue(value) }));
  return where;
}

/** The issue as printed by the CLI: location, then the Indonesian text, then the English one. */
export function formatIssue(issue: ValidationIssue, languages: readonly Lang[]): string {
  const lines = languages.map((language, index) =>
    index === 0 ? describeIssue(issue, language) : `  [${language.toUpperCase()}] ${describeIssue(issue, language)}`,
  );
  return `${issueLocation(issue)}  ${lines.join('\n')}`;
}

/** A GitHub Actions workflow command that annotates the offending file and line. */
export function githubAnnotation(issue: ValidationIssue, language: Lang): string {
  const properties = [`file=${issue.file}`];
  if (issue.line !== undefined) properties.push(`line=${issue.line}`);
  if (issue.line !== undefined && issue.column) properties.push(`col=${issue.column.index}`);
  const message = describeIssue(issue, language).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${issue.severity} ${properties.join(',')}::${message}`;
}
