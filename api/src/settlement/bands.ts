// Banded entitlement on a year-to-date accumulator (DOMAIN.md §5 step 2, reused by step 4).
import type { Explainer } from './explain';
import { halfUpBp } from './money';
import type { Band } from './rules';
import type { Payer } from './types';

/**
 * entitlement(acc) = Σ_bands half_up(max(0, min(acc, upto) − max(floor, lower)) × (rate + bonus)),
 * where lower is the previous band's upto (first band: the floor, i.e. the deductible or threshold).
 */
export function bandedEntitlement(
  accumulatedFen: number,
  floorFen: number,
  bands: readonly Band[],
  rateBonusBp: number,
  payer: Payer,
  explain: Explainer | null,
): number {
  let entitlement = 0;
  let lower = floorFen;
  for (let i = 0; i < bands.length; i++) {
    const upto = bands[i].uptoFen;
    const top = upto === null || accumulatedFen < upto ? accumulatedFen : upto;
    const from = lower > floorFen ? lower : floorFen;
    if (top > from) {
      const rate = bands[i].rateBp + rateBonusBp;
      const amount = halfUpBp(top - from, rate);
      entitlement += amount;
      explain?.band(payer, i + 1, from, top, rate, amount, rateBonusBp);
    }
    if (upto === null || accumulatedFen <= upto) break;
    lower = upto;
  }
  return entitlement;
}
