/**
 * The map of the public dataset (`peta.json`): what the pipeline writes next to the tables is
 * what the site reads back (public schema), and it holds nothing the leak guard looks for.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultBoundaries, publicMap } from '../../src/pipeline/geo/boundaries.ts';
import { leakReportPassed, regionPublicTerms, scanForLeaks } from '../../src/pipeline/leak-guard/leak-guard.ts';
import { PUBLIC_MAP_FILE, publicMapSchema, type PublicMap } from '../../src/pipeline/publish/public-schema.ts';
import { loadRegionReference, type RegionReference } from '../../src/pipeline/reference/region-reference.ts';
import { validateInputs } from '../../src/pipeline/validate/inputs.ts';

let dir: string;
let reference: RegionReference;
let map: PublicMap;
/** `peta.json` as `writePublicDataset` writes it. */
let written: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'public-map-'));
  reference = await loadRegionReference();
  map = publicMap(undefined, reference.kabkota.length);
  written = `${JSON.stringify(map)}\n`;
  await writeFile(path.join(dir, PUBLIC_MAP_FILE), written);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the public map (peta.json)', () => {
  it('reads back through the public schema as the same geometry and notes the pipeline built', () => {
    const read = publicMapSchema.parse(JSON.parse(written));
    expect(read).toEqual(map);
    expect(read.features).toEqual(loadDefaultBoundaries().features);
    expect(read.notes.counts).toEqual({ kabkota: 514, polygons: 514 });
    const codes = read.features.features.flatMap((f) => f.properties.codes);
    expect(codes.sort()).toEqual(reference.kabkota.map((k) => k.code).sort());
  });

  it('holds one kab/kota per geometry: a geometry naming two codes does not read', () => {
    const twoCodes = structuredClone(map);
    twoCodes.features.features[0]!.properties.codes.push('32.18');
    expect(publicMapSchema.safeParse(twoCodes).success).toBe(false);
  });

  it('holds only kab/kota codes, no desa or kecamatan code, coordinate or never-publish value (leak guard, canary fixture)', async () => {
    const canary = await validateInputs(path.resolve(import.meta.dirname, '../fixtures/canary'), reference, { collectPrivateValues: true, threads: 1 });
    expect(canary.inputs?.privateValues.get('lintang')?.size).toBeGreaterThan(0);
    const secrets = {
      privateValues: canary.inputs!.privateValues,
      desaCodes: reference.desaCodes,
      kecamatanCodes: reference.kecamatanCodes,
      publicTerms: regionPublicTerms(reference),
    };
    const report = await scanForLeaks(dir, secrets);
    expect(report.filesScanned).toBe(1);
    expect(report.hits).toEqual([]);
    expect(leakReportPassed(report)).toBe(true);
    // Not vacuous: the same file with one vertex moved onto a canary coordinate is caught.
    const tainted = path.join(dir, 'tainted');
    await mkdir(tainted);
    await writeFile(path.join(tainted, PUBLIC_MAP_FILE), written.replace(/\[(\d+\.\d+),(-?\d+\.\d+)\]/, '[107.6124003,-6.9124007]'));
    expect((await scanForLeaks(tainted, secrets)).hits.map((hit) => hit.kind)).toEqual(['coordinate', 'coordinate']);
  });
});
