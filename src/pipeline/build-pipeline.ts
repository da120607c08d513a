import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { formatLeakReport, leakReportPassed, regionPublicTerms, scanForLeaks } from './audit/leak-guard.ts';
import { DISCLOSURE_CONFIG } from './protect/config.ts';
import { disclosureLogLines } from './protect/report.ts';
import { buildPublicDataset } from './publish/public-dataset.ts';
import { writePublicDataset } from './publish/write-public-dataset.ts';
import { loadRegionReference } from './reference/region-reference.ts';
import { validateInputs } from './validate/inputs.ts';
import { reportLines } from './validate/report.ts';

export interface PipelinePaths {
  dataDir: string;
  /** Where the public dataset is written (the site reads it from here). */
  publicDataDir: string;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * read → validate → normalise codes → aggregate → protect → audit → public dataset.
 * Returns false (after printing why) when anything fails; the public dataset is then not written.
 */
export async function buildPublicData(
  paths: PipelinePaths,
  log: (line: string) => void,
  /** `collectPrivateValues`: keep the never-publish values for the leak guard of a site build (default true). */
  options: { collectPrivateValues?: boolean } = {},
) {
  const started = performance.now();
  const reference = await loadRegionReference();
  const validation = await validateInputs(paths.dataDir, reference, { collectPrivateValues: options.collectPrivateValues ?? true });
  for (const line of reportLines(validation, seconds(started), {
    languages: ['id', 'en'],
    maxIssues: 50,
    githubAnnotations: process.env.GITHUB_ACTIONS === 'true',
  })) log(line);
  if (!validation.inputs) return undefined;

  const protecting = performance.now();
  const { dataset, disclosure } = await buildPublicDataset(validation.inputs, reference, DISCLOSURE_CONFIG);
  for (const line of disclosureLogLines(disclosure, seconds(protecting))) log(line);
  if (disclosure.audit.failures.length > 0) {
    log(`✗ Audit gagal: ${disclosure.audit.failures.length} sel terlindungi masih dapat dipersempit. Tidak ada yang diterbitkan. / Audit failed: nothing was published.`);
    return undefined;
  }
  const files = await writePublicDataset(paths.publicDataDir, dataset, disclosure);
  log(`✓ Dataset publik / public dataset: ${dataset.kawasan.length.toLocaleString('id-ID')} baris kawasan, ${dataset.program.length.toLocaleString('id-ID')} baris program, ${files.length} berkas → ${path.relative(process.cwd(), paths.publicDataDir)}/`);
  return { dataset, disclosure, inputs: validation.inputs, reference };
}

/**
 * Scans a built site for anything that must never be published, then moves it into place.
 * The previous `dist/` stays untouched unless the scan passes.
 */
export async function guardAndPublish(
  stagingDir: string,
  distDir: string,
  secrets: { privateValues: Map<string, Set<string>>; reference: Awaited<ReturnType<typeof loadRegionReference>> },
  log: (line: string) => void,
): Promise<boolean> {
  const report = await scanForLeaks(stagingDir, {
    privateValues: secrets.privateValues,
    desaCodes: secrets.reference.desaCodes,
    kecamatanCodes: secrets.reference.kecamatanCodes,
    publicTerms: regionPublicTerms(secrets.reference),
  });
  for (const line of formatLeakReport(report)) log(line);
  if (!leakReportPassed(report)) {
    await rm(stagingDir, { recursive: true, force: true });
    return false;
  }
  await rm(distDir, { recursive: true, force: true });
  await mkdir(path.dirname(distDir), { recursive: true });
  await rename(stagingDir, distDir);
  return true;
}
