import { describe, expect, it } from 'vitest';
import { detectDialect, parseCsv } from '../../src/pipeline/read/csv.ts';
import { decodeCsvBytes } from '../../src/pipeline/read/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsvBytes', () => {
  it('drops a UTF-8 byte order mark and says it was there', () => {
    const decoded = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a;b')]));
    expect(decoded).toEqual({ ok: true, text: 'a;b', bom: true });
  });
  it('refuses UTF-16 and names the line of the first byte that is not UTF-8', () => {
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({ ok: false, problem: 'file.utf16' });
    const latin1 = new Uint8Array([...utf8('a,b\n1,2\nCaf'), 0xe9, ...utf8(',3\n')]);
    expect(decodeCsvBytes(latin1)).toEqual({ ok: false, problem: 'file.encoding', line: 3 });
  });
});

describe('detectDialect', () => {
  it('takes semicolons with the decimal comma and commas with the decimal point', () => {
    expect(detectDialect('kode_desa;kategori\r\n')).toEqual({ delimiter: ';', decimalSeparator: ',' });
    expect(detectDialect('kode_desa,kategori\n')).toEqual({ delimiter: ',', decimalSeparator: '.' });
  });
  it('refuses a header with both delimiters and a tab-separated file', () => {
    expect(detectDialect('a;b,c\n')).toEqual({ code: 'file.delimiter-ambiguous' });
    expect(detectDialect('a\tb\n')).toEqual({ code: 'file.tab-delimited' });
  });
});

describe('parseCsv', () => {
  it('reads Excel output: CRLF, quoted delimiter and line breaks, blank and empty rows, any header case', () => {
    const text = 'Kode Desa;KATEGORI;catatan\r\n31.72.01.1001; bahaya ;"a;b\r\nc ""d"""\r\n;;\r\n31.72.01.1002;aman;\r\n\r\n\r\n';
    const { table, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(table?.header).toEqual(['kode_desa', 'kategori', 'catatan']);
    expect(table?.records).toEqual([
      { line: 2, cells: ['31.72.01.1001', 'bahaya', 'a;b\r\nc "d"'] },
      { line: 5, cells: ['31.72.01.1002', 'aman', ''] },
    ]);
  });
  it('reports ragged rows, duplicate and empty header names and an unclosed quote, all at once', () => {
    const text = 'a,b,a,\n1,2,3,4\n1,2\n5,"6,7,8\n9,9,9,9\n';
    const { problems } = parseCsv(text);
    expect(problems).toEqual([
      { code: 'csv.unclosed-quote', line: 4 },
      { code: 'header.duplicate', column: 3, name: 'a' },
      { code: 'header.empty-name', column: 4 },
      { code: 'row.ragged', line: 3, expected: 4, actual: 2 },
    ]);
  });
  it('calls an empty file empty', () => {
    expect(parseCsv('').problems).toEqual([{ code: 'file.empty' }]);
    expect(parseCsv('\r\n\r\n').problems).toEqual([{ code: 'file.empty' }]);
  });
});
