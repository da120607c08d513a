/**
 * Short forms people type for region names, as the words they stand for: "Jakut" → "jakarta
 * utara", "Kab." → "kabupaten", "Jogja" → "yogyakarta", "Jabar" → "jawa barat", "Bogor Regency"
 * → "bogor kabupaten". Used by the browser search (src/client/search.ts) on the words of a
 * query after `normalise`, so both sides still compare the same normalised text. The words
 * "provinsi"/"province" are dropped: a province's name never contains them.
 */
const ALIASES: Readonly<Record<string, string>> = {
  // Jakarta's cities, as the city says them
  jakut: 'jakarta utara',
  jaksel: 'jakarta selatan',
  jakbar: 'jakarta barat',
  jaktim: 'jakarta timur',
  jakpus: 'jakarta pusat',
  jkt: 'jakarta',
  dki: 'daerah khusus ibukota',
  // Yogyakarta
  jogja: 'yogyakarta',
  jogjakarta: 'yogyakarta',
  djogja: 'yogyakarta',
  yogya: 'yogyakarta',
  jogya: 'yogyakarta',
  diy: 'daerah istimewa yogyakarta',
  // Other cities' short forms
  tangsel: 'tangerang selatan',
  // Provinces
  nad: 'aceh',
  sumut: 'sumatera utara',
  sumbar: 'sumatera barat',
  sumsel: 'sumatera selatan',
  babel: 'bangka belitung',
  kepri: 'kepulauan riau',
  jabar: 'jawa barat',
  jateng: 'jawa tengah',
  jatim: 'jawa timur',
  ntb: 'nusa tenggara barat',
  ntt: 'nusa tenggara timur',
  kalbar: 'kalimantan barat',
  kalteng: 'kalimantan tengah',
  kalsel: 'kalimantan selatan',
  kaltim: 'kalimantan timur',
  kaltara: 'kalimantan utara',
  sulut: 'sulawesi utara',
  sulteng: 'sulawesi tengah',
  sulsel: 'sulawesi selatan',
  sultra: 'sulawesi tenggara',
  sulbar: 'sulawesi barat',
  malut: 'maluku utara',
  // Kinds of region, Indonesian short forms and English words
  kab: 'kabupaten',
  regency: 'kabupaten',
  kodya: 'kota',
  kotamadya: 'kota',
  city: 'kota',
  adm: 'administrasi',
  kep: 'kepulauan',
  prov: '',
  provinsi: '',
  province: '',
};

/** The words of a normalised query with every short form written out (order kept). */
export function expandWords(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    const full = Object.hasOwn(ALIASES, word) ? ALIASES[word]! : word;
    return full ? full.split(' ') : [];
  });
}
