/**
 * The SpreadsheetML parts of an XLSX workbook (ECMA-376 Part 1, §18), written as text and zipped
 * with zip.ts: no spreadsheet library, no unzip/re-zip. Enough for tables of numbers and text:
 *
 * - cells are numbers (`<v>`) or shared strings (`t="s"`, one `xl/sharedStrings.xml`); no
 *   formulas, dates, booleans or inline strings;
 * - a style is a number format (built-in id when Excel has one, custom from 164), bold or not,
 *   wrap text and vertical alignment: `SpreadsheetWriter.style` gives its `cellXfs` index;
 * - a sheet has column widths (and column styles), an optional frozen top rows pane, and rows of
 *   cells with their styles (and an optional row style);
 * - document properties (docProps/core.xml: creator, title, …, created and modified at midnight
 *   UTC of a given day, W3CDTF) and docProps/app.xml (the sheets' names).
 *
 * Elements follow the schema's order (a worksheet: dimension, sheetViews, sheetFormatPr, cols,
 * sheetData, pageMargins; the styles: numFmts, fonts, fills with the two fills Excel requires,
 * borders, cellStyleXfs, cellXfs, cellStyles). There is no theme part: fonts name Calibri 11
 * directly instead of the theme's minor font.
 *
 * Text: `&`, `<`, `>`, `"`, `'` are escaped. Characters XML 1.0 cannot carry (C0 controls other
 * than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) are ESCAPED in
 * cell text as `_xHHHH_`, the SpreadsheetML convention Excel itself writes and reads, so they
 * survive; a literal `_` that a reader would take for the start of such an escape (`_x` and four
 * hex digits) is written `_x005F_` (the underscore, escaped). In the document properties (plain
 * XML, no such convention) those characters are DROPPED. A carriage return in cell text (`\r\n`
 * or `\r`) is written as a line feed: what any XML parser would read anyway (XML end-of-line
 * handling), so cells hold one kind of line break. Leading or trailing white space and line
 * breaks are kept with `xml:space="preserve"`.
 *
 * A worksheet's cells are written as bytes, not strings (`AsciiBuffer`): on the bundled tables'
 * ~1.5 million cells that is what makes the writer cheaper than the zip's deflate.
 *
 * Deterministic: the same calls give the same bytes (entries in a fixed order, dated by zip.ts
 * at noon of the given day).
 */
import { zipBytes, type ZipEntry } from './zip.ts';

export interface CellStyle {
  /** A number format code (`#,##0`, `0.0`, …); none: General. */
  numFmt?: string;
  bold?: boolean;
  wrapText?: boolean;
  vertical?: 'top' | 'center' | 'bottom';
}

export interface Column {
  /** Width in characters (Excel's column width unit). */
  width: number;
  /** Style of the column's empty cells (a `style()` index); a cell's own style is given with it. */
  style?: number;
}

export interface SheetOptions {
  columns: readonly Column[];
  /** Rows kept in view when scrolling (a frozen pane below them); 0: none. */
  frozenRows?: number;
}

export interface DocumentProperties {
  creator: string;
  lastModifiedBy: string;
  title: string;
  subject: string;
  keywords: string;
  description: string;
  /** `YYYY-MM-DD`: created and modified (midnight UTC), and the zip entries' date (zip.ts). */
  date: string;
}

/** A cell: a number (numeric cell) or a text (shared string). */
export type Cell = number | string;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Number formats Excel knows by id (ECMA-376 §18.8.30); others are custom, from 164. */
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
]);
const FIRST_CUSTOM_FORMAT = 164;

/** The default font (id 0) and its bold twin (id 1). */
const FONTS = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>', '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];

/** Characters XML 1.0 cannot carry (the `u` flag makes the surrogate range match unpaired ones only). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const MARKUP = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Anything `cellXml` changes (a quick test: most texts need nothing). */
const CELL_TEXT_WORK = /[&<>"'\r_\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

const escapeMarkup = (text: string) => text.replace(MARKUP, (char) => ENTITIES[char]!);
const hex4 = (char: string) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** Text for XML content or an attribute; characters XML cannot carry are dropped. */
export function xmlText(text: string): string {
  return escapeMarkup(text.replace(NOT_XML, ''));
}

/** A cell's text as the content of `<t>`: see the module comment (`_xHHHH_`, line breaks). */
export function cellXml(text: string): string {
  if (!CELL_TEXT_WORK.test(text)) return text;
  return escapeMarkup(
    text
      .replace(/_(?=x[0-9A-Fa-f]{4})/g, '_x005F_')
      .replace(/\r\n?/g, '\n')
      .replace(NOT_XML, hex4),
  );
}

/** `A`, `B`, …, `Z`, `AA`, … for a 0-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's rules for a sheet name: 1–31 characters, none of `[]:*?/\`, not starting or ending with `'`. */
function checkSheetName(name: string, taken: ReadonlySet<string>): void {
  if (name.length < 1 || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) throw new Error(`not a sheet name Excel accepts: ${JSON.stringify(name)}`);
  if (taken.has(name.toLowerCase())) throw new Error(`two sheets named ${name}`);
}

/**
 * A growing byte buffer for a worksheet's `sheetData`, all ASCII (text lives in the shared
 * strings): written byte by byte rather than as strings, which would cost more in building,
 * joining, encoding and garbage collection than the zip's deflate.
 */
class AsciiBuffer {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  private room(bytes: number): Uint8Array {
    if (this.length + bytes > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    return this.buffer;
  }

  bytes(bytes: Uint8Array): void {
    const buffer = this.room(bytes.length);
    // A loop: `set` costs more than it saves on the few bytes of a cell's markup.
    for (let index = 0; index < bytes.length; index++) buffer[this.length++] = bytes[index]!;
  }

  /** ASCII text (a number's `String()`, markup without text). */
  ascii(text: string): void {
    const buffer = this.room(text.length);
    for (let index = 0; index < text.length; index++) buffer[this.length++] = text.charCodeAt(index);
  }

  /** A whole number 0 ≤ n < 2^53 in decimal. */
  uint(n: number): void {
    let digits = 1;
    for (let power = 10; power <= n; power *= 10) digits++;
    const buffer = this.room(digits);
    let rest = n;
    for (let at = this.length + digits - 1; at >= this.length; at--) {
      const next = Math.floor(rest / 10);
      buffer[at] = 48 + rest - next * 10;
      rest = next;
    }
    this.length += digits;
  }

  result(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const ROW_END = ascii('</row>');
const CELL_END = ascii('</v></c>');

/** What comes between a cell's row number and its value, per style: `" s="5" t="s"><v>` and the numeric twin. */
interface CellMarkup {
  number: Uint8Array;
  text: Uint8Array;
}

/** One worksheet being written: rows in order, then `xml()`. */
export class SheetWriter {
  readonly name: string;
  private readonly options: SheetOptions;
  private readonly sharedString: (text: string) => number;
  private readonly data = new AsciiBuffer();
  private rows = 0;
  private width = 0;
  /** `<c r="` and the column's letters, per column. */
  private readonly cellStarts: Uint8Array[] = [];
  private readonly markups: CellMarkup[] = [];

  constructor(name: string, options: SheetOptions, sharedString: (text: string) => number) {
    this.name = name;
    this.options = options;
    this.sharedString = sharedString;
  }

  private markup(style: number): CellMarkup {
    const s = style ? ` s="${style}"` : '';
    return (this.markups[style] ??= { number: ascii(`"${s}><v>`), text: ascii(`"${s} t="s"><v>`) });
  }

  /**
   * The next row: `values[i]` in column i with style `styles[i]` (a `style()` index; missing or
   * 0: the default), the row's own style (its empty cells) `rowStyle`.
   */
  row(values: readonly Cell[], styles: readonly number[], rowStyle = 0): void {
    const number = ++this.rows;
    const digits = ascii(String(number));
    const data = this.data;
    data.ascii(rowStyle ? `<row r="${number}" s="${rowStyle}" customFormat="1">` : `<row r="${number}">`);
    for (let column = 0; column < values.length; column++) {
      const value = values[column]!;
      const markup = this.markup(styles[column] ?? 0);
      data.bytes((this.cellStarts[column] ??= ascii(`<c r="${columnName(column)}`)));
      data.bytes(digits);
      if (typeof value === 'number') {
        data.bytes(markup.number);
        if (Number.isInteger(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER) data.uint(value);
        else if (Number.isFinite(value)) data.ascii(String(value));
        else throw new Error(`${this.name}!${columnName(column)}${number}: ${value} is not a number a spreadsheet can hold`);
      } else {
        data.bytes(markup.text);
        data.uint(this.sharedString(value));
      }
      data.bytes(CELL_END);
    }
    data.bytes(ROW_END);
    if (values.length > this.width) this.width = values.length;
  }

  /** The worksheet part; `selected`: the tab shown when the workbook opens. */
  bytes(selected: boolean): Uint8Array {
    const { columns, frozenRows = 0 } = this.options;
    const last = this.rows > 0 && this.width > 0 ? `${columnName(this.width - 1)}${this.rows}` : 'A1';
    const dimension = last === 'A1' ? last : `A1:${last}`;
    const pane = frozenRows > 0 ? `<pane ySplit="${frozenRows}" topLeftCell="A${frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>` : '';
    const cols = columns
      .map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}"${column.style ? ` style="${column.style}"` : ''} customWidth="1"/>`)
      .join('');
    const head = new TextEncoder().encode(
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/>` +
        `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>` +
        `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`,
    );
    const tail = ascii('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
    const data = this.data.result();
    const part = new Uint8Array(head.length + data.length + tail.length);
    part.set(head);
    part.set(data, head.length);
    part.set(tail, head.length + data.length);
    return part;
  }
}

/** A workbook: `style()`s, `sheet()`s with their rows, then `bytes()`. */
export class SpreadsheetWriter {
  private readonly sheets: SheetWriter[] = [];
  private readonly sheetNames = new Set<string>();
  private readonly strings = new Map<string, number>();
  private stringCells = 0;
  private readonly customFormats = new Map<string, number>();
  /** `cellXfs`, by key; index 0 is the default style. */
  private readonly xfs = new Map<string, { index: number; xml: string }>();

  constructor() {
    this.style({});
  }

  /** The `cellXfs` index of a style (the same index for the same style). */
  style(style: CellStyle): number {
    const format = style.numFmt === undefined ? 0 : (BUILT_IN_FORMATS.get(style.numFmt) ?? this.customFormat(style.numFmt));
    const font = style.bold ? 1 : 0;
    const alignment = [style.vertical ? `vertical="${style.vertical}"` : '', style.wrapText ? 'wrapText="1"' : ''].filter(Boolean).join(' ');
    const key = `${format}|${font}|${alignment}`;
    const known = this.xfs.get(key);
    if (known) return known.index;
    const applied = `${format ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}`;
    const attributes = `numFmtId="${format}" fontId="${font}" fillId="0" borderId="0" xfId="0"${applied}`;
    const xml = alignment ? `<xf ${attributes}><alignment ${alignment}/></xf>` : `<xf ${attributes}/>`;
    const index = this.xfs.size;
    this.xfs.set(key, { index, xml });
    return index;
  }

  private customFormat(code: string): number {
    let id = this.customFormats.get(code);
    if (id === undefined) this.customFormats.set(code, (id = FIRST_CUSTOM_FORMAT + this.customFormats.size));
    return id;
  }

  /** A new sheet, after the others. */
  sheet(name: string, options: SheetOptions): SheetWriter {
    checkSheetName(name, this.sheetNames);
    this.sheetNames.add(name.toLowerCase());
    const sheet = new SheetWriter(name, options, (text) => this.sharedString(text));
    this.sheets.push(sheet);
    return sheet;
  }

  private sharedString(text: string): number {
    this.stringCells++;
    let index = this.strings.get(text);
    if (index === undefined) this.strings.set(text, (index = this.strings.size));
    return index;
  }

  /** The workbook's zip: the same calls, the same bytes. */
  bytes(properties: DocumentProperties): Uint8Array {
    if (this.sheets.length === 0) throw new Error('a workbook needs a sheet');
    const encoder = new TextEncoder();
    const entry = (name: string, xml: string): ZipEntry => ({ name, data: encoder.encode(xml) });
    const sheetFile = (index: number) => `worksheets/sheet${index + 1}.xml`;
    return zipBytes(
      [
        entry('[Content_Types].xml', this.contentTypes(sheetFile)),
        entry('_rels/.rels', relationships([
          ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', 'xl/workbook.xml'],
          ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
          ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties', 'docProps/app.xml'],
        ])),
        entry('docProps/core.xml', coreXml(properties)),
        entry('docProps/app.xml', this.appXml()),
        entry('xl/workbook.xml', this.workbookXml()),
        entry('xl/_rels/workbook.xml.rels', relationships([
          ...this.sheets.map((_, index): [string, string] => [`${REL_NS}/worksheet`, sheetFile(index)]),
          [`${REL_NS}/styles`, 'styles.xml'],
          [`${REL_NS}/sharedStrings`, 'sharedStrings.xml'],
        ])),
        entry('xl/styles.xml', this.stylesXml()),
        entry('xl/sharedStrings.xml', this.sharedStringsXml()),
        ...this.sheets.map((sheet, index) => ({ name: `xl/${sheetFile(index)}`, data: sheet.bytes(index === 0) })),
      ],
      properties.date,
    );
  }

  private contentTypes(sheetFile: (index: number) => string): string {
    const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
    return (
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      override('/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') +
      this.sheets.map((_, index) => override(`/xl/${sheetFile(index)}`, SHEET_TYPE)).join('') +
      override('/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml') +
      override('/xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml') +
      override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
      override('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
      '</Types>'
    );
  }

  private appXml(): string {
    const names = this.sheets.map((sheet) => `<vt:lpstr>${xmlText(sheet.name)}</vt:lpstr>`).join('');
    const count = this.sheets.length;
    return (
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
      `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="${count}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
      '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
    );
  }

  private workbookXml(): string {
    const sheets = this.sheets.map((sheet, index) => `<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
    return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets></workbook>`;
  }

  private stylesXml(): string {
    const formats = [...this.customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    const xfs = [...this.xfs.values()].map((xf) => xf.xml);
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      `<fonts count="${FONTS.length}">${FONTS.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }

  private sharedStringsXml(): string {
    let items = '';
    for (const text of this.strings.keys()) {
      const xml = cellXml(text);
      items += /^\s|\s$|\n/.test(xml) ? `<si><t xml:space="preserve">${xml}</t></si>` : `<si><t>${xml}</t></si>`;
    }
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.stringCells}" uniqueCount="${this.strings.size}">${items}</sst>`;
  }
}

/** A relationships part: `rId1`, `rId2`, … in the order given. */
function relationships(targets: readonly [type: string, target: string][]): string {
  const items = targets.map(([type, target], index) => `<Relationship Id="rId${index + 1}" Type="${type}" Target="${target}"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${items}</Relationships>`;
}

/** docProps/core.xml: created and modified at midnight UTC of `date` (W3CDTF). */
function coreXml(properties: DocumentProperties): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(properties.date)) throw new Error(`not a date: ${properties.date}`);
  const stamp = `${properties.date}T00:00:00Z`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(properties.creator)}</dc:creator><dc:title>${xmlText(properties.title)}</dc:title><dc:subject>${xmlText(properties.subject)}</dc:subject>` +
    `<dc:description>${xmlText(properties.description)}</dc:description><cp:keywords>${xmlText(properties.keywords)}</cp:keywords>` +
    `<cp:lastModifiedBy>${xmlText(properties.lastModifiedBy)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}
