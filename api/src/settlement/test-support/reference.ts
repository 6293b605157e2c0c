// An independent reading of DOMAIN.md §5 in BigInt arithmetic, written from the text and not from the
// engine, for the property tests to compare against. It is slow and literal on purpose: every band
// is visited, every formula is spelled as the spec spells it.
import type { Band, Rules } from '../rules';
import type { Category, InpatientClaim, LongTermCareClaim, YearToDate } from '../types';

const halfUp = (x: bigint, bp: bigint): bigint => (x * bp + 5000n) / 10000n;
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);
const big = (n: number): bigint => BigInt(n);

export function referenceEntitlement(acc: bigint, deductible: bigint, bands: readonly Band[], bonusBp: bigint): bigint {
  let sum = 0n;
  let lower = deductible;
  for (const band of bands) {
    const upto = band.uptoFen === null ? null : big(band.uptoFen);
    const top = upto === null ? acc : min(acc, upto);
    sum += halfUp(max(0n, top - max(deductible, lower)), big(band.rateBp) + bonusBp);
    if (upto !== null) lower = upto;
  }
  return sum;
}

export interface ReferenceInpatient {
  basic: bigint;
  /** Critical illness exactly as §5 step 2 writes it, before the engine's limit to this stay's base. */
  criticalIllnessLiteral: bigint;
  criticalIllness: bigint;
  assistance: bigint;
  preventPoverty: bigint;
  self: bigint;
  base: bigint;
  rest: bigint;
  own: bigint;
}

export function referenceInpatient(rules: Rules, category: Category, ytd: YearToDate, claim: InpatientClaim): ReferenceInpatient {
  const total = big(claim.totalFen);
  const inPolicy = big(claim.inPolicyFen);

  // 1. BASIC
  let basic = 0n;
  if (claim.basicPaidFen !== undefined && claim.basicPaidFen !== null) basic = big(claim.basicPaidFen);
  else if (rules.basic) {
    const level = String(claim.hospitalLevel) as '1' | '2' | '3';
    const computed = halfUp(max(0n, inPolicy - big(rules.basic.deductibleFenByLevel[level])), big(rules.basic.rateBpByLevel[level]));
    const cap = rules.basic.annualCapFen;
    basic = cap === null ? computed : min(computed, max(0n, big(cap) - big(ytd.basicPaidFen)));
  }

  // 2. CRITICAL_ILLNESS
  const base = inPolicy - basic;
  let criticalIllnessLiteral = 0n;
  const ci = rules.criticalIllness;
  if (ci) {
    const preferential = ci.preferential && ci.preferential.categories.includes(category) ? ci.preferential : undefined;
    const deductible = preferential ? halfUp(big(ci.deductibleFen), big(preferential.deductibleFactorBp)) : big(ci.deductibleFen);
    const bonus = preferential ? big(preferential.rateBonusBp) : 0n;
    const cap = preferential?.removeCap ? null : ci.annualCapFen;
    const entitlement = referenceEntitlement(big(ytd.ciBaseFen) + base, deductible, ci.bands, bonus);
    const paid = big(ytd.ciPaidFen);
    criticalIllnessLiteral = max(0n, cap === null ? entitlement - paid : min(entitlement - paid, big(cap) - paid));
  }
  const criticalIllness = min(base, criticalIllnessLiteral);

  // 3. ASSISTANCE
  const rest = inPolicy - basic - criticalIllness;
  let assistance = 0n;
  const terms = rules.assistance?.byCategory[category];
  if (terms) {
    const deductibleLeft = max(0n, big(terms.deductibleFen) - big(ytd.assistanceBaseFen));
    const computed = halfUp(max(0n, rest - deductibleLeft), big(terms.rateBp));
    assistance = terms.annualCapFen === null ? computed : min(computed, max(0n, big(terms.annualCapFen) - big(ytd.assistancePaidFen)));
  }

  // 4. PREVENT_POVERTY
  const pp = rules.preventPoverty;
  const own = (pp && !pp.countsOutOfPolicy ? inPolicy : total) - basic - criticalIllness - assistance;
  let preventPoverty = 0n;
  if (pp) {
    const entitlement = referenceEntitlement(big(ytd.householdSelfPayFen) + own, big(pp.thresholdFen), pp.bands, 0n);
    const paid = big(ytd.householdPovertyPaidFen);
    const balance = pp.annualCapFen === null ? entitlement - paid : min(entitlement - paid, big(pp.annualCapFen) - paid);
    preventPoverty = min(own, max(0n, balance));
  }

  // 5. SELF
  const self = total - basic - criticalIllness - assistance - preventPoverty;
  return { basic, criticalIllnessLiteral, criticalIllness, assistance, preventPoverty, self, base, rest, own };
}

export function referenceLongTermCare(rules: Rules, claim: LongTermCareClaim): { longTermCare: bigint; self: bigint } {
  const cost = big(claim.eligibleCostFen);
  const monthly = rules.longTermCare?.monthlyStandardFenByGrade[String(claim.grade)];
  if (!rules.longTermCare || monthly === undefined) return { longTermCare: 0n, self: cost };
  // round_half_up(m × days / daysInMonth) = floor((2·m·days + daysInMonth) / (2·daysInMonth))
  const standard = (2n * big(monthly) * big(claim.days) + big(claim.daysInMonth)) / (2n * big(claim.daysInMonth));
  const longTermCare = halfUp(min(cost, standard), big(rules.longTermCare.rateBpByCareForm[claim.careForm]));
  return { longTermCare, self: cost - longTermCare };
}
