/**
 * Ranking tables (progressive enhancement; each page is already sorted by its measure, and links
 * lead to the other sorts). With JavaScript:
 * - every column header but the rank becomes a button that sorts the table by that column
 *   (pressed again, the other way); `aria-sort` follows; numbers as published (`data-v`) in the
 *   order of src/site/rankings/order.ts, marks last; ranks stay "1 = highest" of the last
 *   measure sorted by;
 * - the province select (shown only now) filters the kab/kota, kept in the URL (`?provinsi=32`);
 * - a live region says what is shown and how it is sorted.
 */
import { compareNames, compareValues, type Direction, rankBy, sortByName, type SortValue } from '../site/rankings/order.ts';

interface Row {
  tr: HTMLTableRowElement;
  name: string;
  cells: HTMLTableCellElement[];
}

const PARAM = 'provinsi';

function valueOf(cell: HTMLTableCellElement | undefined): SortValue {
  const v = cell?.dataset.v;
  if (v === undefined) return undefined;
  const n = Number(v);
  return v !== '' && Number.isFinite(n) ? n : v;
}

function setup(table: HTMLTableElement): void {
  const tbody = table.tBodies[0];
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
  const status = document.querySelector<HTMLElement>('[data-rank-status]');
  if (!tbody || !status) return;
  const rows: Row[] = [...tbody.rows].map((tr) => ({ tr, cells: [...tr.cells], name: tr.querySelector('th a')?.textContent ?? '' }));
  const rankCol = headers.findIndex((th) => th.classList.contains('rank'));
  const labelOf = (th: HTMLTableCellElement): string => th.textContent?.trim() ?? '';
  const isText = (th: HTMLTableCellElement): boolean => th.dataset.sort === 'name';
  let sorted = headers.find((th) => th.hasAttribute('aria-sort'));
  let direction: Direction = 'desc';

  const filter = document.querySelector<HTMLElement>('[data-rank-filter]');
  const select = filter?.querySelector('select');

  const describe = (): void => {
    const shown = rows.filter((r) => !r.tr.hidden).length;
    const province = select?.value ? (select.selectedOptions[0]?.textContent ?? '') : '';
    const template = (province ? status.dataset.templateFiltered : status.dataset.template) ?? '';
    const text = sorted && isText(sorted);
    const dir = status.dataset[text ? (direction === 'asc' ? 'az' : 'za') : direction] ?? '';
    status.textContent = template
      .replace('{shown}', String(shown))
      .replace('{n}', String(rows.length))
      .replace('{province}', province)
      .replace('{sort}', sorted ? labelOf(sorted) : '')
      .replace('{dir}', dir);
  };

  const sortBy = (th: HTMLTableCellElement, dir: Direction): void => {
    const col = headers.indexOf(th);
    let order: Row[];
    if (isText(th)) {
      order = sortByName(rows, (r) => r.name, dir);
    } else {
      const value = (r: Row) => valueOf(r.cells[col]);
      const ranked = rankBy(rows, value, (r) => r.name, 'desc');
      for (const { item, rank } of ranked) {
        const cell = item.cells[rankCol];
        if (cell) cell.textContent = rank === undefined ? '–' : String(rank);
      }
      order = dir === 'desc' ? ranked.map((r) => r.item) : [...rows].sort((a, b) => compareValues(value(a), value(b), 'asc') || compareNames(a.name, b.name));
    }
    tbody.append(...order.map((r) => r.tr));
    for (const h of headers) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
    sorted = th;
    direction = dir;
    describe();
  };

  for (const th of headers) {
    if (!th.dataset.sort) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = labelOf(th);
    button.addEventListener('click', () => {
      const dir: Direction = th === sorted ? (direction === 'asc' ? 'desc' : 'asc') : isText(th) ? 'asc' : 'desc';
      sortBy(th, dir);
    });
    th.replaceChildren(button);
  }

  if (filter && select) {
    const apply = (): void => {
      for (const r of rows) r.tr.hidden = select.value !== '' && r.tr.dataset.p !== select.value;
      const url = new URL(location.href);
      if (select.value) url.searchParams.set(PARAM, select.value);
      else url.searchParams.delete(PARAM);
      history.replaceState(null, '', url);
      describe();
    };
    const wanted = new URLSearchParams(location.search).get(PARAM);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    select.addEventListener('change', apply);
    filter.hidden = false;
    apply();
  } else {
    describe();
  }
}

const table = document.querySelector<HTMLTableElement>('table[data-ranking]');
if (table) setup(table);
