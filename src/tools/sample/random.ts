import {
  randomBinomial,
  randomInt,
  randomLcg,
  randomNormal,
  randomPoisson,
  randomUniform,
} from 'd3-random';

/**
 * Seeded randomness for the synthetic sample. The generator itself is d3-random's LCG; this module
 * only derives independent seeds for named streams (e.g. one per year and purpose), so that a year's
 * output never depends on which other years were generated in the same run.
 */
export interface Random {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** Standard normal. */
  normal(): number;
  bernoulli(p: number): boolean;
  poisson(lambda: number): number;
  binomial(n: number, p: number): number;
  pick<T>(items: readonly T[]): T;
  /** One of `items`, with probability proportional to `weights`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
}

/**
 * Mixes a seed and stream labels into a 32-bit LCG seed (FNV-1a over the text, then the murmur3
 * finaliser). This is a hash, not a generator: the numbers themselves come from d3-random.
 */
export function deriveSeed(seed: number, ...labels: readonly (string | number)[]): number {
  const text = [String(seed), ...labels.map(String)].join('\u001f');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // randomLcg reads integers >= 1 as the state itself; keep it positive and non-zero.
  return (h >>> 1) + 1;
}

/** A random stream for `seed` mixed with `labels` (e.g. `streamFor(seed, 'kawasan', 2021)`). */
export function streamFor(seed: number, ...labels: readonly (string | number)[]): Random {
  return createRandom(deriveSeed(seed, ...labels));
}

export function createRandom(lcgSeed: number): Random {
  const source = randomLcg(lcgSeed);
  const uniform = randomUniform.source(source)();
  const normal = randomNormal.source(source)();
  const intOf = randomInt.source(source);
  const poissonOf = randomPoisson.source(source);
  const binomialOf = randomBinomial.source(source);
  return {
    uniform,
    between: (min, max) => min + (max - min) * uniform(),
    int: (min, max) => intOf(min, max + 1)(),
    normal,
    bernoulli: (p) => uniform() < p,
    poisson: (lambda) => (lambda > 0 ? poissonOf(lambda)() : 0),
    binomial: (n, p) => (n > 0 ? binomialOf(n, p)() : 0),
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(uniform() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted<T>(items: readonly T[], weights: readonly number[]): T {
      let total = 0;
      for (const w of weights) total += w;
      let x = uniform() * total;
      for (let i = 0; i < items.length; i++) {
        x -= weights[i] ?? 0;
        if (x < 0) return items[i] as T;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new Error('weighted pick from an empty list');
      return last;
    },
  };
}
