/** Reads a public dataset written by `writePublicDataset` (e.g. build/public-data) back, schema-checked. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { datasetMetaSchema } from '../contract/dataset-meta.ts';
import type { PublicDataset } from '../publish/public-dataset.ts';
import { kawasanRecordSchema, outcomeRecordSchema, programRecordSchema, reachRecordSchema, regionRecordSchema, transitionRecordSchema } from '../publish/public-schema.ts';

const indexSchema = z.object({
  schemaVersion: z.string(),
  meta: datasetMetaSchema.extend({ years: z.array(z.number().int()), regionSource: z.string(), disclosureThreshold: z.number().int() }),
});

export async function readPublicDataset(dir: string): Promise<PublicDataset> {
  const read = async (name: string): Promise<unknown> => JSON.parse(await readFile(path.join(dir, name), 'utf8'));
  const index = indexSchema.parse(await read('index.json'));
  return {
    schemaVersion: index.schemaVersion,
    meta: index.meta,
    wilayah: z.array(regionRecordSchema).parse(await read('wilayah.json')),
    kawasan: z.array(kawasanRecordSchema).parse(await read('kawasan.json')),
    program: z.array(programRecordSchema).parse(await read('program.json')),
    jangkauan: z.array(reachRecordSchema).parse(await read('jangkauan.json')),
    peralihan: z.array(transitionRecordSchema).parse(await read('peralihan.json')),
    hasil: z.array(outcomeRecordSchema).parse(await read('hasil.json')),
  };
}
