import { z } from 'zod';
import {
  choiceCell,
  dateInYearCell,
  desaCodeCell,
  privateTextCell,
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

/** Schema of one row of `data/<tahun>/program.csv` (one empowerment activity). */
export function programRowSchema({ decimalSeparator, year }: CellContext) {
  const count = wholeNumberCell(decimalSeparator);
  const date = dateInYearCell(year);
  return z
    .object({
      id: z.string(),
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
      sumber_dana: z.string().optional(),
      mitra: privateTextCell.optional(),
    })
    .superRefine((row, ctx) => {
      for (const part of PARTS_OF_PESERTA) {
        const value = row[part];
        if (typeof value === 'number' && typeof row.peserta === 'number' && value > row.peserta) {
          ctx.addIssue({
            code: 'custom',
            message: 'program.more-than-participants',
            path: [part],
            input: value,
            params: { peserta: row.peserta },
          });
        }
      }
      if (typeof row.mulai === 'string' && typeof row.selesai === 'string' && row.selesai < row.mulai) {
        ctx.addIssue({
          code: 'custom',
          message: 'date.end-before-start',
          path: ['selesai'],
          input: row.selesai,
          params: { mulai: row.mulai },
        });
      }
    }, { when: () => true });
}

export type ProgramRow = z.output<ReturnType<typeof programRowSchema>>;
