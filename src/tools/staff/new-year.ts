import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { STAFF_TABLES, YEAR_TABLES } from './columns.ts';
import type { Delimiter } from './examples.ts';
import { bilingual, t, type Bilingual, type Lang } from '../../i18n/index.ts';

/**
 * `npm run new-year -- 2026`: makes `data/2026/` with header-only `kawasan.csv` and `program.csv`.
 *
 * The files hold the header line only. An example row would be read as data (and published), so
 * the example lives in the staff guide (data/README.md), where tests keep it valid. Nothing that
 * exists is ever overwritten.
 */

/** The earliest year the tool accepts; IKRN mapping is far younger. */
export const MIN_YEAR = 2000;

/** A message in Bahasa Indonesia and English. */
export type { Bilingual };

export type YearArgument = { ok: true; year: number } | { ok: false; problem: Bilingual };

/** The latest year one may prepare: next year (a folder can be made in December). */
export const maxYear = (currentYear: number) => currentYear + 1;

export const USAGE: Bilingual = bilingual('staff.usage');
const withUsage = (params: Record<string, string | number>) => (lang: Lang) => ({ ...params, usage: t(lang, 'staff.usage') });

/** Checks the command-line arguments: exactly one year of 4 digits, from MIN_YEAR to next year. */
export function parseYearArgument(args: readonly string[], currentYear: number): YearArgument {
  const last = maxYear(currentYear);
  if (args.length === 0) {
    return {
      ok: false,
      problem: bilingual('staff.year.missing', withUsage({})),
    };
  }
  if (args.length > 1) {
    return {
      ok: false,
      problem: bilingual('staff.year.tooMany', withUsage({ count: args.length, args: args.join(' ') })),
    };
  }
  const raw = (args[0] ?? '').trim();
  if (!/^\d{4}$/.test(raw)) {
    return {
      ok: false,
      problem: bilingual('staff.year.notYear', withUsage({ raw, example: currentYear })),
    };
  }
  const year = Number(raw);
  if (year < MIN_YEAR || year > last) {
    return {
      ok: false,
      problem: bilingual('staff.year.outOfRange', { year, min: MIN_YEAR, max: last }),
    };
  }
  return { ok: true, year };
}

/** Reads `--pemisah` / `--delimiter`: semicolon (Excel set to Indonesian, the default) or comma. */
export function parseDelimiter(value: string | undefined): Delimiter | undefined {
  switch ((value ?? 'titik-koma').trim().toLowerCase()) {
    case 'titik-koma':
    case 'titikkoma':
    case 'semicolon':
    case ';':
      return ';';
    case 'koma':
    case 'comma':
    case ',':
      return ',';
    default:
      return undefined;
  }
}

/** A header-only file as Excel's "CSV UTF-8" writes it: BOM, the delimiter, CRLF. */
export function headerOnlyCsv(columns: readonly string[], delimiter: Delimiter): string {
  return `\uFEFF${columns.join(delimiter)}\r\n`;
}

/** The files of a new year folder, in contract column order. */
export function yearTemplates(delimiter: Delimiter): { name: string; columns: readonly string[]; content: string }[] {
  return YEAR_TABLES.map((table) => {
    const { file, all } = STAFF_TABLES[table];
    return { name: file, columns: all, content: headerOnlyCsv(all, delimiter) };
  });
}

export type ScaffoldResult =
  | { ok: true; folder: string; files: { path: string; columns: number }[]; notes: Bilingual[] }
  | { ok: false; problem: Bilingual };

const YEAR_FOLDER = /^\d{4}$/;

/**
 * Creates `<dataDir>/<year>/` with header-only CSV files. Refuses (and writes nothing) when the
 * data folder is missing or when the year folder already exists, even empty: correcting a year
 * means editing its files, never replacing them.
 */
export async function scaffoldYear(
  dataDir: string,
  year: number,
  delimiter: Delimiter,
  shown: (absolute: string) => string = (absolute) => path.relative(process.cwd(), absolute) || absolute,
): Promise<ScaffoldResult> {
  const dataInfo = await stat(dataDir).catch(() => undefined);
  if (!dataInfo?.isDirectory()) {
    return {
      ok: false,
      problem: bilingual('staff.dataMissing', { dir: shown(dataDir) }),
    };
  }
  const folder = path.join(dataDir, String(year));
  const existing = await stat(folder).catch(() => undefined);
  if (existing) return { ok: false, problem: alreadyExists(shown(folder), year) };

  const existingYears = (await readdir(dataDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && YEAR_FOLDER.test(entry.name))
    .map((entry) => Number(entry.name))
    .sort((a, b) => a - b);

  try {
    // Not recursive: fails if the folder appeared in the meantime.
    await mkdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, problem: alreadyExists(shown(folder), year) };
    throw error;
  }
  const files: { path: string; columns: number }[] = [];
  try {
    for (const template of yearTemplates(delimiter)) {
      const filePath = path.join(folder, template.name);
      // 'wx': never replace a file.
      await writeFile(filePath, template.content, { encoding: 'utf8', flag: 'wx' });
      files.push({ path: shown(filePath), columns: template.columns.length });
    }
  } catch (error) {
    // The folder is ours (made above): leave nothing half-made behind.
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return { ok: true, folder: shown(folder), files, notes: yearNotes(year, existingYears) };
}

function alreadyExists(folder: string, year: number): Bilingual {
  return bilingual('staff.exists', { folder, year });
}

/** Hints for a year that is not simply the one after the latest: a possible typo. */
export function yearNotes(year: number, existingYears: readonly number[]): Bilingual[] {
  const latest = existingYears.at(-1);
  if (latest === undefined) return [];
  if (year < latest) {
    return [bilingual('staff.note.past', { year, latest })];
  }
  if (year > latest + 1) {
    return [bilingual('staff.note.gap', { year, next: latest + 1 })];
  }
  return [];
}

/** What to do next, step by step, in both languages. */
export function nextSteps(folder: string, year: number): Bilingual[] {
  const dir = folder.replace(/\\/g, '/');
  return [
    bilingual('staff.step.fill', { dir }),
    bilingual('staff.step.validate'),
    bilingual('staff.step.preview'),
    bilingual('staff.step.publish', { dir, year }),
  ];
}
