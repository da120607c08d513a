import { longDate } from '../../pipeline/publish/public-schema.ts';
import type { Lang } from '../routes.ts';

/**
 * `2025-06-30` → `30 Juni 2025` / `30 June 2025`. The month names live with the citations of the
 * downloads (pipeline/downloads/publication.ts), which write the same dates into the files.
 */
export function formatDate(lang: Lang, isoDate: string): string {
  return longDate(isoDate, lang);
}
