/**
 * The private record of a release: the true value of every person count it published as `[c]`.
 *
 *   <data>/rilis/2025.1.json   {"release","fields":{kawasan:[…],program:[…]},"rows":[ one record per line ]}
 *
 * A later build needs it to prove that no `[c]` of that release can be worked out from all
 * releases together: whether a hidden count was revised since, and what it was, is not in the
 * public snapshot. It lives in the data folder because it is as private as the data (small
 * counts!): it is never published, never copied into `releases/` or `dist/`, and committed only
 * where `data/` is (a private repository for real data). Written when a release is cut
 * (`node scripts/preview.ts --release`); never edited by hand.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MARKERS } from '../publish/markers.ts';
import { PROTECTED_FIELDS, PROTECTED_TABLES, type ProtectedTable } from './config.ts';
import { cellKey, recordKeyOf, type PersonTableRecords } from './person-cells.ts';

/** One `[c]` count of a release: its record (`2024|76.02|kawasan`), its field and its true value. */
export interface HiddenCount {
  recordKey: string;
  table: ProtectedTable;
  field: string;
  value: number;
}
/** A release's hidden counts by cell label (`cellKey(recordKey, field)`). */
export type HiddenValues = Map<string, HiddenCount>;

export const HIDDEN_VALUES_FOLDER = 'rilis';

export function hiddenValuesPath(dataDir: string, releaseId: string): string {
  return path.join(dataDir, HIDDEN_VALUES_FOLDER, `${releaseId}.json`);
}

const FIELDS = PROTECTED_FIELDS;

/** The file text: one line per record with a hidden count, `[recordKey, value or null per field]`. */
export function hiddenValuesText(releaseId: string, values: ReadonlyMap<string, HiddenCount>): string {
  const rows = new Map<string, (number | null)[]>();
  for (const { recordKey, table, field, value } of values.values()) {
    const fields: readonly string[] = FIELDS[table];
    const column = fields.indexOf(field);
    if (column < 0) throw new Error(`not a person count: ${field} of ${recordKey}`);
    const row = rows.get(recordKey) ?? fields.map(() => null);
    row[column] = value;
    rows.set(recordKey, row);
  }
  const head = `{"release":${JSON.stringify(releaseId)},"private":true,"fields":${JSON.stringify(FIELDS)},"rows":[`;
  return `${head}\n${[...rows].map(([recordKey, row]) => JSON.stringify([recordKey, ...row])).join(',\n')}\n]}\n`;
}

/** The records as written: `[recordKey, values per field]`; the record key names the table (`2024|76.02|kawasan`, `…|program|semua`). */
export function parseHiddenValues(text: string, releaseId: string): HiddenValues {
  const parsed = JSON.parse(text) as { release?: unknown; rows?: unknown };
  if (parsed.release !== releaseId) throw new Error(`the record is for release ${String(parsed.release)}, not ${releaseId}`);
  if (!Array.isArray(parsed.rows)) throw new Error('no rows');
  const values: HiddenValues = new Map();
  for (const row of parsed.rows as unknown[]) {
    if (!Array.isArray(row) || typeof row[0] !== 'string') throw new Error(`bad row ${JSON.stringify(row)}`);
    const [recordKey, ...cells] = row as [string, ...unknown[]];
    const table = PROTECTED_TABLES.find((name) => recordKey.split('|')[2] === name);
    if (!table) throw new Error(`row ${recordKey}: no table of person counts`);
    const fields: readonly string[] = FIELDS[table];
    if (cells.length !== fields.length) throw new Error(`row ${recordKey} has ${cells.length} values, expected ${fields.length}`);
    cells.forEach((cell, column) => {
      if (cell === null) return;
      if (typeof cell !== 'number' || !Number.isInteger(cell) || cell < 0) throw new Error(`row ${recordKey}: ${JSON.stringify(cell)} is not a count`);
      values.set(cellKey(recordKey, fields[column]!), { recordKey, table, field: fields[column]!, value: cell });
    });
  }
  return values;
}

/** A private record that cannot be used: unreadable, or not matching its release's `[c]` counts. The build stops. */
export class HiddenValuesError extends Error {
  readonly file: string;
  /** `unreadable`: `detail` says why; `mismatch`: how many `[c]` counts have no value and how many values no `[c]`. */
  readonly problem: { kind: 'unreadable'; detail: string } | { kind: 'mismatch'; missing: number; extra: number };
  constructor(file: string, problem: HiddenValuesError['problem']) {
    super(`${file}: ${problem.kind === 'unreadable' ? problem.detail : `${problem.missing} [c] counts without a value, ${problem.extra} values without a [c] count`}`);
    this.file = file;
    this.problem = problem;
  }
}

/**
 * The record of a release, checked against the release's `[c]` counts, or undefined when there is
 * none. Throws `HiddenValuesError` when it cannot be read or does not match.
 */
export async function readHiddenValues(dataDir: string, release: ReleaseCounts & { id: string }): Promise<HiddenValues | undefined> {
  const file = hiddenValuesPath(dataDir, release.id);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
  let values: HiddenValues;
  try {
    values = parseHiddenValues(text, release.id);
  } catch (error) {
    throw new HiddenValuesError(file, { kind: 'unreadable', detail: (error as Error).message });
  }
  const suppressed = [...personCounts(release)].filter((count) => count.published === MARKERS.suppressed);
  const missing = suppressed.filter((count) => !values.has(count.label)).length;
  const extra = values.size - (suppressed.length - missing);
  if (missing > 0 || extra > 0) throw new HiddenValuesError(file, { kind: 'mismatch', missing, extra });
  return values;
}

export async function writeHiddenValues(dataDir: string, releaseId: string, values: ReadonlyMap<string, HiddenCount>): Promise<string> {
  const file = hiddenValuesPath(dataDir, releaseId);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, hiddenValuesText(releaseId, values));
  return file;
}

/**
 * The record of a committed release recovered from the data as they were when it was cut: the
 * true value of each of its `[c]` person counts. Every count the release published must equal the
 * data's, or these are not that release's data (`mismatches`).
 */
export function recoverHiddenValues(release: ReleaseCounts, truth: ReadonlyMap<string, number>): { values: HiddenValues; mismatches: string[] } {
  const values: HiddenValues = new Map();
  const mismatches: string[] = [];
  for (const { label, recordKey, table, field, published } of personCounts(release)) {
    const value = truth.get(label);
    if (published === MARKERS.suppressed) {
      if (value === undefined) mismatches.push(`${label}: [c] in the release, no count in the data`);
      else values.set(label, { recordKey, table, field, value });
    } else if (typeof published === 'number' && value !== published) {
      mismatches.push(`${label}: ${published} in the release, ${value ?? 'none'} in the data`);
    }
  }
  return { values, mismatches };
}

/** The public tables of a release that hold person counts (a release cut before a table existed has none of its rows). */
export type ReleaseCounts = PersonTableRecords;

/** Every person-count cell of a release's tables, as published (a number, a mark). */
function* personCounts(release: ReleaseCounts): Generator<Omit<HiddenCount, 'value'> & { label: string; published: unknown }> {
  for (const table of PROTECTED_TABLES) {
    for (const row of release[table] ?? []) {
      const recordKey = recordKeyOf(table, row);
      for (const field of PROTECTED_FIELDS[table]) yield { label: cellKey(recordKey, field), recordKey, table, field, published: row[field] };
    }
  }
}
