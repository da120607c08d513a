import { LANGS, t, tBoth } from '../../i18n/index.ts';
import type { HiddenValuesError } from './hidden-values.ts';
import type { DisclosureReport } from './public-tables.ts';
import type { ReleaseHistory } from './release-history.ts';

/** Counts as the log writes them (Indonesian digits: the log is "Indonesian / English" throughout). */
const n = (value: number) => value.toLocaleString(t('id', 'locale'));
const bound = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : value > 0 ? '∞' : '−∞');
/** "label / label: value" pieces of a line. */
const pair = (key: Parameters<typeof tBoth>[0], value: string) => `${tBoth(key)}: ${value}`;

/**
 * The disclosure-control figures for the build log (counts only, except the failures: a failure
 * names the cell, the releases that show it as `[c]`, and its range, so staff can act on it; the
 * build then publishes nothing). Words from the catalogue (src/i18n/logs.ts).
 */
export function disclosureLogLines(report: DisclosureReport, seconds: number): string[] {
  const { audit, releases } = report;
  const status = audit.failures.length === 0 ? '✓' : '✗';
  const covered = releases.releases.length === 0 ? tBoth('protect.thisBuildOnly') : tBoth('protect.releasesAndBuild', { releases: releases.releases.join(', ') });
  const components = `${n(audit.components)} ${tBoth('protect.components')} (${tBoth('protect.largest')} ${n(audit.largestComponent)} ${t('id', 'protect.cells')})`;
  const lines = [
    `${status} ${tBoth('protect.title')} (k = ${report.threshold}, ≥ ${report.possibleValues} ${tBoth('protect.possible')}):`,
    `  ${[
      pair('protect.considered', n(report.cellsConsidered)),
      pair('protect.primary', n(report.primary)),
      pair('protect.secondary', n(report.secondary)),
      pair('protect.derived', n(report.derived)),
      pair('protect.complements', n(report.hiddenProtected)),
    ].join('; ')}`,
    `  ${tBoth('protect.covering')} ${covered}: ${components}, ${n(audit.linearPrograms)} ${tBoth('protect.lps')}, ${report.rounds} ${tBoth('protect.rounds')}, ${seconds.toFixed(1)} s${cached(audit.cachedComponents)}`,
    ...earlierReleaseLines(releases),
  ];
  const fewest = Number.isFinite(audit.fewestPossibleValues) ? n(audit.fewestPossibleValues) : '-';
  lines.push(`  ${pair('protect.narrowest', `${fewest} ${tBoth('protect.possible')}`)}; ${pair('protect.failures', n(audit.failures.length))}`);
  if (report.failures.length > 0) {
    lines.push(`✗ ${tBoth('protect.auditFailed', { n: n(report.failures.length) })}`);
    for (const failure of report.failures.slice(0, 50)) {
      const where = failure.releases.map((release) => (release === '*' ? tBoth('protect.thisBuild') : release)).join(', ');
      lines.push(`  ${failure.label} ([c] ${tBoth('protect.in')}: ${where || '-'}): ${tBoth('protect.range')} ${bound(failure.min)} … ${bound(failure.max)}`);
    }
    if (report.failures.length > 50) lines.push(`  … ${n(report.failures.length - 50)} ${tBoth('protect.more')}`);
  }
  return lines;
}

/** How many components' results the audit replayed from its cache (nothing when none). */
const cached = (components: number) => (components > 0 ? ` (${tBoth('protect.fromCache', { n: n(components) })})` : '');

/** What the audit took from the releases published before (nothing when there are none). */
function earlierReleaseLines(releases: DisclosureReport['releases']): string[] {
  if (releases.releases.length === 0) return [];
  const revised = `${n(releases.revised)} ${tBoth('protect.revised')} (${n(releases.earlierCells)} ${tBoth('protect.oldCells')})`;
  const lines = [
    `  ${pair('protect.earlier', `${n(releases.earlierRelations)} ${tBoth('protect.relations')}, ${revised}`)}; ${pair('protect.keptPublished', n(releases.keepPublished))}; ${pair('protect.keptSuppressed', n(releases.keptHidden))}`,
  ];
  if (releases.withoutRecord.length > 0) {
    lines.push(`  ! ${pair('protect.withoutRecord', releases.withoutRecord.join(', '))} — ${tBoth('protect.takenUnchanged')}`);
  }
  return lines;
}

/** Why the build stops when earlier releases contradict what is known of their hidden values. */
export function historyErrorLines(history: ReleaseHistory, recordPath: (release: string) => string): string[] {
  const releases = [...new Set(history.contradictions.map((c) => c.release))];
  const lines = [`✗ ${tBoth('protect.history')}`];
  for (const release of releases) {
    const found = history.contradictions.filter((c) => c.release === release);
    const key = history.withoutRecord.includes(release) ? 'protect.history.missing' : 'protect.history.edited';
    lines.push(`  ${release}: ${tBoth(key, { record: recordPath(release), n: n(found.length) })}`);
    for (const contradiction of found.slice(0, 5)) lines.push(`    ${contradiction.relation}`);
  }
  return lines;
}

/** Why the build stops when a release's private record cannot be used (file, what, how to fix), as the validator prints: Indonesian, then English. */
export function recordErrorLines(error: HiddenValuesError, release: string, shown: (file: string) => string): string[] {
  const { problem } = error;
  const record = shown(error.file);
  const [key, params] =
    problem.kind === 'unreadable'
      ? (['protect.record.unreadable', { record, release, detail: problem.detail }] as const)
      : (['protect.record.mismatch', { record, release, missing: problem.missing, extra: problem.extra }] as const);
  return LANGS.map((lang, index) => `${index === 0 ? '✗ ' : '  [EN] '}${t(lang, key, params)}`);
}
