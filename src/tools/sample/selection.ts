import type { YearPlan } from './plan.ts';
import type { Population } from './population.ts';
import type { Random } from './random.ts';

/**
 * Splits `total` into integers proportional to `weights`, none above its cap (largest remainder,
 * ties to the lower index). Entries with weight 0 or cap 0 get 0.
 */
export function apportion(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const n = weights.length;
  const result = new Array<number>(n).fill(0);
  let capacity = 0;
  for (let i = 0; i < n; i++) if ((weights[i] ?? 0) > 0) capacity += caps[i] ?? 0;
  if (!Number.isInteger(total) || total < 0 || total > capacity) {
    throw new Error(`tidak dapat membagi ${total} ke kapasitas ${capacity}`);
  }
  let active = weights.flatMap((w, i) => (w > 0 && (caps[i] ?? 0) > 0 ? [i] : []));
  let remaining = total;
  // Water-filling: give capped entries their cap, share the rest among the others.
  let shares = new Map<number, number>();
  for (;;) {
    const weightSum = active.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
    shares = new Map(active.map((i) => [i, (remaining * (weights[i] ?? 0)) / weightSum]));
    const capped = active.filter((i) => (shares.get(i) ?? 0) >= (caps[i] ?? 0));
    if (capped.length === 0) break;
    for (const i of capped) {
      result[i] = caps[i] ?? 0;
      remaining -= caps[i] ?? 0;
    }
    active = active.filter((i) => !capped.includes(i));
    if (active.length === 0) break;
  }
  let given = 0;
  const remainders: { index: number; fraction: number }[] = [];
  for (const i of active) {
    const share = shares.get(i) ?? 0;
    const whole = Math.floor(share);
    result[i] = whole;
    given += whole;
    remainders.push({ index: i, fraction: share - whole });
  }
  remainders.sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (let r = 0; r < remaining - given; r++) {
    const entry = remainders[r];
    if (!entry) throw new Error('pembagian tidak habis');
    result[entry.index] = (result[entry.index] ?? 0) + 1;
  }
  return result;
}

export interface Selection {
  /** Indices into `population.desaCodes` of the desa assessed this year, ascending. */
  desa: Int32Array;
  /** Kab/kota (codes) deliberately left without any assessed desa this year. */
  skippedKabkota: readonly string[];
}

/**
 * Chooses the desa assessed in a year. Every kab/kota gets a quota (at least one desa) from its
 * survey weight, except a handful of remote kabupaten left out this year; inside a kab/kota the
 * desa with the highest persistent survey propensity (plus a little yearly noise) are chosen, so
 * the same desa are mostly assessed again the next year.
 */
export function selectAssessed(population: Population, plan: YearPlan, random: Random): Selection {
  const { kabkota } = population;
  if (plan.allDesa) {
    return { desa: Int32Array.from(population.desaCodes.keys()), skippedKabkota: [] };
  }
  const remote = kabkota.flatMap((kab, k) => (kab.remote ? [k] : []));
  const skipCount = random.int(2, 6);
  const skipped = new Set<number>();
  while (skipped.size < Math.min(skipCount, remote.length)) skipped.add(random.pick(remote));

  const weights = kabkota.map((kab, k) => (skipped.has(k) ? 0 : kab.surveyWeight * Math.exp(0.08 * random.normal())));
  const caps = kabkota.map((kab) => kab.desaEnd - kab.desaStart - 1);
  const participating = weights.filter((w) => w > 0).length;
  const quotas = apportion(plan.assessed - participating, weights, caps).map((q, k) =>
    skipped.has(k) ? 0 : q + 1,
  );

  const chosen: number[] = [];
  kabkota.forEach((kab, k) => {
    const candidates: { desa: number; priority: number }[] = [];
    for (let d = kab.desaStart; d < kab.desaEnd; d++) {
      const priority =
        (population.surveyBase[d] ?? 0) + 0.7 * (population.riskBase[d] ?? 0) + 0.2 * random.normal();
      candidates.push({ desa: d, priority });
    }
    candidates.sort((a, b) => b.priority - a.priority || a.desa - b.desa);
    const quota = quotas[k] ?? 0;
    for (let i = 0; i < quota; i++) chosen.push((candidates[i] as { desa: number }).desa);
  });
  chosen.sort((a, b) => a - b);
  return {
    desa: Int32Array.from(chosen),
    skippedKabkota: [...skipped].sort((a, b) => a - b).map((k) => kabkota[k]?.code ?? ''),
  };
}
