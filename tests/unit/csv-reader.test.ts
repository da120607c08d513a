import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDialect, EXCEL_CELL_LIMIT, parseCsv, scanCsv, type CsvRecord, type PlainRecord } from '../../src/pipeline/read/csv.ts';
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
  it('recognises UTF-16 without a byte order mark by its zero bytes', () => {
    const utf16le = new Uint8Array([...'id,kode'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeCsvBytes(utf16le)).toEqual({ ok: false, problem: 'file.utf16' });
    expect(decodeCsvBytes(utf16le.subarray(1))).toEqual({ ok: false, problem: 'file.utf16' });
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
      { code: 'header.empty-name', column: 4, filledLine: 2 },
      { code: 'row.ragged', line: 3, expected: 4, actual: 2 },
    ]);
  });
  it('reports control characters (C0 but tab and line breaks, DEL, C1) per cell and hands the row on without them', () => {
    const text = 'a;b;c\n1\x00;x\ty;"p\r\nq\x85"\n\x7f;\x0b;ok\n';
    const { table, problems } = parseCsv(text);
    expect(problems).toEqual([
      { code: 'cell.control-character', line: 2, column: 1, value: '1\x00', character: 'U+0000', position: 2 },
      { code: 'cell.control-character', line: 2, column: 3, value: 'p\r\nq\x85', character: 'U+0085', position: 5 },
      { code: 'cell.control-character', line: 4, column: 1, value: '\x7f', character: 'U+007F', position: 1 },
      { code: 'cell.control-character', line: 4, column: 2, value: '\x0b', character: 'U+000B', position: 1 },
    ]);
    expect(table?.records).toEqual([
      { line: 2, cells: ['1', 'x\ty', 'p\r\nq'] },
      { line: 4, cells: ['', '', 'ok'] },
    ]);
  });
  it('reports a cell longer than Excel holds, naming its length', () => {
    const long = 'x'.repeat(EXCEL_CELL_LIMIT + 1);
    expect(parseCsv(`a,b\n1,${long}\n2,${long.slice(1)}\n`).problems).toEqual([{ code: 'cell.too-long', line: 2, column: 2, value: long, length: 32_768, limit: 32_767 }]);
  });
  it('reports a header row pasted again once, in any case and column order, and skips it', () => {
    const { table, problems } = parseCsv('Kode Desa;kategori;skor\n1;a;2\nkode_desa;Kategori;\nskor;kode_desa;kategori\nkategori;x;\n');
    expect(problems).toEqual([
      { code: 'row.repeated-header', line: 3 },
      { code: 'row.repeated-header', line: 4 },
    ]);
    expect(table?.records.map((record) => record.line)).toEqual([2, 5]);
  });
  it('ignores an empty unnamed last column (Excel\'s ";" at the end of every line) with a warning, but not one holding values', () => {
    expect(parseCsv('a;b;\r\n1;2;\r\n3;4;\r\n').problems).toEqual([{ code: 'header.empty-column', column: 3 }]);
    expect(parseCsv('a;b;;\r\n1;2;;\r\n3;4;;x\r\n').problems).toEqual([
      { code: 'header.empty-column', column: 3 },
      { code: 'header.empty-name', column: 4, filledLine: 3 },
    ]);
    expect(parseCsv('a;;b\r\n1;;2\r\n').problems).toEqual([{ code: 'header.empty-name', column: 2 }]);
  });
  it('calls an empty file empty', () => {
    expect(parseCsv('').problems).toEqual([{ code: 'file.empty' }]);
    expect(parseCsv('\r\n\r\n').problems).toEqual([{ code: 'file.empty' }]);
  });
});

describe('parseCsv reads every record as Papa Parse does', () => {
  // Lines without quotes are split directly and well-quoted records by a small reader; Papa Parse
  // reads anything else. Whatever path a text takes, the records and line numbers are Papa Parse's.
  const lines = ['a,b,c', '"x, y",2,3', '"multi\nline",5,6', ' "lead",7,8', '"tail" ,9,0', 'q"uote,1,2', '"esc ""q""",3,4', ',,', '', '"open,5,6', 'k,l'];
  const papaRecords = (text: string) => {
    let line = 1;
    const records: { line: number; cells: string[] }[] = [];
    const rows = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false }).data;
    rows.forEach((row, index) => {
      const start = line;
      line += 1 + row.reduce((sum, cell) => sum + (cell.split('\n').length - 1), 0);
      const cells = row.map((cell) => cell.trim());
      if (index > 0 && cells.length === 3 && !cells.every((cell) => cell === '')) records.push({ line: start, cells });
    });
    return records;
  };
  it.each([['\n'], ['\r\n']])('on every pair of tricky lines, with line breaks %j', (newline) => {
    for (const first of lines) {
      for (const second of lines) {
        const text = ['h1,h2,h3', first, second, 'e,f,g'].join(newline).replaceAll('\n', newline === '\n' ? '\n' : '\r\n').replaceAll('\r\r', '\r');
        const { table, problems } = parseCsv(text);
        if (problems.some((problem) => problem.code === 'csv.unclosed-quote')) continue;
        expect(table?.records, JSON.stringify(text)).toEqual(papaRecords(text));
      }
    }
  });
  it('on every pair of tricky lines, with mixed line breaks (Excel: records \\r\\n, inside a cell \\n; and every other mix)', () => {
    const breaks = ['\n', '\r\n'];
    for (const first of lines) {
      for (const second of lines) {
        for (const inCell of breaks) {
          for (const [a, b, c] of breaks.flatMap((x) => breaks.flatMap((y) => breaks.map((z) => [x, y, z] as const)))) {
            const text = `h1,h2,h3${a}${first.replaceAll('\n', inCell)}${b}${second.replaceAll('\n', inCell)}${c}e,f,g`;
            const { table, problems } = parseCsv(text);
            if (problems.some((problem) => problem.code === 'csv.unclosed-quote')) continue;
            expect(table?.records, JSON.stringify(text)).toEqual(papaRecords(text));
          }
        }
      }
    }
  });
});

describe('records read in place (scanCsv onPlainRecord) are the records read the general way', () => {
  // Cells that are plain, blank at an edge, quoted, too long, column names, and unusual characters.
  const pool = [
    'a1', '12', '', '', 'Ya', 'kode_desa', 'Kode Desa', 'nilai', ' pad', 'pad ', '\u00a0nb', 'é', 'ñx', 'x\u3000', '"q"', 'q"x', '"a,b"',
    '"two\nlines"', 'un\nquoted', 'x'.repeat(EXCEL_CELL_LIMIT + 1), '\t', 'z',
  ];
  const header = ['kode_desa', 'nilai', 'catatan'];
  const random = (() => {
    let seed = 17;
    return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  })();
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const line = (delimiter: string) => {
    const roll = random();
    if (roll < 0.04) return '';
    if (roll < 0.08) return delimiter.repeat(header.length - 1);
    if (roll < 0.12) return header.map((name) => (random() < 0.5 ? name.toUpperCase() : name)).join(delimiter);
    const cells = roll < 0.18 ? header.length + (random() < 0.5 ? -1 : 1) : header.length;
    return Array.from({ length: cells }, () => (random() < 0.6 ? pick(['a1', '12', 'z', '', 'nilai']) : pick(pool))).join(delimiter);
  };
  let taken = 0;
  const read = (text: string, inPlace: boolean) => {
    const records: [number, string[]][] = [];
    // In place, a record is taken about four times in five, so that declined records go the general way too.
    const onPlainRecord = (plain: PlainRecord) => {
      if (random() < 0.2) return false;
      taken++;
      records.push([plain.line, Array.from(plain.starts, (start, index) => plain.text.slice(start, plain.ends[index]))]);
      return true;
    };
    const scan = scanCsv(text, (record: CsvRecord) => records.push([record.line, [...record.cells]]), undefined, inPlace ? onPlainRecord : undefined);
    return { records, problems: scan.problems, table: scan.table };
  };

  it('on random files: same records, lines, problems and header, whatever the line breaks and delimiter', () => {
    for (let file = 0; file < 400; file++) {
      const delimiter = file % 2 === 0 ? ',' : ';';
      const trailing = file % 5 === 0 ? delimiter : '';
      // An unnamed last column (Excel's trailing delimiter), now and then holding a value.
      const body = Array.from({ length: 30 }, () => line(delimiter) + trailing + (trailing && random() < 0.05 ? 'v' : ''));
      // '\r\n' files hold the quoted cell's '\n' as Excel writes it: mixed line breaks.
      const text = [header.join(delimiter) + trailing, ...body].join(pick(['\n', '\r\n']));
      const general = read(text, false);
      expect(read(text, true), JSON.stringify(text)).toEqual(general);
    }
    expect(taken).toBeGreaterThan(2_000);
  });
});
