import { z } from 'zod';
import {
  choiceCell,
  desaCodeCell,
  scoreCell,
  wholeNumberCell,
  yesNoCell,
  type CellContext,
} from './cells.ts';

/** IKRN categories, from most to least vulnerable. "Rawan" = bahaya + waspada. */
export const KATEGORI = ['bahaya', 'waspada', 'siaga', 'aman'] as const;
export type Kategori = (typeof KATEGORI)[number];

export const INTERAKSI_SOSIAL = ['rendah', 'sedang', 'tinggi'] as const;

/**
 * Columns a kawasan file may hold that are read only to be kept out of every output:
 * they point below kab/kota (RW, place names, addresses, coordinates) or are staff notes.
 */
export const KAWASAN_PRIVATE_COLUMNS = ['rw', 'nama_kawasan', 'alamat', 'lintang', 'bujur', 'catatan'] as const;

/** Schema of one row of `data/<tahun>/kawasan.csv` (one assessed desa/kelurahan). */
export function kawasanRowSchema({ decimalSeparator }: CellContext) {
  const count = wholeNumberCell(decimalSeparator);
  return z.object({
    kode_desa: desaCodeCell,
    kategori: choiceCell(KATEGORI),
    skor: scoreCell(decimalSeparator).optional(),
    kasus_narkoba: count.optional(),
    tersangka: count.optional(),
    pengguna: count.optional(),
    tempat_hiburan: count.optional(),
    kos: count.optional(),
    ada_bandar: yesNoCell.optional(),
    ada_kurir: yesNoCell.optional(),
    ada_produksi: yesNoCell.optional(),
    sarana_publik_kurang: yesNoCell.optional(),
    interaksi_sosial: choiceCell(INTERAKSI_SOSIAL).optional(),
    bersinar: yesNoCell.optional(),
  });
}

export type KawasanRow = z.output<ReturnType<typeof kawasanRowSchema>>;
