/**
 * The translation catalogue (src/i18n/): one table, both languages for every key, the same
 * `{params}` in both, no key in two sections; the data dictionary covers every public field;
 * `t`, `tHtml` and `tBoth` fill, escape and join as documented; one word for `[c]`.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, LANGS, rawHtml, t, tBoth, tHtml, tList, type MessageKey } from '../../src/i18n/index.ts';
import { SECTIONS } from '../../src/i18n/catalogue.ts';
import { fieldDescription, fieldTitle, MARK_KEY, markDescription } from '../../src/i18n/fields.ts';
import { PUBLIC_TABLES, tableFields, type PublicTableName } from '../../src/pipeline/publish/public-schema.ts';

const entries = Object.entries(catalogue) as [MessageKey, Record<'id' | 'en', string>][];
const params = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
const publicFields = (Object.keys(PUBLIC_TABLES) as PublicTableName[]).flatMap((table) => tableFields(table));

describe('the catalogue', () => {
  it('has both languages, not empty, for every key', () => {
    const incomplete = entries.filter(([, text]) => LANGS.some((lang) => typeof text[lang] !== 'string' || text[lang].trim() === '')).map(([key]) => key);
    expect(incomplete).toEqual([]);
    expect(entries.length).toBeGreaterThan(500);
  });

  it('has the same {params} in both languages', () => {
    const mismatched = entries.filter(([, text]) => params(text.id).join() !== params(text.en).join()).map(([key, text]) => `${key}: ${params(text.id)} / ${params(text.en)}`);
    expect(mismatched).toEqual([]);
  });

  it('has as many items in both languages of a "|" list', () => {
    const lists = entries.filter(([, text]) => text.id.includes('|') || text.en.includes('|'));
    expect(lists.map(([key]) => key)).toEqual(expect.arrayContaining(['date.months', 'meth.map.items']));
    for (const [key] of lists) expect(tList('en', key).length, key).toBe(tList('id', key).length);
    expect(tList('id', 'date.months')).toHaveLength(12);
  });

  it('is assembled from sections that share no key', () => {
    const keys = Object.values(SECTIONS).flatMap((section) => Object.keys(section));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.length).toBe(entries.length);
  });

  it('calls a suppressed cell "disamarkan" everywhere, never "disembunyikan"', () => {
    expect(entries.filter(([, text]) => /disembunyi/i.test(text.id)).map(([key]) => key)).toEqual([]);
    expect(t('id', 'mark.c')).toBe('disamarkan');
  });
});

describe('the data dictionary', () => {
  it('has a title and a description, in both languages, for every field of every public table', () => {
    const missing = publicFields.flatMap(({ name, meta }) =>
      LANGS.flatMap((lang) => [
        ...(fieldTitle(lang, name) ? [] : [`${lang} ${name} title`]),
        ...(fieldDescription(lang, name, meta) ? [] : [`${lang} ${name} description`]),
      ]),
    );
    expect(missing).toEqual([]);
  });

  it('keeps no entry for a field the public schema does not have', () => {
    const names = new Set(publicFields.map((field) => field.name));
    const orphans = entries
      .map(([key]) => /^field\.(\w+)(?:\.description)?$/.exec(key)?.[1])
      .filter((name): name is string => name !== undefined && !names.has(name));
    expect(orphans).toEqual([]);
  });

  it('has a label for every unit and describes a change with its unit', () => {
    for (const { meta } of publicFields) if (meta.unit) expect(t('en', `unit.${meta.unit}`)).not.toBe('');
    expect(fieldDescription('id', 'rawan_persen_perubahan', { kind: 'change', unit: 'poin-persen' })).toBe(
      'Selisih terhadap tahun sebelumnya (poin persen); [z] untuk tahun pertama, [c] atau [x] bila salah satu tahun demikian.',
    );
    expect(fieldTitle('en', 'not_a_field')).toBeUndefined();
  });

  it('states the configured k in the meaning of [c]', () => {
    expect(markDescription('id', '[c]', 7)).toContain('kurang dari 7 orang');
    expect(markDescription('en', '[c]', 12)).toContain('fewer than 12 persons');
    expect(t('en', MARK_KEY['[x]'])).toBe('no data');
  });
});

describe('t, tHtml and tBoth', () => {
  it('fill the parameters, and throw on a missing one', () => {
    expect(t('id', 'region.figures', { year: 2025 })).toBe('Angka 2025');
    expect(() => t('en', 'region.figures', {})).toThrow('region.figures needs {year}');
  });

  it('escapes the text and the parameter values as HTML, except rawHtml values', () => {
    expect(tHtml('en', 'map.noteSource', { source: '<b>A & co</b>' })).toBe('Boundaries: &lt;b&gt;A &amp; co&lt;/b&gt;, simplified; not official boundaries.');
    expect(tHtml('en', 'dd.table.files', { files: rawHtml('<a href="/x">x</a>') })).toBe('Files: <a href="/x">x</a>');
    expect(tHtml('en', 'dl.api.text', { example: '<x>', index: rawHtml('<i>') })).toContain('e.g. &lt;x&gt;. The full list is in <i>.');
  });

  it('gives both languages, Indonesian first', () => {
    expect(tBoth('dl.release')).toBe('Rilis / Release');
    expect(tBoth('xlsx.protection.text', { k: 10 }, '\n').split('\n')).toEqual([t('id', 'xlsx.protection.text', { k: 10 }), t('en', 'xlsx.protection.text', { k: 10 })]);
  });
});
