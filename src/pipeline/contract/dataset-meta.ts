import { z } from 'zod';

/** `data/dataset.json`: who publishes the data, under which licence, and whether it is synthetic. */
export const datasetMetaSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  license: z.string().min(1).default('CC-BY-4.0'),
  contact: z.string().min(1),
  synthetic: z.boolean(),
});

export type DatasetMeta = z.output<typeof datasetMetaSchema>;
