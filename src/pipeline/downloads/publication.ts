/**
 * What every download says about itself: licence, sources and citation. The words come from
 * the catalogue (src/i18n/downloads.ts), which the XLSX README sheet, datapackage.json and the
 * downloads and dictionary pages share, so they never disagree.
 */
import { bilingual, type Bilingual, type Lang, type MessageKey, type Params, t, tList } from '../../i18n/index.ts';
import type { ReleaseMeta } from '../release/release.ts';

export type { Bilingual, Lang };

/** The workbook's file name under /data/. */
export const XLSX_NAME = 'peta-kawasan-rawan-narkoba.xlsx';

/** The static API's major version (json-api.ts) and a unit's path under /data/ as a pattern (the compare page's script fills it in). */
export const API_VERSION = 'v1';
export const UNIT_PATH_PATTERN = `${API_VERSION}/{tingkat}/{kode}.json`;

export interface Licence {
  /** SPDX identifier (or the text of meta.license when it is not one we know). */
  name: string;
  title: string;
  path?: string;
}

const LICENCES: Record<string, Omit<Licence, 'name'>> = {
  'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', path: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { title: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)', path: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { title: 'Creative Commons Zero 1.0 Universal (CC0 1.0)', path: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODC-BY-1.0': { title: 'Open Data Commons Attribution License v1.0', path: 'https://opendatacommons.org/licenses/by/1-0/' },
  'ODbL-1.0': { title: 'Open Data Commons Open Database License v1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/' },
  'PDDL-1.0': { title: 'Open Data Commons Public Domain Dedication and License v1.0', path: 'https://opendatacommons.org/licenses/pddl/1-0/' },
};

/** The licence of the data: meta.license (default CC-BY-4.0), with its title and URL when known. */
export function licenceOf(meta: Pick<ReleaseMeta, 'license'>): Licence {
  const name = meta.license?.trim() || 'CC-BY-4.0';
  const known = LICENCES[name];
  return known ? { name, ...known } : { name, title: name };
}

export const REGION_SOURCE_URL = 'https://github.com/fityannugroho/idn-area-data';
export const BNN_URL = 'https://bnn.go.id/';

/** Where the data come from (Data Package `sources`). */
export function sourcesOf(meta: Pick<ReleaseMeta, 'synthetic' | 'regionSource'>): { title: string; path: string; 'x-title-en': string }[] {
  const source = (key: MessageKey, path: string, params?: Params) => {
    const text = bilingual(key, params);
    return { title: text.id, 'x-title-en': text.en, path };
  };
  return [source(meta.synthetic ? 'source.ikrnSynthetic' : 'source.ikrn', BNN_URL), source('source.regions', REGION_SOURCE_URL, { source: meta.regionSource })];
}

export interface CitationInput {
  meta: Pick<ReleaseMeta, 'title' | 'publisher' | 'license'>;
  release: { id: string; date: string };
  /** Absolute URL of the data folder (e.g. https://example.go.id/data/), when the site URL is known. */
  dataUrl?: string;
}

/** `2025-06-30` → `30 Juni 2025` / `30 June 2025`. */
export function longDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  return t(lang, 'date.long', { day: day ?? '', month: tList(lang, 'date.months')[(month ?? 1) - 1] ?? '', year: year ?? '' });
}

/** APA-style (7th edition, data set) citation. */
export function citationApa(input: CitationInput, lang: Lang): string {
  const { meta, release } = input;
  return t(lang, 'cite.apa', { publisher: meta.publisher, year: release.date.slice(0, 4), title: meta.title, release: release.id, url: urlSuffix(input) });
}

/** A plain citation for a news story or a footnote. */
export function citationPlain(input: CitationInput, lang: Lang): string {
  const { meta, release } = input;
  const params = { publisher: meta.publisher, title: meta.title, release: release.id, date: longDate(release.date, lang), licence: licenceOf(meta).name };
  return t(lang, 'cite.plain', { ...params, url: urlSuffix(input) });
}

const urlSuffix = (input: CitationInput) => (input.dataUrl ? ` ${input.dataUrl}` : '');
