/**
 * Region search (progressive enhancement). Without JavaScript the header form submits to the
 * /cari/ page, which lists every kab/kota A–Z and by province. With it:
 * - the header field fetches the small static index on first use and lists up to 8 matches as
 *   links while typing; Enter goes straight to a region when exactly one matches (or the name
 *   matches exactly), otherwise to the /cari/ page filtered by the query;
 * - the /cari/ page filters its list by `?q=` and by its own field.
 * Words of the query may come in any order and match parts of names: "jak ut" finds
 * "Kota Administrasi Jakarta Utara"; common short forms are written out first ("Jakut", "Kab.
 * Bogor", "Jogja", "Jabar": src/site/search/aliases.ts).
 */
import { expandWords } from '../site/search/aliases.ts';
import { normalise } from '../site/search/normalise.ts';

type Entry = [name: string, context: string, href: string, level: 'p' | 'k'];

interface Indexed {
  entry: Entry;
  name: string;
  key: string;
}

const MAX_SHOWN = 8;

function words(query: string): string[] {
  return expandWords(normalise(query).split(' ').filter(Boolean));
}

function matches(key: string, ws: readonly string[]): boolean {
  return ws.every((w) => key.includes(w));
}

/** Lower is better: whole name, name start, a word start, anywhere. */
function score(item: Indexed, q: string, ws: readonly string[]): number {
  if (item.name === q) return 0;
  if (item.name.startsWith(q)) return 1;
  const nameWords = item.name.split(' ');
  if (ws.every((w) => nameWords.some((n) => n.startsWith(w)))) return 2;
  if (ws.every((w) => item.name.includes(w))) return 3;
  return 4;
}

function search(index: readonly Indexed[], query: string): Indexed[] {
  const ws = words(query);
  if (ws.length === 0) return [];
  const q = ws.join(' ');
  return index
    .filter((item) => matches(item.key, ws))
    .map((item) => ({ item, s: score(item, q, ws) }))
    .sort((a, b) => a.s - b.s || (a.item.entry[3] === b.item.entry[3] ? 0 : a.item.entry[3] === 'p' ? -1 : 1) || a.item.name.localeCompare(b.item.name))
    .map((x) => x.item);
}

function fill(template: string, n: number): string {
  return template.replace('{n}', new Intl.NumberFormat(document.documentElement.lang).format(n));
}

/** The header's search index, fetched on first use; after a failure, the next use tries again. */
interface IndexLoader {
  index: Indexed[] | undefined;
  load: () => Promise<void>;
}

function indexLoader(indexUrl: string): IndexLoader {
  let loading: Promise<void> | undefined;
  const loader: IndexLoader = {
    index: undefined,
    load: () =>
      (loading ??= fetch(indexUrl)
        .then((r) => r.json() as Promise<{ entries: Entry[] }>)
        .then((json) => {
          loader.index = json.entries.map((entry) => ({ entry, name: normalise(entry[0]), key: normalise(`${entry[0]} ${entry[1]}`) }));
        })
        .catch(() => {
          loading = undefined;
        })),
  };
  return loader;
}

/** The list items: up to MAX_SHOWN matches as links, then a link to every match on the /cari/ page. */
function resultItems(form: HTMLFormElement, q: string, results: readonly Indexed[]): HTMLLIElement[] {
  const items: HTMLLIElement[] = [];
  for (const item of results.slice(0, MAX_SHOWN)) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = item.entry[2];
    a.textContent = item.entry[0];
    const ctx = document.createElement('span');
    ctx.textContent = item.entry[1];
    a.append(ctx);
    li.append(a);
    items.push(li);
  }
  if (results.length > MAX_SHOWN) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `${form.action}?q=${encodeURIComponent(q)}`;
    a.textContent = `${form.dataset.more ?? ''} (${results.length})`;
    li.append(a);
    items.push(li);
  }
  return items;
}

/** The region Enter goes to: the exact name, or the only match. */
function submitTarget(index: readonly Indexed[], value: string): Indexed | undefined {
  const results = search(index, value);
  const q = words(value).join(' ');
  const exact = results.find((r) => r.name === q);
  return exact ?? (results.length === 1 ? results[0] : undefined);
}

/** Escape closes the list; the arrow keys move between the field and the links. */
function navigate(event: KeyboardEvent, input: HTMLInputElement, box: HTMLElement, list: HTMLElement): void {
  const links = [...list.querySelectorAll('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'Escape') {
    box.hidden = true;
    input.focus();
  } else if (event.key === 'ArrowDown' && !box.hidden && links.length > 0) {
    event.preventDefault();
    links[Math.min(at + 1, links.length - 1)]?.focus();
  } else if (event.key === 'ArrowUp' && at >= 0) {
    event.preventDefault();
    if (at === 0) input.focus();
    else links[at - 1]?.focus();
  }
}

function setupHeader(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const box = form.querySelector<HTMLElement>('.search-results');
  const status = box?.querySelector('p');
  const list = box?.querySelector('ul');
  const indexUrl = form.dataset.index;
  if (!input || !box || !status || !list || !indexUrl) return;

  const loader = indexLoader(indexUrl);
  const hide = (): void => {
    box.hidden = true;
  };
  const render = (): void => {
    if (!loader.index) return;
    const q = input.value;
    const current = search(loader.index, q);
    list.replaceChildren();
    if (words(q).length === 0) {
      status.textContent = '';
      hide();
      return;
    }
    status.textContent =
      current.length === 0 ? (form.dataset.none ?? '') : current.length === 1 ? (form.dataset.foundOne ?? '') : fill(form.dataset.found ?? '{n}', current.length);
    list.append(...resultItems(form, q, current));
    box.hidden = false;
  };

  input.addEventListener('focus', () => void loader.load());
  input.addEventListener('input', () => void loader.load().then(render));
  form.addEventListener('submit', (event) => {
    const target = loader.index && submitTarget(loader.index, input.value);
    if (target) {
      event.preventDefault();
      location.href = target.entry[2];
    }
  });
  form.addEventListener('keydown', (event) => navigate(event, input, box, list));
  form.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !form.contains(next)) hide();
  });
}

/** The /cari/ page: filters the province list in place. */
function setupPage(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')];
  const az = root.querySelector<HTMLElement>('[data-az]');
  if (!input || !status) return;
  const items = groups.map((group) => ({
    group,
    key: group.dataset.key ?? '',
    entries: [...group.querySelectorAll<HTMLElement>('li[data-key]')].map((li) => ({ li, key: li.dataset.key ?? '' })),
  }));
  const apply = (): void => {
    const ws = words(input.value);
    let shown = 0;
    for (const g of items) {
      const groupHit = ws.length > 0 && matches(g.key, ws);
      let any = false;
      for (const e of g.entries) {
        const hit = ws.length === 0 || groupHit || matches(e.key, ws);
        e.li.hidden = !hit;
        if (hit) {
          any = true;
          shown++;
        }
      }
      g.group.hidden = !any;
    }
    // The A–Z index is the unfiltered answer: out of the way while a query filters the list.
    if (az) az.hidden = ws.length > 0;
    status.textContent =
      ws.length === 0 ? '' : (status.dataset.template ?? '').replace('{n}', String(shown)).replace('{q}', input.value.trim());
  };
  const q = new URLSearchParams(location.search).get('q');
  if (q) input.value = q;
  input.addEventListener('input', apply);
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.search')) setupHeader(form);
const page = document.querySelector<HTMLElement>('[data-region-filter]');
if (page) setupPage(page);
