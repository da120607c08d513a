/**
 * A journalist's attack on two releases of the public tables, written independently of the
 * build's own disclosure control (nothing here comes from src/): it reads the published files
 * as a user would (release snapshots `releases/<id>/*.json` or a public dataset folder), builds
 * its own linear program over the union of both releases and asks HiGHS (`highs`, LP text
 * format) how far every hidden person count can be narrowed down.
 *
 * The model, per release:
 * - one variable per hidden (`[c]`) person count: kawasan `tersangka`, `pengguna`; program
 *   `peserta`, `peserta_perempuan`, `lulus`, `berwirausaha`; plus men = `peserta` −
 *   `peserta_perempuan` (never published: a variable unless both parts are published);
 * - kab/kota → province → nation sums (from the wilayah table's `kode_induk`), for every year,
 *   field and program kind; program kinds → `semua`; `peserta` = women + men; `lulus` ≤ `peserta`,
 *   `berwirausaha` ≤ `peserta`; every count ≥ 0.
 * Across the releases, the journalist's linking assumption: a cell of a year in both releases is
 * the SAME quantity in both unless the published figures prove it changed. A cell published with
 * different values is not linked; a cell hidden in one release and published in the other is
 * linked to the published value; a cell hidden in both is linked variable to variable. Links
 * that make the program infeasible are dropped (the journalist notices): all links are tried at
 * once, and when that fails two journalists add them one at a time, one in key order and one in
 * reverse key order, each keeping a link only if the program stays feasible (deterministic; a
 * range is reported for each order that gives a different one).
 *
 * A link that pins a cell to its own published value in the other release only restates a
 * published figure (and is wrong when the cell did change), so each such cell is measured with
 * its own link dropped: "suppose this very cell changed: what do the other figures say about
 * it?". Links between two hidden cells stay.
 *
 * `attackReleases(…, { linked })` replaces the guess by a given set of links (e.g. the cells
 * whose true value did not change: the journalist who guesses right), and `differencing` is the
 * same idea without any LP. `discloses` says which ranges count as a disclosure.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import highsLoader from 'highs';
import Papa from 'papaparse';

export const THRESHOLD = 10;
export const POSSIBLE_VALUES = 10;
export const JENIS = ['pelatihan_keterampilan', 'kewirausahaan', 'bimtek_pendamping', 'sosialisasi_p4gn', 'kampung_bersinar'] as const;
export const KAWASAN_FIELDS = ['tersangka', 'pengguna'] as const;
export const PROGRAM_FIELDS = ['peserta', 'peserta_perempuan', 'lulus', 'berwirausaha'] as const;
const MEN = 'laki_laki';
const HIDDEN = '[c]';

type Row = Record<string, unknown>;
export interface Tables {
  wilayah: Row[];
  kawasan: Row[];
  program: Row[];
  /** Published since 2025.2 (absent in older releases): participants by group of desa, and those with an income. */
  jangkauan?: Row[];
  hasil?: Row[];
}

/** Person counts of the reach and outcome tables, per program record (year, region, kind). */
const FOLLOW_UP_FIELDS = { jangkauan: ['peserta_rawan', 'peserta_tidak_rawan', 'peserta_tidak_dinilai'], hasil: ['peserta_pendapatan'] } as const;
export const followUpKey = (table: string, year: number, code: string, jenis: string, field: string) => `${table}|${year}|${code}|${jenis}|${field}`;

/** A snapshot table `{"fields":[…],"rows":[[…],…]}` or a public dataset table `[{…},…]`, as rows. */
function rowsOf(json: unknown): Row[] {
  if (Array.isArray(json)) return json as Row[];
  const { fields, rows } = json as { fields: string[]; rows: unknown[][] };
  return rows.map((row) => Object.fromEntries(fields.map((field, index) => [field, row[index]])));
}

/** The three public tables from a release snapshot folder or a public dataset folder. */
export function readTables(dir: string): Tables {
  const read = (name: string) => rowsOf(JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')));
  const optional = (name: string) => (existsSync(path.join(dir, `${name}.json`)) ? { [name]: read(name) } : {});
  return { wilayah: read('wilayah'), kawasan: read('kawasan'), program: read('program'), ...optional('jangkauan'), ...optional('hasil') };
}

/** `kawasan|2024|76.02|pengguna`, `program|2024|76.02|semua|peserta`. */
export const kawasanKey = (year: number, code: string, field: string) => `kawasan|${year}|${code}|${field}`;
export const programKey = (year: number, code: string, jenis: string, field: string) => `program|${year}|${code}|${jenis}|${field}`;
const yearOf = (key: string) => Number(key.split('|')[1]);

/** Published number, or 'hidden' for `[c]`; cells marked `[x]`/`[z]` (no figure) are absent. */
export type Value = number | 'hidden';

/** Σ coefficient · cell = 0 ('eq') or ≤ 0 ('le'). Sums list the total first (+1), then the parts (−1). */
export interface Relation {
  kind: 'eq' | 'le';
  terms: [key: string, coefficient: number][];
  sum: boolean;
}

export interface Release {
  label: string;
  years: number[];
  cells: Map<string, Value>;
  relations: Relation[];
}

/** The cells and relations a reader can derive from one release's public tables. */
export function releaseModel(label: string, tables: Tables): Release {
  const cells = new Map<string, Value>();
  const cell = (value: unknown): Value | undefined => (typeof value === 'number' ? value : value === HIDDEN ? 'hidden' : undefined);
  const years = new Set<number>();
  for (const row of tables.kawasan) {
    years.add(row.tahun as number);
    for (const field of KAWASAN_FIELDS) {
      const value = cell(row[field]);
      if (value !== undefined) cells.set(kawasanKey(row.tahun as number, row.kode as string, field), value);
    }
  }
  for (const row of tables.program) {
    years.add(row.tahun as number);
    const at = (field: string) => programKey(row.tahun as number, row.kode as string, row.jenis as string, field);
    for (const field of PROGRAM_FIELDS) {
      const value = cell(row[field]);
      if (value !== undefined) cells.set(at(field), value);
    }
    const peserta = cells.get(at('peserta'));
    const women = cells.get(at('peserta_perempuan'));
    if (peserta !== undefined && women !== undefined) {
      cells.set(at(MEN), typeof peserta === 'number' && typeof women === 'number' ? peserta - women : 'hidden');
    }
  }

  for (const table of ['jangkauan', 'hasil'] as const) {
    for (const row of tables[table] ?? []) {
      for (const field of FOLLOW_UP_FIELDS[table]) {
        const value = cell(row[field]);
        if (value !== undefined) cells.set(followUpKey(table, row.tahun as number, row.kode as string, row.jenis as string, field), value);
      }
    }
  }

  const children = new Map<string, string[]>();
  for (const region of tables.wilayah) {
    const parent = region.kode_induk as string;
    if (parent) children.set(parent, [...(children.get(parent) ?? []), region.kode as string]);
  }
  const relations: Relation[] = [];
  const sum = (total: string, parts: string[]) => {
    if (!cells.has(total)) return;
    const present = parts.filter((part) => cells.has(part));
    if (present.length === 0 && parts.some((part) => part.startsWith('jangkauan|'))) return; // not published per kind ([z])
    relations.push({ kind: 'eq', sum: true, terms: [[total, 1], ...present.map((part): [string, number] => [part, -1])] });
  };
  const sortedYears = [...years].sort((a, b) => a - b);
  for (const year of sortedYears) {
    for (const [parent, kids] of children) {
      for (const field of KAWASAN_FIELDS) sum(kawasanKey(year, parent, field), kids.map((kid) => kawasanKey(year, kid, field)));
      for (const jenis of ['semua', ...JENIS]) {
        for (const field of PROGRAM_FIELDS) sum(programKey(year, parent, jenis, field), kids.map((kid) => programKey(year, kid, jenis, field)));
        for (const [table, fields] of Object.entries(FOLLOW_UP_FIELDS)) {
          for (const field of fields) sum(followUpKey(table, year, parent, jenis, field), kids.map((kid) => followUpKey(table, year, kid, jenis, field)));
        }
      }
    }
    for (const region of tables.wilayah) {
      const code = region.kode as string;
      for (const field of PROGRAM_FIELDS) sum(programKey(year, code, 'semua', field), JENIS.map((jenis) => programKey(year, code, jenis, field)));
      for (const [table, fields] of Object.entries(FOLLOW_UP_FIELDS)) {
        for (const field of fields) sum(followUpKey(table, year, code, 'semua', field), JENIS.map((jenis) => followUpKey(table, year, code, jenis, field)));
      }
      for (const jenis of ['semua', ...JENIS]) {
        const at = (field: string) => programKey(year, code, jenis, field);
        // What a journalist knows of the newer tables: participants by group of desa add up to
        // the participants, and those with an income are some of them.
        sum(at('peserta'), FOLLOW_UP_FIELDS.jangkauan.map((field) => followUpKey('jangkauan', year, code, jenis, field)));
        const income = followUpKey('hasil', year, code, jenis, 'peserta_pendapatan');
        if (cells.has(income) && cells.has(at('peserta'))) relations.push({ kind: 'le', sum: false, terms: [[income, 1], [at('peserta'), -1]] });
        if (cells.has(at(MEN))) relations.push({ kind: 'eq', sum: false, terms: [[at('peserta'), 1], [at('peserta_perempuan'), -1], [at(MEN), -1]] });
        for (const part of ['lulus', 'berwirausaha']) {
          if (cells.has(at(part)) && cells.has(at('peserta'))) relations.push({ kind: 'le', sum: false, terms: [[at(part), 1], [at('peserta'), -1]] });
        }
      }
    }
  }
  return { label, years: sortedYears, cells, relations };
}

/** The region code of a cell key (`program|2024|76.02|semua|peserta` → `76.02`). */
export const regionOf = (key: string) => key.split('|')[2]!;

/** Whether a region code is one of the given provinces or a kab/kota in one. */
export const inProvinces = (code: string, provinces: readonly string[]) => provinces.some((province) => code === province || code.startsWith(`${province}.`));

/**
 * The release restricted to a sample of provinces: the kab/kota of every other province are left
 * out, with every relation that holds one of them. The provinces themselves and the nation stay,
 * so the sample is still tied to the national totals through every other province's figures;
 * what is lost is only what other provinces' kab/kota tell about their own province. The LP then
 * stays small enough for this wasm solver.
 */
export function sampleProvinces(release: Release, provinces: readonly string[]): Release {
  const keep = (key: string) => !regionOf(key).includes('.') || inProvinces(regionOf(key), provinces);
  const cells = new Map([...release.cells].filter(([key]) => keep(key)));
  const relations = release.relations.filter((relation) => relation.terms.every(([key]) => keep(key)));
  return { ...release, cells, relations };
}

/** The release as if the given tables were published without suppression: their hidden cells at their true values. */
export function revealTables(release: Release, tables: readonly string[], truth: ReadonlyMap<string, number>): Release {
  const cells = new Map(release.cells);
  for (const [key, value] of cells) {
    if (value === 'hidden' && tables.includes(key.split('|')[0]!) && truth.has(key)) cells.set(key, truth.get(key)!);
  }
  return { ...release, cells };
}

/** Whole values in [min, max] (with a tolerance for solver round-off). */
export function wholeValues(min: number, max: number): number {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return Infinity;
  return Math.floor(max + 1e-6) - Math.ceil(min - 1e-6) + 1;
}

// ---------------------------------------------------------------------------------------------
// The linear program over the union of two releases.

type Side = 0 | 1;
interface Link {
  key: string;
  /** Variable ids: the hidden ends (one or two). */
  vars: number[];
  /** The published value on the other side, when only one end is hidden. */
  constant?: number;
}
interface Constraint {
  kind: 'eq' | 'le';
  terms: [variable: number, coefficient: number][];
  /** Σ terms = rhs ('eq') or ≤ rhs ('le'). */
  rhs: number;
}

export interface CellRange {
  release: string;
  key: string;
  min: number;
  max: number;
  values: number;
  /** True when min and max were both optimised; otherwise [min, max] is an inner bound already wide enough. */
  exact: boolean;
  /** Hidden here and published in the other release: that figure was set aside for this cell. */
  publishedInOther: boolean;
  /** Which order of dropping links gave this range, when the links contradicted each other. */
  scenario?: string;
}

export interface AttackResult {
  ranges: CellRange[];
  /** Links that made the union infeasible and were dropped (key order pass). */
  droppedLinks: string[];
  keptLinks: number;
  components: number;
  analysedComponents: number;
  linearPrograms: number;
}

export interface AttackOptions {
  /**
   * Analyse only the groups of connected hidden cells that touch a cell whose published status
   * or value differs between the releases: the other groups are the same in both releases, so
   * the union tells nothing a single release does not (the build audits single releases).
   */
  onlyChanged?: boolean;
  /**
   * Replaces the journalist's guess: link exactly the cells for which this is true (e.g. the
   * cells whose TRUE value did not change: a journalist who guesses right). Such links never
   * contradict each other, and none is dropped.
   */
  linked?: (key: string) => boolean;
  /** Measure only the hidden cells for which this is true (the others still take part in the LP). */
  measure?: (key: string) => boolean;
}

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highsRuntime: Promise<Highs> | undefined;

/** Minimises and maximises every hidden cell of either release over the union of both. */
export async function attackReleases(a: Release, b: Release, options: AttackOptions = {}): Promise<AttackResult> {
  const highs = await (highsRuntime ??= highsLoader());
  const releases = [a, b] as const;
  const varOf: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  const varInfo: { side: Side; key: string }[] = [];
  for (const side of [0, 1] as Side[]) {
    for (const [key, value] of releases[side].cells) {
      if (value !== 'hidden') continue;
      varOf[side].set(key, varInfo.length);
      varInfo.push({ side, key });
    }
  }

  const constraints: Constraint[] = [];
  const touched: boolean[] = [];
  const sharedYears = new Set(a.years.filter((year) => b.years.includes(year)));
  // Published differently (a value, `[c]`, or no figure at all) in a year of both releases.
  const differs = (key: string) => sharedYears.has(yearOf(key)) && a.cells.get(key) !== b.cells.get(key);
  for (const side of [0, 1] as Side[]) {
    for (const relation of releases[side].relations) {
      const terms: [number, number][] = [];
      let rhs = 0;
      for (const [key, coefficient] of relation.terms) {
        const value = releases[side].cells.get(key)!;
        if (value === 'hidden') terms.push([varOf[side].get(key)!, coefficient]);
        else rhs -= coefficient * value;
      }
      if (terms.length === 0) {
        // Every relation must hold on the published figures, or the model is wrong.
        if (relation.kind === 'eq' ? rhs !== 0 : rhs < 0) throw new Error(`${releases[side].label}: the published figures break ${relation.terms.map(([key, c]) => `${c > 0 ? '+' : '−'}${key}`).join(' ')}`);
        continue;
      }
      constraints.push({ kind: relation.kind, terms, rhs });
      touched.push(relation.terms.some(([key]) => differs(key)));
    }
  }

  // Journalist: link unless both published (equal: nothing to link; different: changed).
  const links: Link[] = [];
  for (const key of [...a.cells.keys()].filter((key) => sharedYears.has(yearOf(key)) && b.cells.has(key)).sort()) {
    if (options.linked && !options.linked(key)) continue;
    const va = a.cells.get(key)!;
    const vb = b.cells.get(key)!;
    if (va === 'hidden' && vb === 'hidden') links.push({ key, vars: [varOf[0].get(key)!, varOf[1].get(key)!] });
    else if (va === 'hidden') links.push({ key, vars: [varOf[0].get(key)!], constant: vb as number });
    else if (vb === 'hidden') links.push({ key, vars: [varOf[1].get(key)!], constant: va as number });
  }

  // Groups of connected hidden cells.
  const parent = varInfo.map((_, index) => index);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  const join = (vars: number[]) => {
    for (const v of vars.slice(1)) parent[find(v)] = find(vars[0]!);
  };
  for (const constraint of constraints) join(constraint.terms.map(([v]) => v));
  for (const link of links) join(link.vars);
  const groups = new Map<number, { vars: number[]; constraints: Constraint[]; links: Link[]; touched: boolean }>();
  const group = (v: number) => {
    const root = find(v);
    let found = groups.get(root);
    if (!found) groups.set(root, (found = { vars: [], constraints: [], links: [], touched: false }));
    return found;
  };
  varInfo.forEach((_, v) => group(v).vars.push(v));
  constraints.forEach((constraint, index) => {
    const g = group(constraint.terms[0]![0]);
    g.constraints.push(constraint);
    if (touched[index]) g.touched = true;
  });
  for (const link of links) {
    const g = group(link.vars[0]!);
    g.links.push(link);
    if (link.constant !== undefined) g.touched = true;
  }

  let linearPrograms = 0;
  /** Solves; with an objective, returns its optimum and the optimal point (values of all variables). */
  const solve = (vars: number[], rows: Constraint[], objective?: { variable: number; sense: 'Minimize' | 'Maximize' }): { value: number; point?: Map<number, number> } | 'infeasible' => {
    const name = (v: number) => `x${v}`;
    const term = ([v, coefficient]: [number, number]) => `${coefficient < 0 ? '-' : '+'} ${Math.abs(coefficient)} ${name(v)}`;
    const lines = [objective?.sense ?? 'Minimize', ` obj: ${objective ? name(objective.variable) : `0 ${name(vars[0]!)}`}`, 'Subject To'];
    rows.forEach((row, index) => lines.push(` r${index}: ${row.terms.map(term).join(' ')} ${row.kind === 'eq' ? '=' : '<='} ${row.rhs}`));
    lines.push('Bounds', ...vars.map((v) => ` ${name(v)} >= 0`), 'End');
    const text = lines.join('\n');
    linearPrograms++;
    let result = highs.solve(text, { output_flag: false });
    if (result.Status === 'Primal infeasible or unbounded') result = highs.solve(text, { output_flag: false, presolve: 'off' });
    if (result.Status === 'Infeasible') return 'infeasible';
    if (result.Status === 'Unbounded') return { value: objective?.sense === 'Maximize' ? Infinity : -Infinity };
    if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
    if (!objective) return { value: 0 };
    const columns = result.Columns;
    return { value: columns[name(objective.variable)]!.Primal, point: new Map(vars.map((v) => [v, columns[name(v)]?.Primal ?? 0])) };
  };
  const linkRows = (link: Link): Constraint[] =>
    link.constant !== undefined
      ? [{ kind: 'eq', terms: [[link.vars[0]!, 1]], rhs: link.constant }]
      : [{ kind: 'eq', terms: [[link.vars[0]!, 1], [link.vars[1]!, -1]], rhs: 0 }];
  const feasible = (g: { vars: number[]; constraints: Constraint[] }, kept: Link[]) => solve(g.vars, [...g.constraints, ...kept.flatMap(linkRows)]) !== 'infeasible';
  const possible = (min: number, max: number) => wholeValues(min, max) >= POSSIBLE_VALUES;
  /**
   * Adds `links` one at a time to `kept`, each only if the figures still fit. Same result as the
   * plain loop, with fewer LPs: a batch that fits as a whole is taken at once (each of its links
   * would fit in turn); one that does not is split in two halves, taken in order.
   */
  const addOneByOne = (g: { vars: number[]; constraints: Constraint[] }, kept: Link[], links: Link[]): Link[] => {
    if (links.length === 0) return kept;
    if (feasible(g, [...kept, ...links])) return [...kept, ...links];
    if (links.length === 1) return kept;
    const half = Math.ceil(links.length / 2);
    return addOneByOne(g, addOneByOne(g, kept, links.slice(0, half)), links.slice(half));
  };

  const ranges: CellRange[] = [];
  const droppedLinks: string[] = [];
  let keptLinks = 0;
  let analysedComponents = 0;
  for (const g of groups.values()) {
    if (options.onlyChanged && !g.touched) continue;
    analysedComponents++;
    const label = (v: number) => `${releases[varInfo[v]!.side].label} ${varInfo[v]!.key}`;
    if (!feasible(g, [])) throw new Error(`the model of a single release is infeasible (a relation is wrong): ${g.vars.map(label).join(', ')}`);
    const consistent = feasible(g, g.links);
    if (!consistent && options.linked) throw new Error(`the given links contradict the published figures: ${g.vars.map(label).join(', ')}`);
    // When the links contradict each other, two deterministic journalists: one adds them in key
    // order, one in reverse key order, each keeping a link only if the figures still fit.
    const scenarios = consistent ? [{ name: undefined, order: g.links }] : [{ name: 'links in key order', order: g.links }, { name: 'links in reverse key order', order: [...g.links].reverse() }];
    const firstRange = new Map<number, CellRange>();
    for (const scenario of scenarios) {
      const greedy = new Map<Link | undefined, Link[]>();
      const keptWithout = (excluded: Link | undefined): Link[] => {
        const cached = greedy.get(excluded);
        if (cached) return cached;
        const candidates = scenario.order.filter((link) => link !== excluded);
        const base = greedy.get(undefined);
        let kept: Link[];
        if (consistent || (base && !base.includes(excluded!))) {
          // A subset of consistent links is consistent; a link the base pass dropped changes
          // nothing in the one-by-one pass. Both give what the pass below would.
          kept = (base ?? candidates).filter((link) => link !== excluded);
        } else {
          kept = addOneByOne(g, [], candidates);
        }
        greedy.set(excluded, kept);
        return kept;
      };
      const base = keptWithout(undefined);
      if (scenario === scenarios[0]) {
        keptLinks += base.length;
        for (const link of g.links) if (!base.includes(link)) droppedLinks.push(link.key);
      }
      // Every optimum is a feasible point: the values it gives each variable bound that
      // variable's range from inside. A variable already seen taking values 10 apart under the
      // same links needs no LP of its own (its range is wide enough; reported as seen).
      const seen = new Map<Link[], { low: Map<number, number>; high: Map<number, number> }>();
      for (const v of g.vars) {
        const { side, key } = varInfo[v]!;
        if (options.measure && !options.measure(key)) continue;
        // A link to the cell's own published value in the other release only restates that
        // figure: measure the cell as if it alone had changed.
        const own = options.linked ? undefined : g.links.find((link) => link.key === key && link.constant !== undefined);
        const kept = keptWithout(own);
        let points = seen.get(kept);
        if (!points) seen.set(kept, (points = { low: new Map(), high: new Map() }));
        const { low, high } = points;
        const record = (point: Map<number, number> | undefined) => {
          for (const [variable, value] of point ?? []) {
            if (!(value >= low.get(variable)!)) low.set(variable, value);
            if (!(value <= high.get(variable)!)) high.set(variable, value);
          }
        };
        const rows = [...g.constraints, ...kept.flatMap(linkRows)];
        let min = low.get(v) ?? Infinity;
        let max = high.get(v) ?? -Infinity;
        let exact = false;
        if (!low.has(v) || !possible(min, max)) {
          const highest = solve(g.vars, rows, { variable: v, sense: 'Maximize' });
          if (highest === 'infeasible') throw new Error(`infeasible after linking: ${label(v)}`);
          record(highest.point);
          max = highest.value;
          min = Math.min(min, low.get(v) ?? Infinity);
          if (!possible(min, max)) {
            const lowest = solve(g.vars, rows, { variable: v, sense: 'Minimize' });
            if (lowest === 'infeasible') throw new Error(`infeasible after linking: ${label(v)}`);
            record(lowest.point);
            min = lowest.value;
            exact = true;
          }
        }
        const range: CellRange = { release: releases[side].label, key, min, max, values: wholeValues(min, max), exact, publishedInOther: own !== undefined };
        const first = firstRange.get(v);
        if (first && ((first.min === min && first.max === max) || (possible(first.min, first.max) && possible(min, max)))) {
          delete first.scenario; // the same in both orders
          continue;
        }
        if (scenario.name) range.scenario = scenario.name;
        if (!first) firstRange.set(v, range);
        ranges.push(range);
      }
    }
  }
  return { ranges, droppedLinks, keptLinks, components: groups.size, analysedComponents, linearPrograms };
}

// ---------------------------------------------------------------------------------------------
// Plain differencing, no LP: a total published in both releases, minus its parts published in
// this release, minus the parts hidden here but published in the other release (assumed unchanged).

export interface Difference {
  release: string;
  key: string;
  value: number;
  /** The cells assumed unchanged from the other release. */
  assumed: string[];
  total: string;
}

export function differencing(a: Release, b: Release): Difference[] {
  const found: Difference[] = [];
  const shared = new Set(a.years.filter((year) => b.years.includes(year)));
  for (const [here, other] of [[a, b], [b, a]] as const) {
    for (const relation of here.relations) {
      if (!relation.sum) continue;
      const [[total], ...parts] = relation.terms as [[string, number], ...[string, number][]];
      if (!shared.has(yearOf(total)) || typeof here.cells.get(total) !== 'number' || typeof other.cells.get(total) !== 'number') continue;
      const hidden = parts.map(([key]) => key).filter((key) => here.cells.get(key) === 'hidden');
      const published = parts.reduce((sum, [key]) => sum + (typeof here.cells.get(key) === 'number' ? (here.cells.get(key) as number) : 0), 0);
      for (const target of hidden) {
        const assumed = hidden.filter((key) => key !== target);
        if (!assumed.every((key) => typeof other.cells.get(key) === 'number')) continue;
        const value = (here.cells.get(total) as number) - published - assumed.reduce((sum, key) => sum + (other.cells.get(key) as number), 0);
        found.push({ release: here.label, key: target, value, assumed, total });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The true values, from the input CSV files (to tell small counts from complements).

/** True person counts per cell key, aggregated from a data folder's CSV files (sum of reported values). */
export function trueCounts(dataDir: string, years: readonly number[], tables: Tables): Map<string, number> {
  const parentOf = new Map(tables.wilayah.map((region) => [region.kode as string, region.kode_induk as string]));
  const retired = readCsv(path.join(dataDir, 'wilayah', 'kode-lama.csv'));
  const truth = new Map<string, number>();
  const add = (key: string, value: number) => truth.set(key, (truth.get(key) ?? 0) + value);
  const regionsOf = (desa: string, year: number) => {
    let code = desa.slice(0, 5);
    const moved = retired.find((row) => row.kode_lama === code && Number((row.berlaku_sampai ?? '').slice(0, 4)) >= year);
    if (moved) code = moved.kode_baru!;
    const chain = [code];
    while (parentOf.get(chain.at(-1)!)) chain.push(parentOf.get(chain.at(-1)!)!);
    return chain;
  };
  const count = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : Number(text.trim()));
  for (const year of years) {
    const kategori = new Map<string, string>();
    for (const row of readCsv(path.join(dataDir, String(year), 'kawasan.csv'))) {
      kategori.set(row.kode_desa!, row.kategori!);
      for (const field of KAWASAN_FIELDS) {
        const value = count(row[field]);
        if (value !== undefined) for (const code of regionsOf(row.kode_desa!, year)) add(kawasanKey(year, code, field), value);
      }
    }
    for (const row of readCsv(path.join(dataDir, String(year), 'program.csv'))) {
      for (const code of regionsOf(row.kode_desa!, year)) {
        for (const jenis of ['semua', row.jenis!]) {
          for (const field of PROGRAM_FIELDS) {
            const value = count(row[field]);
            if (value !== undefined) add(programKey(year, code, jenis, field), value);
          }
          // The newer tables, from the same rows: participants by the desa's category that year, and those with an income.
          const peserta = count(row.peserta);
          if (peserta === undefined) continue;
          const category = kategori.get(row.kode_desa!);
          const group = category === undefined ? 'tidak_dinilai' : category === 'bahaya' || category === 'waspada' ? 'rawan' : 'tidak_rawan';
          for (const field of FOLLOW_UP_FIELDS.jangkauan) add(followUpKey('jangkauan', year, code, jenis, field), field === `peserta_${group}` ? peserta : 0);
          const income = count(row.pendapatan_sebelum) !== undefined && count(row.pendapatan_sesudah) !== undefined;
          add(followUpKey('hasil', year, code, jenis, 'peserta_pendapatan'), income ? peserta : 0);
        }
      }
    }
  }
  for (const [key, value] of [...truth]) {
    if (key.endsWith('|peserta')) truth.set(key.replace(/peserta$/, MEN), value - (truth.get(key.replace(/peserta$/, 'peserta_perempuan')) ?? 0));
  }
  return truth;
}

function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const delimiter = text.split('\n', 1)[0]!.includes(';') ? ';' : ',';
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter }).data;
}

const small = (value: number) => value >= 1 && value < THRESHOLD;

/**
 * Whether the attack discloses a hidden cell: it narrows the cell to fewer than 10 whole values
 * AND, when the true value is known, that value is a small count (1–9) inside the range (a range
 * that misses the true value is a wrong guess from a link that does not hold, not a disclosure;
 * a complement of 10 or more may be narrowed, as within one release); when the true value is
 * not known, the range holds a small count.
 */
export function discloses(range: CellRange, truth: number | undefined): boolean {
  if (range.values >= POSSIBLE_VALUES) return false;
  if (truth !== undefined) return small(truth) && truth >= range.min - 1e-6 && truth <= range.max + 1e-6;
  return range.min < THRESHOLD - 1e-6 && range.max > 1 - 1e-6;
}

/** Same rule for a value recovered by plain differencing. */
export function differencingDiscloses(found: Difference, truth: number | undefined): boolean {
  return truth !== undefined ? small(truth) && found.value === truth : small(found.value);
}

/** `B (2025.1) program|2024|76.02|semua|lulus ∈ [4, 4]` */
export function describeRange(range: CellRange, truth?: number): string {
  const show = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : String(value));
  const notes = [
    `${range.values} possible value${range.values === 1 ? '' : 's'}`,
    ...(truth === undefined ? [] : [`true value ${truth}`]),
    ...(range.publishedInOther ? ['its figure in the other release set aside'] : []),
    ...(range.scenario ? [range.scenario] : []),
  ];
  return `${range.release} ${range.key} ∈ [${show(range.min)}, ${show(range.max)}] (${notes.join('; ')})`;
}

/** The ranges that disclose a small count, described for a failure message. */
export function disclosedRanges(ranges: readonly CellRange[], truthOf: (release: string, key: string) => number | undefined): string[] {
  return ranges.filter((range) => discloses(range, truthOf(range.release, range.key))).map((range) => describeRange(range, truthOf(range.release, range.key)));
}

/** The small counts plain differencing recovers, described for a failure message. */
export function differencingRecoveries(a: Release, b: Release, truthOf: (release: string, key: string) => number | undefined): string[] {
  return differencing(a, b)
    .filter((found) => differencingDiscloses(found, truthOf(found.release, found.key)))
    .map((found) => `${found.release} ${found.key} = ${found.value} (${found.total} minus its published parts${found.assumed.length ? `, assuming ${found.assumed.join(', ')} unchanged` : ''})`);
}
