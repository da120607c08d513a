/**
 * Search text as both sides compare it: the keys the build writes into the /cari/ page and the
 * browser script that matches typed words. Lower case, no accents, punctuation as spaces.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
