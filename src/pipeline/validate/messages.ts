/**
 * How the validator words an issue, in Bahasa Indonesia and English: what is wrong and how to fix
 * it, from the catalogue section src/i18n/validate.ts (`validate.<code>.what` and `.fix`, filled
 * with the parameters: `value`, `column`, …). The codes in WORDINGS compute parameters of
 * their own (counts in the language's digits, a list cut short, a suggested code, what a JSON
 * file lacks) or take a second entry when the issue calls for it.
 */
import { hasKey, type Lang, type MessageKey, type Params, t } from '../../i18n/index.ts';
import type { JsonExpected } from '../read/json.ts';
import type { MessageCode } from './message-code.ts';

export type MessageParams = Readonly<Record<string, string | number | undefined>>;

/** An issue's message in one language: what is wrong, how to fix it. */
export interface MessageText {
  what: string;
  fix: string;
}

/** What a code takes besides `validate.<code>.what`/`.fix` and the parameters: other entries, computed parameters, a sentence after the fix. */
interface Wording {
  what?: MessageKey;
  fix?: MessageKey;
  params?: Params;
  hint?: MessageKey;
}

const WORDINGS: { readonly [Code in MessageCode]?: (p: MessageParams, lang: Lang) => Wording } = {
  'dir.year-malformed': (p, lang) => ({ params: { name: visibleName(p.name), fault: t(lang, folderFault(p.fault)) } }),
  'header.empty-name': (p) => (p.filledLine === undefined ? {} : { what: 'validate.header.empty-name.whatFilled', fix: 'validate.header.empty-name.fixFilled' }),
  'cell.too-long': (p, lang) => ({ params: { length: formatCount(p.length, lang), limit: formatCount(p.limit, lang) } }),
  'code.malformed': (p) => {
    const dotted = dottedCode(p.value);
    return dotted === undefined ? {} : { fix: 'validate.code.malformed.fixDotted', params: { dotted } };
  },
  'duplicate.desa': (p) => (p.current === undefined ? {} : { what: 'validate.duplicate.desa.whatCurrent' }),
  'dataset.invalid-json': (p, lang) => ({ ...invalidJson('dataset.invalid-json', p, lang), hint: jsonHint(p) }),
  'geo.invalid-json': (p, lang) => invalidJson('geo.invalid-json', p, lang),
  'geo.not-polygon': listed,
  'geo.no-code': listed,
  'geo.unknown-code': listed,
  'geo.missing': listed,
  'geo.outside': (p, lang) => ({ params: { count: formatCount(p.count, lang) } }),
};

/** The message of an issue code in one language, filled with the parameters. */
export function messageText(code: MessageCode, lang: Lang, p: MessageParams): MessageText {
  const wording = WORDINGS[code]?.(p, lang) ?? {};
  const params = { ...defined(p), ...wording.params };
  const fix = t(lang, wording.fix ?? `validate.${code}.fix`, params);
  return {
    what: t(lang, wording.what ?? `validate.${code}.what`, params),
    fix: wording.hint === undefined ? fix : `${fix} ${t(lang, wording.hint, params)}`,
  };
}

/** A count as staff read it: `32.767` in Indonesian, `32,767` in English. */
export function formatCount(value: string | number | undefined, lang: Lang): string {
  return Number(value).toLocaleString(t(lang, 'locale'));
}

function defined(p: MessageParams): Params {
  return Object.fromEntries(Object.entries(p).filter((entry): entry is [string, string | number] => entry[1] !== undefined));
}

/** A 10-digit desa code written without dots, with its dots: `3172011001` → `31.72.01.1001`. */
function dottedCode(value: string | number | undefined): string | undefined {
  const digits = String(value ?? '').replace(/\D/g, '');
  if (digits.length !== 10) return undefined;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
}

/** The items a message lists (`items`), then how many more were left out (`more`), as `{list}`. */
function listed(p: MessageParams, lang: Lang): Wording {
  const more = Number(p.more ?? 0);
  const items = String(p.items);
  return { params: { list: more === 0 ? items : t(lang, 'validate.list.more', { items, more: formatCount(more, lang) }) } };
}

function folderFault(fault: string | number | undefined): MessageKey {
  const key = `validate.folderFault.${fault}`;
  return fault !== undefined && hasKey(key) ? key : 'validate.folderFault.space';
}

/** A folder name with every space where it is and invisible characters as \u escapes. */
function visibleName(name: string | number | undefined): string {
  return String(name ?? '').replace(/[^\x21-\x7E ]/gu, (c) => (/[\p{L}\p{N}]/u.test(c) ? c : `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`));
}

/** Why a JSON file does not parse: where its grammar broke and what should come there. */
function invalidJson(code: 'dataset.invalid-json' | 'geo.invalid-json', p: MessageParams, lang: Lang): Wording {
  if (p.expected === undefined) return {};
  const expected = isJsonExpected(p.expected) ? t(lang, `validate.json.expected.${p.expected}`, defined(p)) : String(p.expected);
  return { what: p.value === undefined ? `validate.${code}.whatEnded` : `validate.${code}.whatExpected`, params: { expected } };
}

const isJsonExpected = (value: string | number): value is JsonExpected => hasKey(`validate.json.expected.${value}`);

/** What to look for, from what was found: a missing comma, typographic quotes, or a comma before a closing brace. */
function jsonHint(p: MessageParams): MessageKey | undefined {
  if (p.expected === 'comma' && p.value === '"') return 'validate.json.hint.comma';
  if (typeof p.value === 'string' && /^[“”‘’„]$/.test(p.value)) return 'validate.json.hint.quotes';
  if ((p.expected === 'name' && p.value === '}') || (p.expected === 'value' && p.value === ']')) return 'validate.json.hint.trailing';
  return undefined;
}
