import { z } from 'zod';
import {
  choiceCell,
  dateInYearCell,
  desaCodeCell,
  privateTextCell,
  textCell,
  wholeNumberCell,
  type CellContext,
} from './cells.ts';

/** Kinds of alternative-empowerment activity (`jenis`). */
export const JENIS_PROGRAM = [
  'pelatihan_keterampilan',
  'kewirausahaan',
  'bimtek_pendamping',
  'sosialisasi_p4gn',
  'kampung_bersinar',
] as const;
export type JenisProgram = (typeof JENIS_PROGRAM)[number];

/** Program columns that are read but never published: the activity's name, its partner, the row id. */
export const PROGRAM_PRIVATE_COLUMNS = ['id', 'nama', 'mitra'] as const;

/** Counts that may not exceed the number of participants. */
const PARTS_OF_PESERTA = ['peserta_perempuan', 'lulus', 'berwirausaha'] as const;

type ProgramCells = {
  mulai?: unknown;
  selesai?: unknown;
  peserta?: unknown;
} & Partial<Record<(typeof PARTS_OF_PESERTA)[number], unknown>>;

/** A problem between two cells of one program row. */
export interface RowProblem {
  column: string;
  message: 'program.more-than-participants' | 'date.end-before-start';
  input: unknown;
  params: Record<string, string | number>;
}

/**
 * Checks between cells of one row: graduates, women and entrepreneurs are part of the
 * participants; an activity ends on or after its start. Cells that failed their own check are
 * skipped (they are reported on their own).
 */
export function programRowProblems(row: ProgramCells): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const part of PARTS_OF_PESERTA) {
    const value = row[part];
    if (typeof value === 'number' && typeof row.peserta === 'number' && value > row.peserta) {
      problems.push({ column: part, message: 'program.more-than-participants', input: value, params: { peserta: row.peserta } });
    }
  }
  if (typeof row.mulai === 'string' && typeof row.selesai === 'string' && row.selesai < row.mulai) {
    problems.push({ column: 'selesai', message: 'date.end-before-start', input: row.selesai, params: { mulai: row.mulai } });
  }
  return problems;
}

/** Schema of one row of `data/<tahun>/program.csv` (one empowerment activity). */
export function programRowSchema({ decimalSeparator, year }: CellContext) {
  const count = wholeNumberCell(decimalSeparator);
  const date = dateInYearCell(year);
  return z
    .object({
      id: textCell,
      kode_desa: desaCodeCell,
      jenis: choiceCell(JENIS_PROGRAM),
      nama: privateTextCell.optional(),
      mulai: date.optional(),
      selesai: date.optional(),
      peserta: count.optional(),
      peserta_perempuan: count.optional(),
      lulus: count.optional(),
      berwirausaha: count.optional(),
      pendapatan_sebelum: count.optional(),
      pendapatan_sesudah: count.optional(),
      anggaran: count.optional(),
      sumber_dana: textCell.optional(),
      mitra: privateTextCell.optional(),
    })
    .superRefine(
      (row, ctx) => {
        for (const problem of programRowProblems(row)) {
          ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.column], input: problem.input, params: problem.params });
        }
      },
      { when: () => true },
    );
}

export type ProgramRow = z.output<ReturnType<typeof programRowSchema>>;
