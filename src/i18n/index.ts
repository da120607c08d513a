/**
 * The one i18n system of the project: `t(lang, key, params)` gives the text of one catalogue
 * entry (catalogue.ts) with its `{placeholders}` filled. Unknown keys are a type error; a missing
 * placeholder value throws, so nothing ships with "{year}" in it.
 *
 * - `tHtml` is the same text as HTML: the text and every parameter value are escaped, except
 *   values wrapped in `rawHtml()` (trusted markup such as a link built with the html helpers).
 * - `tBoth` gives both languages at once ("Indonesian / English"), for the XLSX README sheet,
 *   datapackage.json and the build log.
 */
import { escapeHtml } from '../site/html.ts';
import { catalogue, type MessageKey } from './catalogue.ts';
import { type Bilingual, bilingualSchema, type Lang, LANGS, otherLang } from './lang.ts';

export { bilingualSchema, catalogue, LANGS, otherLang };
export type { Bilingual, Lang, MessageKey };

export type Params = Readonly<Record<string, string | number>>;

/** Trusted HTML for a `tHtml` parameter: markup built with the escaping helpers of src/site/html.ts. */
export interface RawHtml {
  readonly html: string;
}
export const rawHtml = (html: string): RawHtml => ({ html });
export type HtmlParams = Readonly<Record<string, string | number | RawHtml>>;

function fill<V>(key: MessageKey, text: string, params: Readonly<Record<string, V>> | undefined, show: (value: V) => string): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: ${key} needs {${name}}`);
    return show(value);
  });
}

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(key, catalogue[key][lang], params, String);
}

/** `t` as HTML: the text and the parameter values escaped, `rawHtml` values as they are. */
export function tHtml(lang: Lang, key: MessageKey, params?: HtmlParams): string {
  return fill(key, escapeHtml(catalogue[key][lang]), params, (value) => (typeof value === 'object' ? value.html : escapeHtml(value)));
}

/** Both languages of an entry, Indonesian first: "Rilis / Release". */
export function tBoth(key: MessageKey, params?: Params, separator = ' / '): string {
  return LANGS.map((lang) => t(lang, key, params)).join(separator);
}

/** Both languages of an entry as a value of the data (e.g. a citation in the manifest); `params` may differ by language. */
export function bilingual(key: MessageKey, params?: Params | ((lang: Lang) => Params)): Bilingual {
  const of = (lang: Lang) => t(lang, key, typeof params === 'function' ? params(lang) : params);
  return { id: of('id'), en: of('en') };
}

/** A `t` bound to one language: `const tr = translator(lang); tr('nav.home')`. */
export function translator(lang: Lang): (key: MessageKey, params?: Params) => string {
  return (key, params) => t(lang, key, params);
}

/** A list entry whose items are separated by "|" (e.g. `meth.map.items`). */
export function tList(lang: Lang, key: MessageKey): string[] {
  return t(lang, key).split('|');
}

/** Whether a key built at run time (e.g. `field.${name}`) is in the catalogue. */
export function hasKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}
