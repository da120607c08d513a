/**
 * The data dictionary from the catalogue (section dictionary.ts, keyed by the public schema's
 * field names): a field's title and description, a unit, what a mark means. A `*_perubahan`
 * field's description is the template `dictionary.change` with the field's unit, so the
 * callers pass the field's `kind` and `unit` (public-schema.ts metadata, or a Table Schema's
 * `x-kind` and `x-unit`). Undefined for a name that is not a public field.
 */
import { type Bilingual, hasKey, type Lang, type MessageKey, t } from './index.ts';

/** What the dictionary needs to know of a field besides its name. */
export interface FieldInfo {
  kind: string;
  unit?: string | undefined;
}

const fieldKey = (name: string, suffix = ''): MessageKey | undefined => {
  const key = `field.${name}${suffix}`;
  return /^\w+$/.test(name) && hasKey(key) ? key : undefined;
};

export function fieldTitle(lang: Lang, name: string): string | undefined {
  const key = fieldKey(name);
  return key && t(lang, key);
}

export function fieldDescription(lang: Lang, name: string, field: FieldInfo): string | undefined {
  if (field.kind !== 'change') {
    const key = fieldKey(name, '.description');
    return key && t(lang, key);
  }
  const unit = `dictionary.change.${field.unit}`;
  return fieldKey(name) && hasKey(unit) ? t(lang, 'dictionary.change', { unit: t(lang, unit) }) : undefined;
}

/** Title and description in both languages (Table Schemas, the XLSX "kamus" sheet). */
export function fieldText(name: string, field: FieldInfo): { title: Bilingual; description: Bilingual } | undefined {
  const [title, description] = [fieldTitle('id', name), fieldDescription('id', name, field)];
  if (title === undefined || description === undefined) return undefined;
  return { title: { id: title, en: fieldTitle('en', name)! }, description: { id: description, en: fieldDescription('en', name, field)! } };
}

/** The catalogue key of a mark's word ("disamarkan"); `${key}.description` explains it. */
export const MARK_KEY = { '[c]': 'mark.c', '[x]': 'mark.x', '[z]': 'mark.z' } as const satisfies Record<string, MessageKey>;
export type Mark = keyof typeof MARK_KEY;

/** What a mark means, in full; `k` is the disclosure threshold (persons). */
export function markDescription(lang: Lang, mark: Mark, k: number): string {
  return t(lang, `${MARK_KEY[mark]}.description`, { k });
}
