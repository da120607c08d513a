import { pruneAuditCache, type AuditCache } from './audit-cache.ts';
import { auditProtection, auditSession, fewestPossibleValues, type AuditResult, type AuditSession } from './audit.ts';
import { LAST_RESORT_COST, requiredSpan, unknownTo, type DisclosureConfig, type ProtectionProblem } from './problem.ts';
import { CHANGE, cellsOf, relationIndex, relationsOfCell } from './relation-index.ts';
import { chooseComplement, suppress, suppressMore } from './suppression.ts';

export interface ProtectionResult {
  primary: Set<number>;
  suppressed: Set<number>;
  audit: AuditResult;
  rounds: number;
}

/**
 * Rounds before the build gives up. A round costs ~1 s once the first is done, and the last rounds
 * often fix one cell each (a count of a small programme group that several hidden records pin:
 * the national 10-year set needs 12), so the limit leaves room: giving up stops the build.
 */
const MAX_ROUNDS = 30;
const MAX_SEARCH_DEPTH = 4;

/**
 * Suppression until the audit passes. After each audit, every cell still too narrowly bounded
 * gets one more complementary suppression in the nearest relation that still has a published
 * cell to give (its own relations first, then those reached through its hidden neighbours), and
 * the secondary pass runs again over the relations those cells touch (`suppressMore`). If the
 * audit still fails after MAX_ROUNDS, the failures are returned and the build must stop.
 */
export async function protectCells(
  problem: ProtectionProblem,
  config: DisclosureConfig,
  /** Cells to suppress from the start (those an earlier release suppressed, with the same value). */
  start: Iterable<number> = [],
  /** Components' results kept between builds (audit-cache.ts). */
  cache?: AuditCache,
): Promise<ProtectionResult> {
  const session = auditSession(problem, cache);
  const started = Date.now();
  try {
    return await protectInRounds(problem, config, start, session);
  } finally {
    await session.workers.close();
    if (cache) pruneAuditCache(cache, started);
  }
}

async function protectInRounds(problem: ProtectionProblem, config: DisclosureConfig, start: Iterable<number>, session: AuditSession): Promise<ProtectionResult> {
  let suppression = suppress(problem, config, start);
  // Suppressing more cells only removes what a reader knows, so ranges can only widen: a cell
  // that passed once passes for good, and later rounds audit only the cells that failed.
  const passed = new Map<number, AuditResult['ranges'][number]>();
  let linearPrograms = 0;
  let cachedComponents = 0;
  let components = 0;
  let largestComponent = 0;
  let failing: Set<number> | undefined;
  for (let round = 1; ; round++) {
    const { primary, suppressed } = suppression;
    const partial = await auditProtection(problem, suppressed, config, failing, session);
    linearPrograms += partial.linearPrograms;
    cachedComponents += partial.cachedComponents;
    if (round === 1) ({ components, largestComponent } = partial);
    const failed = new Set(partial.failures.map((failure) => failure.cell));
    for (const range of partial.ranges) if (!failed.has(range.cell)) passed.set(range.cell, range);
    if (failed.size === 0 || round >= MAX_ROUNDS) {
      const ranges = [...passed.values(), ...partial.failures].sort((a, b) => a.cell - b.cell);
      const audit: AuditResult = {
        ranges,
        failures: partial.failures,
        fewestPossibleValues: fewestPossibleValues(problem, ranges),
        components,
        largestComponent,
        linearPrograms,
        cachedComponents,
      };
      return { primary, suppressed, audit, rounds: round };
    }
    failing = failed;
    // Each failure's complement, the earlier ones of this round already counted as hidden.
    const complements = new Set<number>();
    const hidden = unknownTo(problem, suppressed);
    const unknown = (cell: number) => hidden(cell) || complements.has(cell);
    for (const failure of partial.failures) {
      const candidate = nearestComplement(problem, failure.cell, unknown, requiredSpan(config));
      if (candidate !== undefined) complements.add(candidate);
    }
    suppression = suppressMore(problem, config, suppression, complements);
  }
}

/**
 * The published cell to hide next for a cell still too narrowly bounded: in its own relations
 * first, then in those reached through its hidden neighbours (up to MAX_SEARCH_DEPTH). Cells of
 * last resort (`LAST_RESORT_COST`) only when a search of every depth without them found nothing.
 */
function nearestComplement(problem: ProtectionProblem, start: number, unknown: (cell: number) => boolean, span: number): number | undefined {
  // The sums and the order relations (a change is hidden with its sources, never chosen).
  const index = relationIndex(problem);
  const neighbours = (cell: number) => Array.from(relationsOfCell(index, cell)).filter((relation) => index.kind[relation] !== CHANGE);
  for (const lastResort of [false, true]) {
    let frontier = [start];
    const seen = new Set(frontier);
    for (let depth = 0; depth < MAX_SEARCH_DEPTH && frontier.length > 0; depth++) {
      const reached = [...new Set(frontier.flatMap((cell) => neighbours(cell).flatMap((relation) => [...cellsOf(index, relation)])))];
      const published = reached.filter((cell) => !unknown(cell) && (lastResort || problem.cost[cell]! < LAST_RESORT_COST));
      const candidate = chooseComplement(problem, published, span);
      if (candidate !== undefined) return candidate;
      frontier = reached.filter((cell) => unknown(cell) && !seen.has(cell));
      for (const cell of frontier) seen.add(cell);
    }
  }
  return undefined;
}
