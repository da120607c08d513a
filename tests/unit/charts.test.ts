/**
 * Charts (src/site/charts) on fixtures: SVG validity, accessibility, tables that carry exactly
 * the records' numbers, marks never drawn, both languages, determinism, size budgets. The same
 * charts on the real public dataset: tests/site/charts-public-data.test.ts; their exact markup:
 * tests/unit/golden-svg.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ProgramRecord } from '../../src/pipeline/publish/public-schema.ts';
import { t } from '../../src/i18n/index.ts';
import { type ChartSpec, chartsCss, renderChart } from '../../src/site/charts/index.ts';
import { dodge, FONT, niceTicks, textWidth } from '../../src/site/charts/marks.ts';
import { roundNumbers } from '../../src/site/charts/render.ts';
import { absX, C, cell, checkCommon, KAWASAN, KINDS, parse, pct, program, PROGRAM, PROVINCE, SPECS, texts } from '../support/charts.ts';

// ---------------------------------------------------------------- tests

describe('categories-trend', () => {
  it('draws one stacked bar per complete year, none for a year with a mark, and tabulates every cell', () => {
    for (const lang of ['id', 'en'] as const) {
      const chart = renderChart(SPECS['categories-trend'], lang);
      const root = checkCommon(chart);
      expect(chart.table.rows.map((r) => r[0])).toEqual(['2019', '2020', '2021', '2022', '2023']);
      for (const [i, r] of KAWASAN.entries()) {
        expect(chart.table.rows[i]).toEqual([String(r.tahun), ...[r.bahaya, r.waspada, r.siaga, r.aman, r.rawan, r.dinilai].map((c) => cell(lang, c))]);
      }
      expect(chart.table.rows[2]![1]).toBe('[c]');
      // Bars: the 4 + 4 + 3 positive counts of the three complete years; a zero is no bar either.
      const bars = [...root.querySelectorAll('.kc-bar rect')];
      expect(bars).toHaveLength(11);
      // The marks stand where the bars would be, and no bar is there.
      const notes = [...root.querySelectorAll('.kc-note text')];
      expect(notes.map((n) => n.textContent)).toEqual(['[c]', '[x]']);
      for (const note of notes) {
        const x = absX(note);
        for (const bar of bars) {
          const x0 = absX(bar);
          expect(x < x0 || x > x0 + Number(bar.getAttribute('width'))).toBe(true);
        }
      }
      expect(chart.table.caption).toContain(`[c] ${t(lang, 'mark.c.short')}`);
      expect(chart.table.caption).toContain(`[x] ${t(lang, 'mark.x')}`);
    }
  });

  it('says what changed, in each language, with its own number format', () => {
    const id = renderChart(SPECS['categories-trend'], 'id');
    const en = renderChart(SPECS['categories-trend'], 'en');
    expect(id.takeaway).toBe(
      'Desa rawan (Bahaya + Waspada) di Kabupaten Contoh turun dari 8.743 (2019) menjadi 8.509 (2023). ' +
        'Desa yang dinilai: 10.843 (2019) dan 9.809 (2023). ' +
        'Angka 2021 disamarkan untuk melindungi jumlah kecil. Tidak ada data untuk 2022.',
    );
    expect(en.takeaway).toBe(
      'Vulnerable villages (Bahaya + Waspada) in Kabupaten Contoh fell from 8,743 (2019) to 8,509 (2023). ' +
        'Villages assessed: 10,843 (2019) and 9,809 (2023). ' +
        'Figures for 2021 are suppressed to protect small counts. No data for 2022.',
    );
    expect(id.title).toBe('Kategori desa/kelurahan yang dinilai, Kabupaten Contoh, 2019–2023');
    expect(en.title).toBe('Assessed villages by category, Kabupaten Contoh, 2019–2023');
    expect(id.source).toBe('Sumber: BNN, pemetaan IKRN (data contoh sintetis)');
    expect(renderChart(SPECS['categories-trend'], 'en', { synthetic: false }).source).toBe('Source: BNN, IKRN mapping');
    // The key names the categories in the language of the page.
    expect(texts(parse(en.svg), '.kc-key text')).toEqual(['Bahaya (danger)', 'Waspada (alert)', 'Siaga (standby)', 'Aman (safe)']);
    expect(texts(parse(id.svg), '.kc-key text')).toEqual(['Bahaya', 'Waspada', 'Siaga', 'Aman']);
    expect(texts(parse(id.svg), 'text').join(' ')).toContain('5.000');
    expect(texts(parse(en.svg), 'text').join(' ')).toContain('5,000');
  });
});

describe('rawan-share', () => {
  it('draws a point per number, a gap for each mark, and tabulates the percentages', () => {
    for (const lang of ['id', 'en'] as const) {
      const chart = renderChart(SPECS['rawan-share'], lang);
      const root = checkCommon(chart);
      expect(chart.table.columns.map((c) => c.label)).toEqual([t(lang, 'chart.year'), 'Kabupaten Contoh', 'Provinsi Contoh']);
      expect(chart.table.rows).toEqual(KAWASAN.map((r, i) => [String(r.tahun), pct(lang, r.rawan_persen), pct(lang, PROVINCE[i]!.rawan_persen)]));
      expect(chart.table.rows[2]![1]).toBe('[c]');
      expect(chart.table.rows[3]![1]).toBe('[x]');
      // Region: 3 of 5 years are numbers; province: all 5.
      const region = [...root.querySelectorAll('.kc-dot.kc-s0 path')];
      expect(region).toHaveLength(3);
      expect(root.querySelectorAll('.kc-dot.kc-s1 path')).toHaveLength(5);
      // The region's line breaks: two segments (2019–2020, 2023 alone), never through 0.
      const d = root.querySelector('.kc-line.kc-s0 path')!.getAttribute('d')!;
      expect(d.match(/M/g)).toHaveLength(2);
      const notes = [...root.querySelectorAll('.kc-note text')];
      expect(notes.map((n) => n.textContent)).toEqual(['[c]', '[x]']);
      const dotXs = region.map(absX);
      for (const note of notes) expect(dotXs.some((x) => Math.abs(x - absX(note)) < 1)).toBe(false);
    }
  });

  it('compares the region with the others in its last year', () => {
    const id = renderChart(SPECS['rawan-share'], 'id');
    expect(id.takeaway).toBe(
      'Persentase desa rawan di Kabupaten Contoh naik dari 80,6% (2019) menjadi 86,7% (2023). ' +
        'Pada 2023: Provinsi Contoh 47,9%. Angka 2021 disamarkan untuk melindungi jumlah kecil. Tidak ada data untuk 2022.',
    );
    const en = renderChart(SPECS['rawan-share'], 'en');
    expect(en.takeaway).toMatch(/^The share of vulnerable villages in Kabupaten Contoh rose from 80\.6% \(2019\) to 86\.7% \(2023\)\. In 2023: Provinsi Contoh 47\.9%\./);
    expect(en.title).toBe('Share of vulnerable villages: Kabupaten Contoh and Provinsi Contoh, 2019–2023');
    expect(texts(parse(en.svg), '.kc-val text')).toEqual(['86.7%', '47.9%']);
    expect(texts(parse(id.svg), '.kc-val text')).toEqual(['86,7%', '47,9%']);
  });
});

describe('program-trend', () => {
  it('tabulates participants, graduates, entrepreneurs per year and leaves suppressed years undrawn', () => {
    for (const lang of ['id', 'en'] as const) {
      const chart = renderChart(SPECS['program-trend'], lang);
      const root = checkCommon(chart);
      expect(chart.table.rows).toEqual(PROGRAM.map((r) => [String(r.tahun), cell(lang, r.peserta), cell(lang, r.lulus), cell(lang, r.berwirausaha)]));
      expect(chart.table.rows[1]).toEqual(['2020', '[c]', '[c]', '[c]']);
      for (const s of [0, 1, 2]) expect(root.querySelectorAll(`.kc-dot.kc-s${s} path`)).toHaveLength(3);
      const note = root.querySelector('.kc-note text')!;
      expect(note.textContent).toBe('[c]');
      const dots = [...root.querySelectorAll('.kc-dot path')].map(absX);
      expect(dots.some((x) => Math.abs(x - absX(note)) < 1)).toBe(false);
    }
  });

  it('uses only the records of all kinds together (jenis semua)', () => {
    const chart = renderChart({ kind: 'program-trend', records: [...PROGRAM, ...KINDS.filter((r) => r.jenis !== 'semua')] }, 'id');
    expect(chart.table.rows).toHaveLength(4);
  });

  it('returns a small SVG with a message when every count is suppressed', () => {
    const records = PROGRAM.map((r) => ({ ...r, peserta: C, lulus: C, berwirausaha: C }) as ProgramRecord);
    for (const lang of ['id', 'en'] as const) {
      const chart = renderChart({ kind: 'program-trend', records }, lang);
      const root = checkCommon(chart);
      expect(root.querySelectorAll('.kc-dot, .kc-line, .kc-bar')).toHaveLength(0);
      expect(texts(root, '.kc-msg tspan').join(' ')).toBe(t(lang, 'chart.message.suppressed'));
      expect(chart.table.rows).toHaveLength(4);
      expect(chart.table.rows.every((r) => r.slice(1).every((c) => c === '[c]'))).toBe(true);
      expect(chart.svg.length).toBeLessThan(1200);
    }
    expect(renderChart({ kind: 'program-trend', records }, 'id').takeaway).toBe(
      'Semua angka peserta di Kabupaten Contoh disamarkan untuk melindungi jumlah kecil.',
    );
  });
});

describe('program-kinds', () => {
  it('tabulates each kind (not the total) and draws no bar for a suppressed or zero count', () => {
    for (const lang of ['id', 'en'] as const) {
      const chart = renderChart(SPECS['program-kinds'], lang);
      const root = checkCommon(chart);
      const kinds = KINDS.filter((r) => r.jenis !== 'semua');
      expect(chart.table.rows).toEqual(kinds.map((r) => [t(lang, `chart.programKinds.kind.${r.jenis as 'kewirausahaan'}`), cell(lang, r.kegiatan), cell(lang, r.peserta)]));
      expect(chart.table.rows[1]![2]).toBe('[c]');
      // Activities: 4 positive; participants: 2 positive (two [c], one 0).
      expect(root.querySelectorAll('.kc-bar rect')).toHaveLength(6);
      expect(texts(root, '.kc-val text').filter((t) => t === '[c]')).toHaveLength(2);
      expect(texts(root, '.kc-kind text')).toEqual(kinds.map((r) => t(lang, `chart.programKinds.kind.${r.jenis as 'kewirausahaan'}`)));
    }
  });

  it('names ties and the kind with most participants when none is suppressed', () => {
    const records = [
      program(2022, 'pelatihan_keterampilan', { kegiatan: 4, peserta: 1200 }),
      program(2022, 'sosialisasi_p4gn', { kegiatan: 4, peserta: 3000 }),
    ];
    expect(renderChart({ kind: 'program-kinds', records }, 'id').takeaway).toBe(
      'Pada 2022, kegiatan terbanyak di Kabupaten Contoh adalah Pelatihan keterampilan dan Sosialisasi P4GN (masing-masing 4 dari 8 kegiatan). ' +
        'Peserta terbanyak: Sosialisasi P4GN (3.000 orang).',
    );
  });

  it('says so when all activities were of one kind', () => {
    const records = [program(2022, 'kewirausahaan', { kegiatan: 1, peserta: C }), program(2022, 'kampung_bersinar', { kegiatan: 0, peserta: 0 })];
    expect(renderChart({ kind: 'program-kinds', records }, 'en').takeaway).toBe(
      'In 2022, the only kind of activity in Kabupaten Contoh was Entrepreneurship (1 activity). Some participant figures are suppressed to protect small counts.',
    );
  });

  it('rejects records of two years or two regions', () => {
    expect(() => renderChart({ kind: 'program-kinds', records: [...KINDS, program(2023, 'kewirausahaan', { kegiatan: 1, peserta: 20 })] }, 'id')).toThrow(/one year/);
    expect(() => renderChart({ kind: 'categories-trend', records: [...KAWASAN, ...PROVINCE] }, 'id')).toThrow(/one region/);
  });
});

describe('takeaways of the program charts', () => {
  it.each([
    [
      'program-trend',
      'Peserta pemberdayaan alternatif di Kabupaten Contoh naik dari 1.250 (2019) menjadi 1.430 (2022). ' +
        'Pada 2022, 1.300 orang lulus dan 410 orang berwirausaha. Angka 2020 disamarkan untuk melindungi jumlah kecil.',
      'Alternative-empowerment participants in Kabupaten Contoh rose from 1,250 (2019) to 1,430 (2022). ' +
        'In 2022, 1,300 graduated and 410 started a business. Figures for 2020 are suppressed to protect small counts.',
    ],
    [
      'program-kinds',
      'Pada 2022, kegiatan terbanyak di Kabupaten Contoh adalah Pelatihan keterampilan (5 dari 11 kegiatan). ' +
        'Sebagian angka peserta disamarkan untuk melindungi jumlah kecil.',
      'In 2022, the most common kind of activity in Kabupaten Contoh was Life-skill training (5 of 11 activities). ' +
        'Some participant figures are suppressed to protect small counts.',
    ],
  ] as const)('%s says what changed, in each language', (kind, id, en) => {
    expect(renderChart(SPECS[kind], 'id').takeaway).toBe(id);
    expect(renderChart(SPECS[kind], 'en').takeaway).toBe(en);
  });
});

describe('all kinds', () => {
  it('give the same string for the same input (also after other charts)', () => {
    for (const spec of Object.values(SPECS)) {
      const a = renderChart(spec, 'id');
      for (const other of Object.values(SPECS)) renderChart(other, 'en');
      expect(renderChart(spec, 'id')).toEqual(a);
    }
  });

  it('render empty input as a valid message box', () => {
    for (const spec of [
      { kind: 'categories-trend', records: [] },
      { kind: 'rawan-share', series: [] },
      { kind: 'program-trend', records: [] },
      { kind: 'program-kinds', records: [] },
    ] satisfies ChartSpec[]) {
      const chart = renderChart(spec, 'en');
      const root = parse(chart.svg);
      expect(root.getAttribute('role')).toBe('img');
      expect(root.querySelector('.kc-msg')).not.toBeNull();
      expect(chart.table.rows).toEqual([]);
      expect(chart.title).not.toMatch(/,\s*$|,\s*,/);
    }
  });

  it('escape text in the markup', () => {
    const chart = renderChart({ kind: 'rawan-share', series: [{ label: 'A & B <"C">', records: KAWASAN }] }, 'en');
    expect(chart.svg).toContain('aria-label="Share of vulnerable villages: A &amp; B &lt;&quot;C&quot;&gt;');
    expect(texts(parse(chart.svg), '.kc-key text')).toEqual(['A & B <"C">']);
  });
});

describe('helpers', () => {
  it('labels every year, moving every other one to an axis hidden at the larger type steps when crowded', () => {
    // Wide numbers (y labels and end labels) leave under a label's width per year at 25 units.
    const records = [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y, i) => program(y, 'semua', { kegiatan: 9, peserta: 100000 + i * 1000, lulus: 90000, berwirausaha: 5000 }));
    const root = parse(renderChart({ kind: 'program-trend', records }, 'id').svg);
    const years = records.map((r) => String(r.tahun));
    const all = texts(root, '.kc-x text');
    const alt = texts(root, '.kc-alt text');
    expect([...all].sort()).toEqual(years);
    // Whatever is shown at the largest step is at least a label's width apart.
    const shown = [...root.querySelectorAll('.kc-x:not(.kc-alt) text')].map(absX);
    for (let i = 1; i < shown.length; i++) expect(shown[i]! - shown[i - 1]!).toBeGreaterThan(textWidth('2000', FONT.max));
    expect(alt).toEqual(['2020', '2022', '2024']);
    expect(chartsCss).toMatch(/\.kc-r \.kc-alt\{display:none\}/);
  });

  it('round coordinates to one decimal, em offsets to two', () => {
    expect(roundNumbers('M68.25,176.249L344,1.2246467991473532e-16Z')).toBe('M68.3,176.2L344,0Z');
    expect(roundNumbers('translate(-0.04,3)')).toBe('translate(0,3)');
    expect(roundNumbers('-0.22499999999999998em')).toBe('-0.22em');
    expect(roundNumbers('M-0,007h12,-40V3em,0')).toBe('M0,7h12,-40V3em,0');
  });

  it('round numbers as the rule written as a regular expression does, on 100,000 random values', () => {
    const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?(em)?/gi;
    const PLAIN_INTEGER = /^(?:-?[1-9]\d{0,14}|0)$/;
    const byRule = (value: string) =>
      value.replace(NUMBER, (token: string, em: string | undefined) => {
        if (!em && PLAIN_INTEGER.test(token)) return token;
        const scale = em ? 100 : 10;
        const n = Math.round(Number.parseFloat(token) * scale) / scale;
        return `${Object.is(n, -0) ? 0 : n}${em ?? ''}`;
      });
    const pieces = ['0', '1', '5', '9', '.', '-', '+', 'e', 'E', 'm', 'M', ',', ' ', 'L', 'translate(', ')', '00', '1234567890123456', '.5', '1e-7', '2.35', '-0', '0.32em', 'EM'];
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let run = 0; run < 100_000; run++) {
      let value = '';
      for (let k = Math.floor(next() * 12); k > 0; k--) value += pieces[Math.floor(next() * pieces.length)];
      expect(roundNumbers(value), value).toBe(byRule(value));
    }
  });

  it('make nice ticks from zero', () => {
    expect(niceTicks(8743)).toEqual([0, 2500, 5000, 7500, 10000]);
    expect(niceTicks(14)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('push labels apart and keep them in range', () => {
    expect(dodge([100, 105, 300], 20, 0, 400)).toEqual([100, 120, 300]);
    expect(dodge([395, 398], 20, 0, 400)).toEqual([380, 400]);
  });

  it('keep text ≥ 11 CSS px at every chart width from 288 px (the CSS steps)', () => {
    const size = (w: number) => (w >= 560 ? FONT.base : w >= 400 ? FONT.mid : FONT.max);
    for (let w = 288; w <= 1200; w += 1) expect((size(w) * w) / 640).toBeGreaterThanOrEqual(11);
    expect(chartsCss).toContain(`font-size:${FONT.max}px`);
    expect(chartsCss).toContain('@container');
    expect(chartsCss).not.toMatch(/url\(|@import/);
  });
});
