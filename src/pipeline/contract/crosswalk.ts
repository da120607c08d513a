import { z } from 'zod';

const REGION_PREFIX = /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/;

/**
 * One row of `data/wilayah/kode-lama.csv`: codes beginning with `kode_lama` (a kab/kota,
 * kecamatan or desa code) were valid until `berlaku_sampai` and are now those beginning with
 * `kode_baru`, the rest of the code unchanged.
 */
export const crosswalkRowSchema = z.object({
  kode_lama: z.string().regex(REGION_PREFIX, { error: 'crosswalk.code-malformed' }),
  kode_baru: z.string().regex(REGION_PREFIX, { error: 'crosswalk.code-malformed' }),
  berlaku_sampai: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date.format' }),
  keterangan: z.string().optional(),
});

export type CrosswalkRow = z.output<typeof crosswalkRowSchema>;
