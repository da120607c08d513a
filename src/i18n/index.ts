/**
 * `t(lang, key, params)`: the text of one entry of the translation table (messages.ts) with its
 * `{placeholders}` filled. Unknown keys are a type error; a missing placeholder value throws at
 * build time, so a page never ships with "{year}" in it.
 */
import type { Lang } from '../site/routes.ts';
import { type MessageKey, messages } from './messages.ts';

export type { Lang, MessageKey };
export { messages };

export type Params = Record<string, string | number>;

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const text: string = messages[key][lang];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: ${key} needs {${name}}`);
    return String(value);
  });
}

/** A `t` bound to one language: `const tr = translator(lang); tr('nav.home')`. */
export function translator(lang: Lang): (key: MessageKey, params?: Params) => string {
  return (key, params) => t(lang, key, params);
}

/** A list entry whose items are separated by "|" (e.g. `meth.map.items`). */
export function tList(lang: Lang, key: MessageKey): string[] {
  return t(lang, key).split('|');
}
