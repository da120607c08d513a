/** Cells of the public tables as HTML (src/site/cells.ts): numbers, marks [c]/[x]/[z], text. */
import { describe, expect, it } from 'vitest';
import { cellHtml, markHtml, markWord } from '../../src/site/cells.ts';

describe('markHtml', () => {
  it('shows the mark and says its meaning to screen readers, in the page language', () => {
    expect(markHtml('id', '[c]')).toBe(`<span class="mark">[c]<span class="sr-only"> (${markWord('id', '[c]')})</span></span>`);
    expect(markHtml('en', '[x]')).toBe('<span class="mark">[x]<span class="sr-only"> (no data)</span></span>');
    expect(markHtml('en', '[z]')).toBe('<span class="mark">[z]<span class="sr-only"> (not applicable)</span></span>');
  });
});

describe('cellHtml', () => {
  it('formats a number in its style', () => {
    expect(cellHtml('id', 1234)).toBe('1.234');
    expect(cellHtml('en', 1234)).toBe('1,234');
    expect(cellHtml('id', 45.67, 'percent')).toBe('45,7%');
    expect(cellHtml('en', -1.25, 'signed1')).toBe('\u22121.3');
    expect(cellHtml('id', 0.5, 'plain')).toBe('0,5');
  });
  it('shows every mark as such, never as 0 or a blank; a missing cell is [x]', () => {
    for (const mark of ['[c]', '[x]', '[z]'] as const) expect(cellHtml('en', mark, 'percent')).toBe(markHtml('en', mark));
    expect(cellHtml('en', undefined)).toBe(markHtml('en', '[x]'));
  });
  it('escapes any other text (a chart table’s formatted cells, a text field of the changelog)', () => {
    expect(cellHtml('id', '12,3%')).toBe('12,3%');
    expect(cellHtml('id', 'Jalan "Melati" <b> & Co')).toBe('Jalan &quot;Melati&quot; &lt;b&gt; &amp; Co');
  });
});
