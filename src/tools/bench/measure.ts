/**
 * Timing whole processes for `npm run bench`: a project script run with this process's Node
 * (the child reports its peak memory through BENCH_REPORT_RSS), and the small statistics the
 * benchmark prints.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { childEnvironment, PROJECT_ROOT } from '../../config.ts';

export interface Measure {
  seconds: number;
  /** Peak resident memory of the child (NaN when it did not report it). */
  maxRssMb: number;
  output: string;
}

/**
 * The arguments of `node` in an npm script of package.json (`"validate": "node --flag
 * scripts/validate.ts"` → `['--flag', 'scripts/validate.ts']`), so that the benchmark runs what
 * `npm run <name>` runs, Node options included.
 */
export function scriptArgs(name: string): string[] {
  const scripts = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [command, ...args] = (scripts[name] ?? '').trim().split(/\s+/);
  if (command !== 'node' || args.length === 0 || args.some((arg) => /[&|;<>$"'`]/.test(arg))) {
    throw new Error(`npm script "${name}" is not a plain "node … script" command: ${scripts[name]}`);
  }
  return args;
}

/** Runs `node <args>` in the project folder with `env` added; throws with its output when it fails. */
export function runMeasured(args: string[], env: Record<string, string> = {}): Measure {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: childEnvironment({ ...env, BENCH_REPORT_RSS: '1', ASTRO_TELEMETRY_DISABLED: '1' }),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${output.slice(-4000)}`);
  const rss = /__maxrss_kb=(\d+)/.exec(output);
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, output };
}

export const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const fmt = (x: number, digits = 2): string => x.toFixed(digits);
