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

export const HIDDEN_VALUES_FOLDER = 'rilis';

export function hiddenValuesPath(dataDir: string, releaseId: string): string {
  return path.join(dataDir, HIDDEN_VALUES_FOLDER, `${releaseId}.json`);
}

const FIELDS = { kawasan: PERSON_FIELDS.kawasan, program: PERSON_FIELDS.program } as const;

/** The file text: one line per record with a hidden count, `[recordKey, value or null per field]`. */
export function hiddenValuesText(releaseId: string, values: ReadonlyMap<string, number>): string {
  const rows = new Map<string, (number | null)[]>();
  for (const [label, value] of values) {
    const cut = label.lastIndexOf('|');
    const recordKey = label.slice(0, cut);
    const field = label.slice(cut + 1);
    const fields: readonly string[] = recordKey.includes('|program|') ? FIELDS.program : FIELDS.kawasan;
    const column = fields.indexOf(field);
    if (column < 0) throw new Error(`not a person count: ${label}`);
    const row = rows.get(recordKey) ?? fields.map(() => null);
    row[column] = value;
    rows.set(recordKey, row);
  }
  const head = `{"release":${JSON.stringify(releaseId)},"private":true,"fields":${JSON.stringify(FIELDS)},"rows":[`;
  return `${head}\n${[...rows].map(([recordKey, row]) => JSON.stringify([recordKey, ...row])).join(',\n')}\n]}\n`;
}

export function parseHiddenValues(text: string, releaseId: string): Map<string, number> {
  const parsed = JSON.parse(text) as { release?: unknown; rows?: unknown };
  if (parsed.release !== releaseId) throw new Error(`the record is for release ${String(parsed.release)}, not ${releaseId}`);
  if (!Array.isArray(parsed.rows)) throw new Error('no rows');
  const values = new Map<string, number>();
  for (const row of parsed.rows as unknown[]) {
    if (!Array.isArray(row) || typeof row[0] !== 'string') throw new Error(`bad row ${JSON.stringify(row)}`);
    const [recordKey, ...cells] = row as [string, ...unknown[]];
    const fields: readonly string[] = recordKey.includes('|program|') ? FIELDS.program : FIELDS.kawasan;
    if (cells.length !== fields.length) throw new Error(`row ${recordKey} has ${cells.length} values, expected ${fields.length}`);
    cells.forEach((cell, column) => {
      if (cell === null) return;
      if (typeof cell !== 'number' || !Number.isInteger(cell) || cell < 0) throw new Error(`row ${recordKey}: ${JSON.stringify(cell)} is not a count`);
      values.set(`${recordKey}|${fields[column]}`, cell);
    });
  }
  return values;
}

/** The record of a release, or undefined when there is none. A record that cannot be read stops the build. */
export async function readHiddenValues(dataDir: string, releaseId: string): Promise<Map<string, number> | undefined> {
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

export async function writeHiddenValues(dataDir: string, releaseId: string, values: ReadonlyMap<string, number>): Promise<string> {
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
): { values: Map<string, number>; mismatches: string[] } {
  const values = new Map<string, number>();
  const mismatches: string[] = [];
  for (const [table, recordKey] of [
    ['kawasan', (r: Readonly<Record<string, unknown>>) => `${r.tahun}|${r.kode}|kawasan`],
    ['program', (r: Readonly<Record<string, unknown>>) => `${r.tahun}|${r.kode}|program|${r.jenis}`],
  ] as const) {
    for (const row of release[table]) {
      for (const field of PERSON_FIELDS[table]) {
        const label = `${recordKey(row)}|${field}`;
        const published = row[field];
        const value = truth.get(label);
        if (published === '[c]') {
          if (value === undefined) mismatches.push(`${label}: [c] in the release, no count in the data`);
          else values.set(label, value);
        } else if (typeof published === 'number' && value !== published) {
          mismatches.push(`${label}: ${published} in the release, ${value ?? 'none'} in the data`);
        }
      }
    }
  }
  return { values, mismatches };
}
