// One-stop settlement of an inpatient stay: DOMAIN.md §5 steps 1–5, payer by payer, in order.
import { bandedEntitlement } from './bands';
import { SettlementInputError } from './errors';
import type { Explainer } from './explain';
import { withinAnnualCap, yearToDateBalance } from './limits';
import { halfUpBp } from './money';
import type { AssistanceRules, BasicRules, CriticalIllnessRules, PreventPovertyRules, Rules } from './rules';
import type { Category, InpatientClaim, SettlementAmounts, YearToDate } from './types';

export function settleInpatient(
  rules: Rules,
  category: Category,
  ytd: YearToDate,
  claim: InpatientClaim,
  explain: Explainer | null,
): SettlementAmounts {
  const { totalFen, inPolicyFen } = claim;
  explain?.total(totalFen);
  explain?.inPolicy(inPolicyFen, totalFen - inPolicyFen);

  const basicFen = basicPays(rules.basic, claim, ytd, explain);
  const ciBaseFen = inPolicyFen - basicFen;
  const criticalIllnessFen = criticalIllnessPays(rules.criticalIllness, category, ciBaseFen, ytd, explain);
  const restFen = ciBaseFen - criticalIllnessFen;
  const assistanceFen = assistancePays(rules.assistance, category, restFen, ytd, explain);
  // A household not enrolled still has its self-pay counted, out-of-policy cost included.
  const countsOutOfPolicy = rules.preventPoverty?.countsOutOfPolicy ?? true;
  const ownFen = (countsOutOfPolicy ? totalFen : inPolicyFen) - basicFen - criticalIllnessFen - assistanceFen;
  const preventPovertyFen = preventPovertyPays(rules.preventPoverty, ownFen, ytd, explain);

  const amounts: SettlementAmounts = {
    basicFen,
    criticalIllnessFen,
    assistanceFen,
    preventPovertyFen,
    longTermCareFen: 0,
    selfPayFen: totalFen - basicFen - criticalIllnessFen - assistanceFen - preventPovertyFen,
    totalFen,
    deltas: {
      basicPaidFen: basicFen,
      ciBaseFen,
      ciPaidFen: criticalIllnessFen,
      assistanceBaseFen: restFen,
      assistancePaidFen: assistanceFen,
      householdSelfPayFen: ownFen,
      householdPovertyPaidFen: preventPovertyFen,
    },
  };
  explain?.selfPays(amounts);
  return amounts;
}

/** Step 1: the platform's figure when reported, else the level's deductible and rate, within the annual cap. */
function basicPays(rules: BasicRules | undefined, claim: InpatientClaim, ytd: YearToDate, explain: Explainer | null): number {
  const { inPolicyFen, hospitalLevel } = claim;
  if (claim.basicPaidFen !== undefined && claim.basicPaidFen !== null) {
    explain?.reportedByPlatform(inPolicyFen, claim.basicPaidFen);
    return claim.basicPaidFen;
  }
  if (rules === undefined) {
    explain?.noRules('BASIC', inPolicyFen);
    return 0;
  }
  const deductibleFen = rules.deductibleFenByLevel[hospitalLevel];
  explain?.deductible('BASIC', deductibleFen);
  const baseFen = inPolicyFen > deductibleFen ? inPolicyFen - deductibleFen : 0;
  const rateBp = rules.rateBpByLevel[hospitalLevel];
  const computedFen = halfUpBp(baseFen, rateBp);
  explain?.rate('BASIC', baseFen, rateBp, computedFen);
  return withinAnnualCap('BASIC', computedFen, rules.annualCapFen, ytd.basicPaidFen, explain);
}

/** Step 2: banded on the year-to-date base, so the amount does not depend on how stays are split. */
function criticalIllnessPays(
  rules: CriticalIllnessRules | undefined,
  category: Category,
  baseFen: number,
  ytd: YearToDate,
  explain: Explainer | null,
): number {
  if (rules === undefined) {
    explain?.noRules('CRITICAL_ILLNESS', baseFen);
    return 0;
  }
  const preferential = rules.preferential !== undefined && rules.preferential.categories.includes(category) ? rules.preferential : null;
  const deductibleFen = preferential === null ? rules.deductibleFen : halfUpBp(rules.deductibleFen, preferential.deductibleFactorBp);
  const rateBonusBp = preferential === null ? 0 : preferential.rateBonusBp;
  const annualCapFen = preferential !== null && preferential.removeCap ? null : rules.annualCapFen;
  const accumulatedFen = ytd.ciBaseFen + baseFen;
  if (!Number.isSafeInteger(accumulatedFen)) {
    throw new SettlementInputError('ytd.ciBaseFen', 'plus this stay exceeds the largest exact amount (Number.MAX_SAFE_INTEGER fen)');
  }
  if (explain !== null) {
    explain.base('CRITICAL_ILLNESS', baseFen, accumulatedFen);
    if (preferential === null) explain.deductible('CRITICAL_ILLNESS', deductibleFen);
    else explain.deductible('CRITICAL_ILLNESS', deductibleFen, rules.deductibleFen, preferential.deductibleFactorBp, 1);
  }
  const entitlementFen = bandedEntitlement(
    accumulatedFen,
    deductibleFen,
    rules.bands,
    rateBonusBp,
    'CRITICAL_ILLNESS',
    explain,
  );
  if (accumulatedFen <= deductibleFen) explain?.underDeductible('CRITICAL_ILLNESS', accumulatedFen, deductibleFen);
  return yearToDateBalance('CRITICAL_ILLNESS', entitlementFen, ytd.ciPaidFen, annualCapFen, baseFen, explain);
}

/** Step 3: listed categories only; the deductible is counted once a year. */
function assistancePays(
  rules: AssistanceRules | undefined,
  category: Category,
  restFen: number,
  ytd: YearToDate,
  explain: Explainer | null,
): number {
  if (rules === undefined) {
    explain?.noRules('ASSISTANCE', restFen);
    return 0;
  }
  const terms = rules.byCategory[category];
  if (terms === undefined) {
    explain?.categoryNotCovered(restFen);
    return 0;
  }
  const deductibleLeftFen = terms.deductibleFen > ytd.assistanceBaseFen ? terms.deductibleFen - ytd.assistanceBaseFen : 0;
  explain?.base('ASSISTANCE', restFen);
  explain?.deductible('ASSISTANCE', deductibleLeftFen, terms.deductibleFen, ytd.assistanceBaseFen);
  const baseFen = restFen > deductibleLeftFen ? restFen - deductibleLeftFen : 0;
  const computedFen = halfUpBp(baseFen, terms.rateBp);
  explain?.rate('ASSISTANCE', baseFen, terms.rateBp, computedFen);
  return withinAnnualCap('ASSISTANCE', computedFen, terms.annualCapFen, ytd.assistancePaidFen, explain);
}

/** Step 4: banded on the household's year-to-date self-pay, never more than this stay's self-pay. */
function preventPovertyPays(
  rules: PreventPovertyRules | undefined,
  ownFen: number,
  ytd: YearToDate,
  explain: Explainer | null,
): number {
  if (rules === undefined) {
    explain?.householdNotEnrolled(ownFen);
    return 0;
  }
  const accumulatedFen = ytd.householdSelfPayFen + ownFen;
  if (!Number.isSafeInteger(accumulatedFen)) {
    throw new SettlementInputError('ytd.householdSelfPayFen', 'plus this stay exceeds the largest exact amount (Number.MAX_SAFE_INTEGER fen)');
  }
  explain?.base('PREVENT_POVERTY', ownFen, accumulatedFen, rules.countsOutOfPolicy ? 1 : 0);
  explain?.deductible('PREVENT_POVERTY', rules.thresholdFen);
  const entitlementFen = bandedEntitlement(
    accumulatedFen,
    rules.thresholdFen,
    rules.bands,
    0,
    'PREVENT_POVERTY',
    explain,
  );
  if (accumulatedFen <= rules.thresholdFen) explain?.underDeductible('PREVENT_POVERTY', accumulatedFen, rules.thresholdFen);
  return yearToDateBalance('PREVENT_POVERTY', entitlementFen, ytd.householdPovertyPaidFen, rules.annualCapFen, ownFen, explain);
}
