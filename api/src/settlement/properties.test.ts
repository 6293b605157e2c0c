// What must hold for any valid rules, category, accumulators and claim (fast-check), and the places
// where §5 is deliberately not monotone, shown by example.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settle, settleAmounts, validateRuleSet, ZERO_YTD } from './index';
import type { Rules } from './rules';
import {
  category,
  fen,
  inpatientClaim,
  longTermCareClaim,
  preferentialTerms,
  rules,
  yearToDate,
  criticalIllnessRules,
  assistanceRules,
  ruleSetJson,
} from './test-support/arbitraries';
import { referenceInpatient, referenceLongTermCare } from './test-support/reference';
import { ASSISTANCE_RULES, BASIC_RULES, CRITICAL_ILLNESS_RULES, PREVENT_POVERTY_RULES, withoutPreferentialTerms } from './reference-schedules';
import {
  type InpatientClaim,
  type LongTermCareClaim,
  type Payer,
  type SettlementResult,
  type YearToDate,
} from './types';

const RUNS = { numRuns: 1000 };

const PAYER_AMOUNT: Record<Payer, keyof SettlementResult> = {
  BASIC: 'basicFen',
  CRITICAL_ILLNESS: 'criticalIllnessFen',
  ASSISTANCE: 'assistanceFen',
  PREVENT_POVERTY: 'preventPovertyFen',
  LONG_TERM_CARE: 'longTermCareFen',
  SELF: 'selfPayFen',
};
const PAYERS = Object.keys(PAYER_AMOUNT) as Payer[];

function validated(json: unknown): Rules {
  const result = validateRuleSet(json);
  if (!result.ok) throw new Error(JSON.stringify(result.faults));
  return result.rules;
}

function addDeltas(ytd: YearToDate, deltas: YearToDate): YearToDate {
  return {
    basicPaidFen: ytd.basicPaidFen + deltas.basicPaidFen,
    ciBaseFen: ytd.ciBaseFen + deltas.ciBaseFen,
    ciPaidFen: ytd.ciPaidFen + deltas.ciPaidFen,
    assistanceBaseFen: ytd.assistanceBaseFen + deltas.assistanceBaseFen,
    assistancePaidFen: ytd.assistancePaidFen + deltas.assistancePaidFen,
    householdSelfPayFen: ytd.householdSelfPayFen + deltas.householdSelfPayFen,
    householdPovertyPaidFen: ytd.householdPovertyPaidFen + deltas.householdPovertyPaidFen,
  };
}

const remainingCap = (capFen: number | null, paidFen: number) => (capFen === null ? Infinity : Math.max(0, capFen - paidFen));

describe('for any valid input, an inpatient settlement', () => {
  it('equals an independent BigInt reading of §5, to the fen', () => {
    fc.assert(
      fc.property(rules, category, yearToDate, inpatientClaim, (r, c, ytd, claim) => {
        const result = settle({ rules: r, category: c, ytd, claim });
        const ref = referenceInpatient(r, c, ytd, claim);
        expect([result.basicFen, result.criticalIllnessFen, result.assistanceFen, result.preventPovertyFen, result.selfPayFen].map(BigInt)).toEqual([
          ref.basic,
          ref.criticalIllness,
          ref.assistance,
          ref.preventPoverty,
          ref.self,
        ]);
        expect(result.longTermCareFen).toBe(0);
      }),
      RUNS,
    );
  });

  it('pays nothing negative, adds up to the total, and keeps every payer within its base and cap', () => {
    fc.assert(
      fc.property(rules, category, yearToDate, inpatientClaim, (r, c, ytd, claim) => {
        const s = settle({ rules: r, category: c, ytd, claim });
        for (const payer of PAYERS) expect(s[PAYER_AMOUNT[payer]], payer).toBeGreaterThanOrEqual(0);
        expect(s.basicFen + s.criticalIllnessFen + s.assistanceFen + s.preventPovertyFen + s.selfPayFen).toBe(claim.totalFen);
        expect(s.totalFen).toBe(claim.totalFen);

        expect(s.basicFen).toBeLessThanOrEqual(claim.inPolicyFen);
        const basicReported = claim.basicPaidFen !== undefined && claim.basicPaidFen !== null;
        if (basicReported) expect(s.basicFen).toBe(claim.basicPaidFen);
        else if (r.basic) expect(s.basicFen).toBeLessThanOrEqual(remainingCap(r.basic.annualCapFen, ytd.basicPaidFen));
        else expect(s.basicFen).toBe(0);

        const base = claim.inPolicyFen - s.basicFen;
        expect(s.criticalIllnessFen).toBeLessThanOrEqual(base);
        const ci = r.criticalIllness;
        const capRemoved = ci?.preferential?.removeCap && ci.preferential.categories.includes(c);
        if (ci && !capRemoved) expect(s.criticalIllnessFen).toBeLessThanOrEqual(remainingCap(ci.annualCapFen, ytd.ciPaidFen));
        if (!ci) expect(s.criticalIllnessFen).toBe(0);

        const rest = base - s.criticalIllnessFen;
        expect(s.assistanceFen).toBeLessThanOrEqual(rest);
        const terms = r.assistance?.byCategory[c];
        if (terms) expect(s.assistanceFen).toBeLessThanOrEqual(remainingCap(terms.annualCapFen, ytd.assistancePaidFen));
        else expect(s.assistanceFen).toBe(0);

        const pp = r.preventPoverty;
        const own = (pp && !pp.countsOutOfPolicy ? claim.inPolicyFen : claim.totalFen) - s.basicFen - s.criticalIllnessFen - s.assistanceFen;
        expect(s.preventPovertyFen).toBeLessThanOrEqual(own);
        if (pp) expect(s.preventPovertyFen).toBeLessThanOrEqual(remainingCap(pp.annualCapFen, ytd.householdPovertyPaidFen));
        else expect(s.preventPovertyFen).toBe(0);
      }),
      RUNS,
    );
  });

  it('moves the accumulators exactly as §5 says', () => {
    fc.assert(
      fc.property(rules, category, yearToDate, inpatientClaim, (r, c, ytd, claim) => {
        const s = settle({ rules: r, category: c, ytd, claim });
        const ref = referenceInpatient(r, c, ytd, claim);
        expect(s.deltas).toEqual({
          basicPaidFen: s.basicFen,
          ciBaseFen: Number(ref.base),
          ciPaidFen: s.criticalIllnessFen,
          assistanceBaseFen: Number(ref.rest),
          assistancePaidFen: s.assistanceFen,
          householdSelfPayFen: Number(ref.own),
          householdPovertyPaidFen: s.preventPovertyFen,
        });
        expect(s.deltas.ciBaseFen).toBe(claim.inPolicyFen - s.basicFen);
        expect(s.deltas.assistanceBaseFen).toBe(claim.inPolicyFen - s.basicFen - s.criticalIllnessFen);
      }),
      RUNS,
    );
  });

  it('explains each payer with lines that add up to its amount', () => {
    fc.assert(
      fc.property(rules, category, yearToDate, fc.oneof(inpatientClaim, longTermCareClaim), (r, c, ytd, claim) => {
        const s = settle({ rules: r, category: c, ytd, claim });
        for (const payer of PAYERS) {
          const sum = s.lines.filter((line) => line.payer === payer).reduce((total, line) => total + line.amountFen, 0);
          expect(sum, payer).toBe(s[PAYER_AMOUNT[payer]]);
        }
        for (const line of s.lines) {
          expect(Number.isSafeInteger(line.baseFen) && line.baseFen >= 0).toBe(true);
          expect(Number.isSafeInteger(line.amountFen)).toBe(true);
          expect(line.rateBp === null || (line.rateBp >= 0 && line.rateBp <= 10000)).toBe(true);
          expect(line.band === null || line.band >= 1).toBe(true);
          expect(['submitted', 'eligible', 'deductible', 'benefit', 'copay']).toContain(line.fhirCategory);
          if (line.amountFen < 0) expect(line.fhirCategory).toBe('benefit');
          expect(line.textZh).toMatch(/元/);
          expect(line.textEn).toMatch(/yuan/);
        }
        expect(s.lines.filter((line) => line.fhirCategory === 'copay')).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('gives settleAmounts() the same amounts and deltas', () => {
    fc.assert(
      fc.property(rules, category, yearToDate, fc.oneof(inpatientClaim, longTermCareClaim), (r, c, ytd, claim) => {
        const { lines: _lines, ...amounts } = settle({ rules: r, category: c, ytd, claim });
        expect(settleAmounts({ rules: r, category: c, ytd, claim })).toEqual(amounts);
      }),
      { numRuns: 200 },
    );
  });
});

describe('for any valid input, a long-term care settlement', () => {
  it('equals the BigInt reading of §5, never pays above the cost, and moves no accumulator', () => {
    fc.assert(
      fc.property(rules, yearToDate, longTermCareClaim, (r, ytd, claim) => {
        const s = settle({ rules: r, category: 'ORDINARY', ytd, claim });
        const ref = referenceLongTermCare(r, claim);
        expect([BigInt(s.longTermCareFen), BigInt(s.selfPayFen)]).toEqual([ref.longTermCare, ref.self]);
        expect(s.longTermCareFen).toBeGreaterThanOrEqual(0);
        expect(s.longTermCareFen).toBeLessThanOrEqual(claim.eligibleCostFen);
        expect(s.longTermCareFen + s.selfPayFen).toBe(claim.eligibleCostFen);
        expect(s.totalFen).toBe(claim.eligibleCostFen);
        expect([s.basicFen, s.criticalIllnessFen, s.assistanceFen, s.preventPovertyFen]).toEqual([0, 0, 0, 0]);
        expect(s.deltas).toEqual(ZERO_YTD);
      }),
      RUNS,
    );
  });

  it('pays no less for more cost or more days', () => {
    fc.assert(
      fc.property(rules, longTermCareClaim, fen, fc.nat(31), (r, claim, extraCost, extraDays) => {
        const before = settle({ rules: r, category: 'ORDINARY', ytd: ZERO_YTD, claim });
        const costlier = settle({ rules: r, category: 'ORDINARY', ytd: ZERO_YTD, claim: { ...claim, eligibleCostFen: claim.eligibleCostFen + extraCost } });
        expect(costlier.longTermCareFen).toBeGreaterThanOrEqual(before.longTermCareFen);
        expect(costlier.selfPayFen).toBeGreaterThanOrEqual(before.selfPayFen);
        const longer: LongTermCareClaim = { ...claim, days: Math.min(claim.daysInMonth, claim.days + extraDays) };
        const longerStay = settle({ rules: r, category: 'ORDINARY', ytd: ZERO_YTD, claim: longer });
        expect(longerStay.longTermCareFen).toBeGreaterThanOrEqual(before.longTermCareFen);
        expect(longerStay.selfPayFen).toBeLessThanOrEqual(before.selfPayFen);
      }),
      RUNS,
    );
  });
});

describe('critical illness does not depend on how a year is split into stays', () => {
  // With BASIC reported, each stay's base is fixed, so the year's base is the same however it is split.
  // It holds with the annual cap too: each stay pays min(E(acc), cap) minus what was paid before.
  const stays = fc.array(fc.record({ inPolicyFen: fen, basicShareBp: fc.integer({ min: 0, max: 10000 }), outOfPolicyFen: fen }), {
    minLength: 1,
    maxLength: 5,
  });

  it('the stays of a year pay in total what one stay with the same base would', () => {
    fc.assert(
      fc.property(rules, category, stays, (r, c, parts) => {
        const claims: InpatientClaim[] = parts.map(({ inPolicyFen, basicShareBp, outOfPolicyFen }) => ({
          kind: 'INPATIENT',
          serviceDate: '2026-03-10',
          hospitalLevel: 2,
          totalFen: inPolicyFen + outOfPolicyFen,
          inPolicyFen,
          basicPaidFen: Number((BigInt(inPolicyFen) * BigInt(basicShareBp)) / 10000n),
        }));
        let ytd: YearToDate = ZERO_YTD;
        let paidOverStays = 0;
        for (const claim of claims) {
          const ref = referenceInpatient(r, c, ytd, claim);
          // On accumulators built by the engine itself, §5 never asks a stay for more than its base:
          // the engine's limit to the stay's base does not bind.
          expect(ref.criticalIllnessLiteral).toBe(ref.criticalIllness);
          const s = settle({ rules: r, category: c, ytd, claim });
          paidOverStays += s.criticalIllnessFen;
          ytd = addDeltas(ytd, s.deltas);
        }
        const sum = (pick: (claim: InpatientClaim) => number) => claims.reduce((total, claim) => total + pick(claim), 0);
        const oneStay = settle({
          rules: r,
          category: c,
          ytd: ZERO_YTD,
          claim: { ...claims[0], totalFen: sum((x) => x.totalFen), inPolicyFen: sum((x) => x.inPolicyFen), basicPaidFen: sum((x) => x.basicPaidFen ?? 0) },
        });
        expect(paidOverStays).toBe(oneStay.criticalIllnessFen);
        expect(ytd.ciPaidFen).toBe(oneStay.criticalIllnessFen);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a preferential category never gets less than ORDINARY for the same stay', () => {
  // Critical illness: a lower deductible, higher rates and no smaller cap give an entitlement at
  // least as large at every accumulator, so CI(preferential) ≥ CI(ORDINARY) — always.
  // Total support (BASIC + CI + ASSISTANCE + PREVENT_POVERTY) is at least as large only when both
  // categories get the same assistance terms: assistance is per category, so rules that give
  // ORDINARY more assistance than DIBAO can leave DIBAO with less. With equal terms it holds because
  // each later payer pays at most 100% of the extra it loses when an earlier payer pays more.
  // ASSISTANCE alone is NOT monotone: it pays on what CI leaves, so a higher CI lowers it (see below).
  const preferentialSetup = fc
    .record({ json: ruleSetJson, ci: criticalIllnessRules, preferential: preferentialTerms, assistance: assistanceRules })
    .filter(({ preferential }) => preferential.categories.some((c) => c !== 'ORDINARY'))
    .map(({ json, ci, preferential, assistance }) => {
      const categories = preferential.categories.filter((c) => c !== 'ORDINARY');
      const bonus = preferential.rateBonusBp;
      // keep every band rate + bonus within 100% so the rules stay valid
      const bands = ci.bands.map((band) => ({ ...band, rateBp: Math.min(band.rateBp, 10000 - bonus) }));
      return { json: { ...json, criticalIllness: { ...ci, bands, preferential: { ...preferential, categories } }, assistance }, categories };
    })
    .chain(({ json, categories }) => fc.record({ json: fc.constant(json), preferred: fc.constantFrom(...categories) }));

  it('critical illness pays at least as much, for any accumulators', () => {
    fc.assert(
      fc.property(preferentialSetup, yearToDate, inpatientClaim, ({ json, preferred }, ytd, claim) => {
        const r = validated(json);
        const favoured = settle({ rules: r, category: preferred, ytd, claim });
        const ordinary = settle({ rules: r, category: 'ORDINARY', ytd, claim });
        expect(favoured.criticalIllnessFen).toBeGreaterThanOrEqual(ordinary.criticalIllnessFen);
      }),
      RUNS,
    );
  });

  it('the patient pays no more when both categories get the same assistance terms', () => {
    fc.assert(
      fc.property(preferentialSetup, yearToDate, inpatientClaim, ({ json, preferred }, ytd, claim) => {
        const byCategory = { ...json.assistance.byCategory } as Record<string, unknown>;
        if (byCategory[preferred] === undefined) delete byCategory.ORDINARY;
        else byCategory.ORDINARY = byCategory[preferred];
        const r = validated({ ...json, assistance: { byCategory } });
        const favoured = settle({ rules: r, category: preferred, ytd, claim });
        const ordinary = settle({ rules: r, category: 'ORDINARY', ytd, claim });
        expect(favoured.selfPayFen).toBeLessThanOrEqual(ordinary.selfPayFen);
      }),
      RUNS,
    );
  });

  it('example: medical assistance pays less to a preferential DIBAO recipient, the total support is still higher', () => {
    const json = {
      basic: BASIC_RULES,
      criticalIllness: { ...CRITICAL_ILLNESS_RULES, preferential: { ...CRITICAL_ILLNESS_RULES.preferential!, categories: ['DIBAO'] } },
      assistance: { byCategory: { DIBAO: ASSISTANCE_RULES.byCategory.DIBAO } },
    };
    const claim: InpatientClaim = { kind: 'INPATIENT', serviceDate: '2026-03-10', hospitalLevel: 3, totalFen: 20000000, inPolicyFen: 17000000 };
    const preferential = settle({ rules: validated(json), category: 'DIBAO', ytd: ZERO_YTD, claim });
    const notPreferential = settle({
      rules: validated({ ...json, criticalIllness: { ...json.criticalIllness, preferential: { ...json.criticalIllness.preferential, categories: [] } } }),
      category: 'DIBAO',
      ytd: ZERO_YTD,
      claim,
    });
    // CI 37,968.75 vs 31,232.50 yuan; assistance 70% of 22,506.25 vs 70% of 29,242.50 yuan
    expect([preferential.criticalIllnessFen, preferential.assistanceFen]).toEqual([3796875, 1575438]);
    expect([notPreferential.criticalIllnessFen, notPreferential.assistanceFen]).toEqual([3123250, 2046975]);
    expect(preferential.selfPayFen).toBeLessThan(notPreferential.selfPayFen);
  });
});

describe('raising a cost never lowers a payer — where that is true', () => {
  // Why: each payer is a non-decreasing function of its base that grows by at most the growth of the
  // base (rates ≤ 100%, entitlements 1-Lipschitz), so what an earlier payer takes never exceeds
  // what a later payer's base gains. Hence all payers rise with an extra in-policy cost (total and
  // in-policy both +Δ), and only PREVENT_POVERTY and SELF move with an extra out-of-policy cost.
  const delta = fc.integer({ min: 1, max: 50_000_000 });

  it('an extra out-of-policy cost: BASIC, CI and ASSISTANCE unchanged; PREVENT_POVERTY and SELF not lower', () => {
    fc.assert(
      fc.property(rules, category, yearToDate, inpatientClaim, delta, (r, c, ytd, claim, extra) => {
        const before = settle({ rules: r, category: c, ytd, claim });
        const after = settle({ rules: r, category: c, ytd, claim: { ...claim, totalFen: claim.totalFen + extra } });
        expect([after.basicFen, after.criticalIllnessFen, after.assistanceFen]).toEqual([before.basicFen, before.criticalIllnessFen, before.assistanceFen]);
        expect(after.preventPovertyFen).toBeGreaterThanOrEqual(before.preventPovertyFen);
        expect(after.selfPayFen).toBeGreaterThanOrEqual(before.selfPayFen);
      }),
      RUNS,
    );
  });

  it('an extra in-policy cost (BASIC computed or reported): no payer pays less', () => {
    fc.assert(
      fc.property(rules, category, yearToDate, inpatientClaim, delta, (r, c, ytd, claim, extra) => {
        const before = settle({ rules: r, category: c, ytd, claim });
        const after = settle({ rules: r, category: c, ytd, claim: { ...claim, totalFen: claim.totalFen + extra, inPolicyFen: claim.inPolicyFen + extra } });
        for (const payer of PAYERS) expect(after[PAYER_AMOUNT[payer]], payer).toBeGreaterThanOrEqual(before[PAYER_AMOUNT[payer]] as number);
      }),
      RUNS,
    );
  });

  it('the same total with more of it in policy: BASIC, CI, ASSISTANCE not lower, SELF not higher, PREVENT_POVERTY depends', () => {
    // Not monotone for PREVENT_POVERTY. When out-of-policy cost counts, it pays on own = total −
    // BASIC − CI − ASSISTANCE, which shrinks when the earlier payers cover more of the same total, so
    // it pays less; when only in-policy cost counts, own = inPolicy − … grows and it pays more.
    fc.assert(
      fc.property(rules, category, yearToDate, inpatientClaim, delta, (r, c, ytd, claim, extra) => {
        const shift = Math.min(extra, claim.totalFen - claim.inPolicyFen);
        const before = settle({ rules: r, category: c, ytd, claim });
        const after = settle({ rules: r, category: c, ytd, claim: { ...claim, inPolicyFen: claim.inPolicyFen + shift } });
        expect(after.basicFen).toBeGreaterThanOrEqual(before.basicFen);
        expect(after.criticalIllnessFen).toBeGreaterThanOrEqual(before.criticalIllnessFen);
        expect(after.assistanceFen).toBeGreaterThanOrEqual(before.assistanceFen);
        expect(after.selfPayFen).toBeLessThanOrEqual(before.selfPayFen);
        if (r.preventPoverty?.countsOutOfPolicy === false) expect(after.preventPovertyFen).toBeGreaterThanOrEqual(before.preventPovertyFen);
        else expect(after.preventPovertyFen).toBeLessThanOrEqual(before.preventPovertyFen);
      }),
      RUNS,
    );
  });

  it('example: 10,000 yuan more of a 160,000-yuan stay found in policy lowers prevent-poverty insurance', () => {
    const json = {
      basic: BASIC_RULES,
      criticalIllness: withoutPreferentialTerms(CRITICAL_ILLNESS_RULES),
      assistance: { byCategory: { MONITORED: ASSISTANCE_RULES.byCategory.MONITORED } },
      preventPoverty: PREVENT_POVERTY_RULES,
    };
    const stay = (inPolicyFen: number) =>
      settle({
        rules: validated(json),
        category: 'MONITORED',
        ytd: ZERO_YTD,
        claim: { kind: 'INPATIENT', serviceDate: '2026-03-10', hospitalLevel: 3, totalFen: 16000000, inPolicyFen },
      });
    // in policy 130,000 yuan: basic 83,525.00, CI 21,432.50, assistance 10,021.25, own 45,021.25 -> 17,510.63
    expect(stay(12000000).preventPovertyFen).toBe(2269775);
    expect(stay(13000000).preventPovertyFen).toBe(1751063);
    expect(stay(13000000).selfPayFen).toBeLessThan(stay(12000000).selfPayFen);
  });
});
