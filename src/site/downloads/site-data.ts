/**
 * What the downloads, changelog and dictionary pages read at build time: the manifest and the
 * changelog that `prepareDownloads` wrote next to the public dataset
 * (`<PUBLIC_DATA_DIR>/downloads/`). Read once per build. Undefined when the downloads were not
 * prepared (e.g. `astro dev` without a build): pages then say so instead of listing files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { currentConfig } from '../../config.ts';
import type { Changelog, DownloadsManifest } from '../../pipeline/publish/public-schema.ts';

export interface DownloadsView {
  manifest: DownloadsManifest;
  changelog: Changelog;
}

let cached: { dir: string; view: DownloadsView | undefined } | undefined;

export function downloadsDataDir(publicDataDir: string = currentConfig().publicDataDir): string {
  return path.join(publicDataDir, 'downloads');
}

export function loadDownloads(dir = downloadsDataDir()): DownloadsView | undefined {
  if (cached?.dir === dir) return cached.view;
  let view: DownloadsView | undefined;
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as DownloadsManifest;
    const changelog = JSON.parse(readFileSync(path.join(dir, 'changelog.json'), 'utf8')) as Changelog;
    view = { manifest, changelog };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    console.warn(`[downloads] ${dir}/manifest.json not found: the downloads pages list no files (run prepareDownloads before astro build)`);
    view = undefined;
  }
  cached = { dir, view };
  return view;
}
