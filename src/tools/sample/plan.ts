/**
 * Yearly plan of the synthetic sample: how many desa are assessed, the national category totals
 * and the number of empowerment activities. 2020 and 2021 are calibrated exactly to the totals
 * BNN published; the other years are synthetic values near them.
 */

export interface NationalRawan {
  bahaya: number;
  waspada: number;
}

/** National totals published by BNN (IKRN). */
export const PUBLISHED_NATIONAL_TOTALS: Readonly<Record<number, NationalRawan>> = {
  2020: { bahaya: 1884, waspada: 6859 },
  2021: { bahaya: 1852, waspada: 6839 },
};

/** Synthetic (not published) national totals for the other bundled years. */
const SYNTHETIC_NATIONAL_TOTALS: Readonly<Record<number, NationalRawan>> = {
  2019: { bahaya: 1907, waspada: 6921 },
  2022: { bahaya: 1838, waspada: 6811 },
  2023: { bahaya: 1821, waspada: 6779 },
  2024: { bahaya: 1809, waspada: 6742 },
  2025: { bahaya: 1793, waspada: 6716 },
};

/** Assessed desa per year in the bundled sample (coverage grows a little). */
const ASSESSED_DESA: Readonly<Record<number, number>> = {
  2019: 12_180,
  2020: 12_430,
  2021: 12_655,
  2022: 12_940,
  2023: 13_215,
  2024: 13_530,
  2025: 13_865,
};

/** Empowerment activities per year. */
const PROGRAMS: Readonly<Record<number, number>> = {
  2019: 1_560,
  2020: 1_640,
  2021: 1_755,
  2022: 1_890,
  2023: 2_020,
  2024: 2_165,
  2025: 2_310,
};

const FIRST_BUNDLED_YEAR = 2019;
const LAST_BUNDLED_YEAR = 2025;

export interface YearPlan {
  year: number;
  /** Every desa of the reference is assessed (national benchmark set). */
  allDesa: boolean;
  assessed: number;
  bahaya: number;
  waspada: number;
  siaga: number;
  aman: number;
  programs: number;
}

export interface PlanOptions {
  allDesa: boolean;
  /** Number of desa in the region reference. */
  desaTotal: number;
}

export function nationalRawan(year: number): NationalRawan {
  const known = PUBLISHED_NATIONAL_TOTALS[year] ?? SYNTHETIC_NATIONAL_TOTALS[year];
  if (known) return known;
  if (year < FIRST_BUNDLED_YEAR) {
    const back = FIRST_BUNDLED_YEAR - year;
    return { bahaya: 1907 + 19 * back, waspada: 6921 + 47 * back };
  }
  const ahead = year - LAST_BUNDLED_YEAR;
  return { bahaya: Math.max(1200, 1793 - 15 * ahead), waspada: Math.max(5000, 6716 - 29 * ahead) };
}

function assessedInSample(year: number): number {
  const known = ASSESSED_DESA[year];
  if (known !== undefined) return known;
  if (year < FIRST_BUNDLED_YEAR) return Math.max(10_000, 12_180 - 260 * (FIRST_BUNDLED_YEAR - year));
  return Math.min(16_000, 13_865 + 320 * (year - LAST_BUNDLED_YEAR));
}

function programsInYear(year: number): number {
  const known = PROGRAMS[year];
  if (known !== undefined) return known;
  if (year < FIRST_BUNDLED_YEAR) return Math.max(900, 1_560 - 90 * (FIRST_BUNDLED_YEAR - year));
  return Math.min(3_000, 2_310 + 140 * (year - LAST_BUNDLED_YEAR));
}

export function yearPlan(year: number, options: PlanOptions): YearPlan {
  const { bahaya, waspada } = nationalRawan(year);
  const assessed = options.allDesa ? options.desaTotal : assessedInSample(year);
  const rest = assessed - bahaya - waspada;
  if (rest < 0 || assessed > options.desaTotal) {
    throw new Error(`rencana tahun ${year} tidak mungkin: ${assessed} desa dinilai`);
  }
  // Siaga is most of the non-rawan desa in the (rawan-targeted) sample; in the all-desa
  // benchmark most desa are Aman.
  const siaga = Math.min(Math.round(rest * (0.6 + 0.005 * (year - FIRST_BUNDLED_YEAR))), Math.round(assessed * 0.18));
  return {
    year,
    allDesa: options.allDesa,
    assessed,
    bahaya,
    waspada,
    siaga,
    aman: rest - siaga,
    programs: programsInYear(year),
  };
}
