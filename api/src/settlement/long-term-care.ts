// Long-term care: a monthly benefit on the eligible care cost, up to the grade's prorated standard.
import type { Explainer } from './explain';
import { halfUpBp, halfUpFraction } from './money';
import type { LongTermCareRules } from './rules';
import { ZERO_YTD, type LongTermCareClaim, type SettlementAmounts } from './types';

export function settleLongTermCare(
  rules: LongTermCareRules | undefined,
  claim: LongTermCareClaim,
  explain: Explainer | null,
): SettlementAmounts {
  const costFen = claim.eligibleCostFen;
  explain?.careCost(costFen);
  const longTermCareFen = longTermCarePays(rules, claim, explain);
  const amounts: SettlementAmounts = {
    basicFen: 0,
    criticalIllnessFen: 0,
    assistanceFen: 0,
    preventPovertyFen: 0,
    longTermCareFen,
    selfPayFen: costFen - longTermCareFen,
    totalFen: costFen,
    // Long-term care feeds none of the inpatient accumulators.
    deltas: { ...ZERO_YTD },
  };
  explain?.selfPays(amounts);
  return amounts;
}

/** half_up(min(eligibleCost, standard) × rate[careForm]), standard = round_half_up(monthly × days / daysInMonth). */
function longTermCarePays(rules: LongTermCareRules | undefined, claim: LongTermCareClaim, explain: Explainer | null): number {
  if (rules === undefined) {
    explain?.noRules('LONG_TERM_CARE', claim.eligibleCostFen);
    return 0;
  }
  const monthlyStandardFen = rules.monthlyStandardFenByGrade[String(claim.grade)];
  if (monthlyStandardFen === undefined) {
    explain?.noCareStandard(claim.grade);
    return 0;
  }
  const standardFen = halfUpFraction(monthlyStandardFen, claim.days, claim.daysInMonth);
  explain?.careStandard(standardFen, monthlyStandardFen, claim.days, claim.daysInMonth);
  const baseFen = claim.eligibleCostFen < standardFen ? claim.eligibleCostFen : standardFen;
  const rateBp = rules.rateBpByCareForm[claim.careForm];
  const paysFen = halfUpBp(baseFen, rateBp);
  explain?.rate('LONG_TERM_CARE', baseFen, rateBp, paysFen);
  return paysFen;
}
