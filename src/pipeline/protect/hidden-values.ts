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
import { PERSON_FIELDS } from './config.ts';
import { cellKey, kawasanKey, programKey } from './person-cells.ts';

/** One `[c]` count of a release: its record (`2024|76.02|kawasan`), its field and its true value. */
export interface HiddenCount {
  recordKey: string;
  table: 'kawasan' | 'program';
  field: string;
  value: number;
}
/** A release's hidden counts by cell label (`cellKey(recordKey, field)`). */
export type HiddenValues = Map<string, HiddenCount>;

export const HIDDEN_VALUES_FOLDER = 'rilis';

export function hiddenValuesPath(dataDir: string, releaseId: string): string {
  return path.join(dataDir, HIDDEN_VALUES_FOLDER, `${releaseId}.json`);
}

const FIELDS = { kawasan: PERSON_FIELDS.kawasan, program: PERSON_FIELDS.program } as const;

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

/** The records as written: `[recordKey, table, values per field]`, the table named in the file's second column. */
export function parseHiddenValues(text: string, releaseId: string): HiddenValues {
  const parsed = JSON.parse(text) as { release?: unknown; rows?: unknown };
  if (parsed.release !== releaseId) throw new Error(`the record is for release ${String(parsed.release)}, not ${releaseId}`);
  if (!Array.isArray(parsed.rows)) throw new Error('no rows');
  const values: HiddenValues = new Map();
  for (const row of parsed.rows as unknown[]) {
    if (!Array.isArray(row) || typeof row[0] !== 'string') throw new Error(`bad row ${JSON.stringify(row)}`);
    const [recordKey, ...cells] = row as [string, ...unknown[]];
    const table = cells.length === FIELDS.program.length ? 'program' : 'kawasan';
    const fields: readonly string[] = FIELDS[table];
    if (cells.length !== fields.length) throw new Error(`row ${recordKey} has ${cells.length} values, expected ${FIELDS.kawasan.length} or ${FIELDS.program.length}`);
    cells.forEach((cell, column) => {
      if (cell === null) return;
      if (typeof cell !== 'number' || !Number.isInteger(cell) || cell < 0) throw new Error(`row ${recordKey}: ${JSON.stringify(cell)} is not a count`);
      values.set(cellKey(recordKey, fields[column]!), { recordKey, table, field: fields[column]!, value: cell });
    });
  }
  return values;
}

/** The record of a release, or undefined when there is none. A record that cannot be read stops the build. */
export async function readHiddenValues(dataDir: string, releaseId: string): Promise<HiddenValues | undefined> {
  const file = hiddenValuesPath(dataDir, releaseId);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return parseHiddenValues(text, releaseId);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message} (this file is written by node scripts/preview.ts --release; never edit it by hand)`);
  }
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
export function recoverHiddenValues(
  release: { kawasan: readonly Readonly<Record<string, unknown>>[]; program: readonly Readonly<Record<string, unknown>>[] },
  truth: ReadonlyMap<string, number>,
): { values: HiddenValues; mismatches: string[] } {
  const values: HiddenValues = new Map();
  const mismatches: string[] = [];
  for (const [table, recordKeyOf] of [
    ['kawasan', (r: Readonly<Record<string, unknown>>) => kawasanKey(r.tahun as number, r.kode as string)],
    ['program', (r: Readonly<Record<string, unknown>>) => programKey(r.tahun as number, r.kode as string, r.jenis as string)],
  ] as const) {
    for (const row of release[table]) {
      const recordKey = recordKeyOf(row);
      for (const field of PERSON_FIELDS[table]) {
        const label = cellKey(recordKey, field);
        const published = row[field];
        const value = truth.get(label);
        if (published === '[c]') {
          if (value === undefined) mismatches.push(`${label}: [c] in the release, no count in the data`);
          else values.set(label, { recordKey, table, field, value });
        } else if (typeof published === 'number' && value !== published) {
          mismatches.push(`${label}: ${published} in the release, ${value ?? 'none'} in the data`);
        }
      }
    }
  }
  return { values, mismatches };
}
