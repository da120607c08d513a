/**
 * The data changelog: one entry per release (newest first), each with the years it added and
 * every changed cell of an earlier year (old → new), including cells newly suppressed or shown
 * again. Built from the committed snapshots (releases/) and the build being published; written
 * as /data/changelog.json and shown on /perubahan/ and /en/changelog/.
 */
import { diffTables, type CellChange, type ChangeKind, type DatasetDiff, type RowChange } from './diff.ts';
import type { LoadedRelease, ReleaseInfo, ReleaseSummary } from './release.ts';
import { TABLE_NAMES, type PublicTables } from '../publish/tables.ts';
import type { PublicTableName } from '../publish/public-schema.ts';

export const CHANGELOG_FORMAT = 1;

export interface ChangelogEntry {
  id: string;
  date: string;
  /** True for a build whose release is not committed under releases/ yet. */
  draft: boolean;
  previous: string | null;
  years: number[];
  yearsAdded: number[];
  yearsRemoved: number[];
  counts: Record<ChangeKind, number>;
  changedCells: number;
  rowsAdded: RowChange[];
  rowsRemoved: RowChange[];
  fieldsAdded: { table: string; field: string }[];
  /** Tables published for the first time in this release (optional: absent in changelogs written before). */
  tablesAdded?: string[];
  fieldsRemoved: { table: string; field: string }[];
  note?: { id: string; en: string };
  /** Every changed cell of a year published before, in table, year, region, kind, field order. */
  changes: CellChange[];
}

export interface Changelog {
  format: typeof CHANGELOG_FORMAT;
  /** The release this build publishes. */
  current: string;
  entries: ChangelogEntry[];
}

function entryFrom(
  release: { id: string; date: string; draft: boolean; years: number[]; note?: { id: string; en: string } },
  previous: string | null,
  diff: DatasetDiff,
): ChangelogEntry {
  const entry: ChangelogEntry = {
    id: release.id,
    date: release.date,
    draft: release.draft,
    previous,
    years: release.years,
    yearsAdded: diff.yearsAdded,
    yearsRemoved: diff.yearsRemoved,
    counts: diff.counts,
    changedCells: diff.changes.length,
    rowsAdded: diff.rowsAdded,
    rowsRemoved: diff.rowsRemoved,
    fieldsAdded: diff.fieldsAdded,
    fieldsRemoved: diff.fieldsRemoved,
    changes: diff.changes,
  };
  if (diff.tablesAdded.length > 0) entry.tablesAdded = diff.tablesAdded;
  if (release.note) entry.note = release.note;
  return entry;
}

/** The changelog of all committed releases plus the current build when it is a draft. */
export function buildChangelog(releases: readonly LoadedRelease[], current: { info: ReleaseInfo; tables: PublicTables }): Changelog {
  const entries: ChangelogEntry[] = [];
  let previous: LoadedRelease | undefined;
  for (const release of releases) {
    const { record } = release;
    entries.push(entryFrom({ ...record, draft: false }, previous?.record.id ?? null, diffTables(previous?.tables, release.tables)));
    previous = release;
  }
  if (current.info.draft) {
    entries.push(entryFrom(current.info, previous?.record.id ?? null, diffTables(previous?.tables, current.tables)));
  }
  return { format: CHANGELOG_FORMAT, current: current.info.id, entries: entries.reverse() };
}

/** The summary stored in release.json when a release is cut. */
export function releaseSummary(diff: DatasetDiff, tables: PublicTables): ReleaseSummary {
  return {
    yearsAdded: diff.yearsAdded,
    yearsRemoved: diff.yearsRemoved,
    changedCells: diff.changes.length,
    suppressed: diff.counts.suppressed,
    unsuppressed: diff.counts.unsuppressed,
    rows: Object.fromEntries(TABLE_NAMES.map((table) => [table, tables[table].length])) as Record<PublicTableName, number>,
  };
}

/** /data/changelog.json: compact (one change per line), deterministic. */
export function changelogJson(changelog: Changelog): string {
  const lines: string[] = [];
  lines.push(`{"format":${changelog.format},"current":${JSON.stringify(changelog.current)},"entries":[`);
  changelog.entries.forEach((entry, index) => {
    const { changes, ...head } = entry;
    const headJson = JSON.stringify(head);
    lines.push(`${headJson.slice(0, -1)},"changes":[`);
    lines.push(changes.map((change) => JSON.stringify(change)).join(',\n'));
    lines.push(`]}${index < changelog.entries.length - 1 ? ',' : ''}`);
  });
  lines.push(']}');
  return `${lines.filter((line, index) => line !== '' || index === 0).join('\n')}\n`;
}
