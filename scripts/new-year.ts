/**
 * `npm run new-year -- 2026`: makes `data/2026/` (or under DASHBOARD_DATA_DIR) with header-only
 * `kawasan.csv` and `program.csv` in contract column order, then prints the next steps.
 * Never overwrites: exit 1 when the folder exists or the arguments are wrong.
 *
 * Options: --pemisah titik-koma|koma (alias --delimiter; default titik-koma, as Excel set to
 * Indonesian writes CSV), --help.
 */
import { parseArgs } from 'node:util';
import { dataDirectory } from '../src/pipeline/config.ts';
import {
  nextSteps,
  parseDelimiter,
  parseYearArgument,
  scaffoldYear,
  USAGE,
  type Bilingual,
} from '../src/tools/staff/new-year.ts';
import { runCli } from './cli.ts';

const both = (message: Bilingual, mark = '') => `${mark}${message.id}\n  [EN] ${message.en}`;

await runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        pemisah: { type: 'string' },
        delimiter: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(both({ id: `Pilihan tidak dikenal (${detail}). ${USAGE.id}`, en: `Unknown option (${detail}). ${USAGE.en}` }, '✗ '));
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(both({
      id: `${USAGE.id}\nMembuat folder tahun berisi kawasan.csv dan program.csv (baris judul saja). Pilihan: --pemisah titik-koma (bawaan, Excel Indonesia) | koma.`,
      en: `${USAGE.en}\nMakes a year folder with header-only kawasan.csv and program.csv. Options: --delimiter semicolon (default, Indonesian Excel) | comma.`,
    }));
    return 0;
  }

  const year = parseYearArgument(positionals, new Date().getFullYear());
  if (!year.ok) {
    console.error(both(year.problem, '✗ '));
    return 1;
  }
  const delimiter = parseDelimiter(values.pemisah ?? values.delimiter);
  if (!delimiter) {
    console.error(both({
      id: `Pemisah "${values.pemisah ?? values.delimiter}" tidak dikenal: pilih titik-koma atau koma.`,
      en: `Unknown delimiter "${values.pemisah ?? values.delimiter}": choose semicolon or comma.`,
    }, '✗ '));
    return 1;
  }

  const result = await scaffoldYear(dataDirectory(), year.year, delimiter);
  if (!result.ok) {
    console.error(both(result.problem, '✗ '));
    return 1;
  }
  console.log(`✓ Folder tahun ${year.year} dibuat / year folder created: ${result.folder}/`);
  for (const file of result.files) {
    console.log(`    ${file.path}  (baris judul saja, ${file.columns} kolom / header only, ${file.columns} columns)`);
  }
  for (const note of result.notes) console.log(both(note, '! '));
  console.log('\nLangkah berikutnya / next steps:');
  for (const step of nextSteps(result.folder, year.year)) console.log(`  ${step.id}\n    [EN] ${step.en}`);
  return 0;
});
