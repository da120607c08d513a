import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in src/pipeline/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The input data folder: `DASHBOARD_DATA_DIR` when set (relative to the working directory), else `data/`. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.DASHBOARD_DATA_DIR?.trim();
  return configured ? path.resolve(configured) : path.join(PROJECT_ROOT, 'data');
}

/** Where the pipeline writes the public dataset the site reads (`PUBLIC_DATA_DIR`, default `build/public-data`). */
export function publicDataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PUBLIC_DATA_DIR?.trim();
  return configured ? path.resolve(configured) : path.join(PROJECT_ROOT, 'build', 'public-data');
}

/** Where `npm run build` puts the site (`DASHBOARD_OUT_DIR`, default `dist`). */
export function outputDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.DASHBOARD_OUT_DIR?.trim();
  return configured ? path.resolve(configured) : path.join(PROJECT_ROOT, 'dist');
}
