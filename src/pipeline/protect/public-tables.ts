import { JENIS_PROGRAM } from '../contract/program.ts';
import type { RateBases } from '../aggregate/derive.ts';
import type { Region } from '../aggregate/regions.ts';
import { isMarker, MARKERS, type Marker } from '../publish/markers.ts';
import type { KawasanRecord, ProgramRecord } from '../publish/public-schema.ts';
import type { AuditResult } from './audit.ts';
import { PERSON_BASED_RATES, PERSON_FIELDS } from './config.ts';
import { addCell, emptyProblem, type DisclosureConfig } from './problem.ts';
import { protectCells } from './protect.ts';

type Cell = number | Marker;
/** A public record seen as a plain bag of fields, to read and write cells by name. */
type AnyRecord = Record<string, unknown>;

export interface ProgramInput {
  record: ProgramRecord;
  bases: RateBases;
}

export interface DisclosureReport {
  threshold: number;
  possibleValues: number;
  cellsConsidered: number;
  primary: number;
  secondary: number;
  /** Hidden complements (e.g. men = participants − women) that needed protection. */
  hiddenProtected: number;
  /** Rates, means and changes suppressed because they are computed from a protected figure or from fewer than k persons. */
  derived: number;
  audit: Omit<AuditResult, 'ranges'>;
  rounds: number;
}

const LEVEL_COST = { kabkota: 1, provinsi: 3, nasional: 1000 } as const;
const key = (...parts: (string | number)[]) => parts.join('|');

/**
 * Applies disclosure control to the public tables of every year: builds the protection
 * problem (person counts, their additive relations across kab/kota → province → nation, program
 * kinds → total, women + men → participants, graduates/entrepreneurs ≤ participants, and the
 * year-on-year changes), protects it, writes `[c]` into every suppressed cell, suppresses
 * rates and means from small bases, and fills in the changes from the published values.
 */
export async function protectPublicTables(
  regions: readonly Region[],
  kawasan: KawasanRecord[],
  programs: ProgramInput[],
  config: DisclosureConfig,
): Promise<{ kawasan: KawasanRecord[]; program: ProgramRecord[]; report: DisclosureReport }> {
  const problem = emptyProblem();
  const cellOf = new Map<string, number>();
  const place = new Map<number, { record: AnyRecord; field: string }>();
  const level = new Map(regions.map((region) => [region.code, region.level]));
  const children = new Map<string, string[]>();
  for (const region of regions) {
    if (region.parentCode) children.set(region.parentCode, [...(children.get(region.parentCode) ?? []), region.code]);
  }

  const add = (record: AnyRecord, recordKey: string, field: string, options: { hidden?: boolean; value?: number; cost?: number } = {}) => {
    const value = options.value ?? record[field];
    if (typeof value !== 'number') return;
    const code = String(record.kode);
    const index = addCell(problem, {
      label: key(recordKey, field),
      value,
      sensitive: true,
      hidden: options.hidden,
      cost: (options.cost ?? 1) * LEVEL_COST[level.get(code) ?? 'kabkota'],
    });
    cellOf.set(key(recordKey, field), index);
    if (!options.hidden) place.set(index, { record, field });
  };
  const sum = (total: string, parts: string[]) => {
    const totalCell = cellOf.get(total);
    if (totalCell === undefined) return;
    const partCells = parts.map((part) => cellOf.get(part)).filter((cell) => cell !== undefined);
    problem.sums.push({ total: totalCell, parts: partCells });
  };

  const years = [...new Set(kawasan.map((record) => record.tahun))].sort((a, b) => a - b);
  const kawasanKey = (year: number, code: string) => key(year, code, 'kawasan');
  const programKey = (year: number, code: string, jenis: string) => key(year, code, 'program', jenis);

  for (const record of kawasan as (KawasanRecord & AnyRecord)[]) {
    for (const field of PERSON_FIELDS.kawasan) add(record, kawasanKey(record.tahun, record.kode), field);
  }
  for (const { record } of programs) {
    const recordKey = programKey(record.tahun, record.kode, record.jenis);
    const cost = record.jenis === 'semua' ? 2 : 1;
    for (const field of PERSON_FIELDS.program) add(record, recordKey, field, { cost });
    const group = PERSON_FIELDS.program.map((field) => cellOf.get(key(recordKey, field))).filter((cell) => cell !== undefined);
    if (group.length > 1) problem.groups.push(group);
    if (typeof record.peserta === 'number' && typeof record.peserta_perempuan === 'number') {
      add(record, recordKey, 'laki_laki', { hidden: true, value: record.peserta - record.peserta_perempuan });
      sum(key(recordKey, 'peserta'), [key(recordKey, 'peserta_perempuan'), key(recordKey, 'laki_laki')]);
    }
    for (const part of ['lulus', 'berwirausaha']) {
      const partCell = cellOf.get(key(recordKey, part));
      const whole = cellOf.get(key(recordKey, 'peserta'));
      if (partCell !== undefined && whole !== undefined) problem.atMost.push({ part: partCell, whole });
    }
  }

  for (const year of years) {
    for (const [parent, kids] of children) {
      for (const field of PERSON_FIELDS.kawasan) {
        sum(key(kawasanKey(year, parent), field), kids.map((kid) => key(kawasanKey(year, kid), field)));
      }
      for (const jenis of ['semua', ...JENIS_PROGRAM]) {
        for (const field of PERSON_FIELDS.program) {
          sum(key(programKey(year, parent, jenis), field), kids.map((kid) => key(programKey(year, kid, jenis), field)));
        }
      }
    }
    for (const region of regions) {
      for (const field of PERSON_FIELDS.program) {
        sum(
          key(programKey(year, region.code, 'semua'), field),
          JENIS_PROGRAM.map((jenis) => key(programKey(year, region.code, jenis), field)),
        );
      }
    }
  }

  // Year-on-year changes of person counts: published only with both years, and audited as relations.
  const changes: { change: number; record: AnyRecord; field: string }[] = [];
  const addChange = (record: AnyRecord, earlierKey: string, laterKey: string, of: string) => {
    const earlier = cellOf.get(key(earlierKey, of));
    const later = cellOf.get(key(laterKey, of));
    if (earlier === undefined || later === undefined) return;
    const change = addCell(problem, {
      label: key(laterKey, `${of}_perubahan`),
      value: problem.values[later]! - problem.values[earlier]!,
      lowerBound: -Infinity,
    });
    problem.derivedFrom.set(change, [earlier, later]);
    changes.push({ change, record, field: `${of}_perubahan` });
  };
  for (const record of kawasan) {
    if (record.tahun === years[0]) continue;
    for (const field of ['tersangka', 'pengguna']) {
      addChange(record, kawasanKey(record.tahun - 1, record.kode), kawasanKey(record.tahun, record.kode), field);
    }
  }
  for (const { record } of programs) {
    if (record.tahun === years[0]) continue;
    addChange(record, programKey(record.tahun - 1, record.kode, record.jenis), programKey(record.tahun, record.kode, record.jenis), 'peserta');
  }

  const result = await protectCells(problem, config);
  const suppressedCell = (index: number) => result.suppressed.has(index);
  for (const index of result.suppressed) {
    const target = place.get(index);
    if (target) target.record[target.field] = MARKERS.suppressed;
  }

  let derived = 0;
  for (const { record, bases } of programs) {
    for (const [rate, sources] of Object.entries(PERSON_BASED_RATES) as [keyof RateBases, readonly string[]][]) {
      if (isMarker(record[rate])) continue;
      const fromSuppressed = sources.some((field) => record[field as keyof ProgramRecord] === MARKERS.suppressed);
      if (fromSuppressed || bases[rate] < config.threshold) {
        (record as AnyRecord)[rate] = MARKERS.suppressed;
        derived++;
      }
    }
  }
  fillChanges(kawasan, programs.map((p) => p.record));
  for (const { change } of changes) if (suppressedCell(change)) derived++;

  const hidden = problem.hidden.filter((isHidden, index) => isHidden && problem.sensitive[index] && problem.values[index]! >= 1 && problem.values[index]! < config.threshold).length;
  const counted = [...result.suppressed].filter((index) => place.has(index));
  const { ranges: _ranges, ...audit } = result.audit;
  return {
    kawasan,
    program: programs.map((p) => p.record),
    report: {
      threshold: config.threshold,
      possibleValues: config.possibleValues,
      cellsConsidered: problem.values.length,
      primary: result.primary.size,
      secondary: counted.length - result.primary.size,
      hiddenProtected: hidden,
      derived,
      audit,
      rounds: result.rounds,
    },
  };
}

const KAWASAN_CHANGES = ['dinilai', 'bahaya', 'waspada', 'rawan', 'rawan_persen', 'kasus_narkoba', 'tersangka', 'pengguna'] as const;
const PROGRAM_CHANGES = ['kegiatan', 'peserta'] as const;

/** Year-on-year changes from the published values: a marker where either year has one. */
function fillChanges(kawasan: KawasanRecord[], program: ProgramRecord[]): void {
  const fill = <R extends Record<string, unknown>>(records: R[], recordKey: (r: R) => string, fields: readonly string[]) => {
    const byKey = new Map(records.map((record) => [recordKey(record), record]));
    for (const record of records) {
      const previous = byKey.get(recordKey({ ...record, tahun: (record.tahun as number) - 1 }));
      for (const field of fields) {
        const target = record as AnyRecord;
        target[`${field}_perubahan`] = change(previous?.[field] as Cell | undefined, record[field] as Cell);
      }
    }
  };
  fill(kawasan, (r) => key(r.tahun, r.kode), KAWASAN_CHANGES);
  fill(program, (r) => key(r.tahun, r.kode, r.jenis), PROGRAM_CHANGES);
}

function change(earlier: Cell | undefined, later: Cell): Cell {
  if (earlier === undefined) return MARKERS.notApplicable;
  if (isMarker(later)) return later;
  if (isMarker(earlier)) return earlier;
  return Math.round((later - earlier) * 10) / 10;
}
