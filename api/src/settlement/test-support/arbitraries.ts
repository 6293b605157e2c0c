// fast-check generators of valid rules, categories, accumulators and claims for the property tests.
// Amounts mix everyday sizes (up to 300,000 yuan) with huge ones (up to 10^12 fen) and edge values.
import fc from 'fast-check';
import { validateRuleSet, type Rules } from '../rules';
import {
  CATEGORIES,
  type InpatientClaim,
  type LongTermCareClaim,
  type YearToDate,
} from '../types';

export const TRILLION = 1_000_000_000_000;

export const fen = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 30_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: TRILLION }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 4999, 5000, 10000) },
);
export const capFen = fc.option(fen, { nil: null });
export const rateBp = (max = 10000) => fc.oneof(fc.integer({ min: 0, max }), fc.constantFrom(0, max));
export const category = fc.constantFrom(...CATEGORIES);

/** Bands above `floorFen`: strictly increasing uptoFen, the last one open (null) or not. */
export function bands(floorFen: number, maxRateBp: number) {
  return fc
    .record({
      steps: fc.array(fc.integer({ min: 1, max: 40_000_000 }), { minLength: 0, maxLength: 3 }),
      lastOpen: fc.boolean(),
      rates: fc.array(rateBp(maxRateBp), { minLength: 4, maxLength: 4 }),
    })
    .map(({ steps, lastOpen, rates }) => {
      const uptos: (number | null)[] = [];
      let upto = floorFen;
      for (const step of steps) uptos.push((upto += step));
      if (lastOpen || uptos.length === 0) uptos.push(null);
      return uptos.map((uptoFen, i) => ({ uptoFen, rateBp: rates[i] }));
    });
}

const levels = <T>(value: fc.Arbitrary<T>) => fc.record({ '1': value, '2': value, '3': value });

export const basicRules = fc.record({
  deductibleFenByLevel: levels(fen),
  rateBpByLevel: levels(rateBp()),
  annualCapFen: capFen,
});

export const preferentialTerms = fc.record({
  categories: fc.subarray([...CATEGORIES]),
  deductibleFactorBp: rateBp(),
  rateBonusBp: fc.integer({ min: 0, max: 2000 }),
  removeCap: fc.boolean(),
});

export const criticalIllnessRules = fc
  .record({ deductibleFen: fen, annualCapFen: capFen, preferential: fc.option(preferentialTerms, { nil: undefined }) })
  .chain(({ deductibleFen, annualCapFen, preferential }) =>
    bands(deductibleFen, 10000 - (preferential?.rateBonusBp ?? 0)).map((bandList) => ({
      deductibleFen,
      bands: bandList,
      annualCapFen,
      ...(preferential ? { preferential } : {}),
    })),
  );

const assistanceTerms = fc.record({ deductibleFen: fen, rateBp: rateBp(), annualCapFen: capFen });

export const assistanceRules = fc
  .subarray([...CATEGORIES])
  .chain((listed) =>
    fc.tuple(...listed.map(() => assistanceTerms)).map((terms) => ({
      byCategory: Object.fromEntries(listed.map((c, i) => [c, terms[i]])),
    })),
  );

export const preventPovertyRules = fc
  .record({ thresholdFen: fen, annualCapFen: capFen, countsOutOfPolicy: fc.boolean() })
  .chain((terms) => bands(terms.thresholdFen, 10000).map((bandList) => ({ ...terms, bands: bandList })));

export const longTermCareRules = fc.record({
  monthlyStandardFenByGrade: fc
    .subarray(['1', '2', '3'], { minLength: 1 })
    .chain((grades) => fc.tuple(...grades.map(() => fen)).map((standards) => Object.fromEntries(grades.map((g, i) => [g, standards[i]])))),
  rateBpByCareForm: fc.record({ INSTITUTIONAL: rateBp(), HOME: rateBp() }),
});

/** A rule set as JSON (unvalidated): any of the five kinds may be absent. */
export const ruleSetJson = fc.record(
  {
    basic: basicRules,
    criticalIllness: criticalIllnessRules,
    assistance: assistanceRules,
    preventPoverty: preventPovertyRules,
    longTermCare: longTermCareRules,
  },
  { requiredKeys: [] },
);

/** The typed rule set, as validateRuleSet returns it (fails loudly if a generated set is refused). */
export const rules: fc.Arbitrary<Rules> = ruleSetJson.map((json) => {
  const result = validateRuleSet(json);
  if (!result.ok) throw new Error(`generated rules refused: ${JSON.stringify(result.faults)}`);
  return result.rules;
});

/** Any accumulators, including ones no sequence of settlements under these rules would produce. */
export const yearToDate: fc.Arbitrary<YearToDate> = fc.record({
  basicPaidFen: fen,
  ciBaseFen: fen,
  ciPaidFen: fen,
  assistanceBaseFen: fen,
  assistancePaidFen: fen,
  householdSelfPayFen: fen,
  householdPovertyPaidFen: fen,
});

export const hospitalLevel = fc.constantFrom(1 as const, 2 as const, 3 as const);

export const inpatientClaim: fc.Arbitrary<InpatientClaim> = fc
  .record({ inPolicyFen: fen, outOfPolicyFen: fen, hospitalLevel, reportsBasic: fc.boolean() })
  .chain(({ inPolicyFen, outOfPolicyFen, hospitalLevel: level, reportsBasic }) =>
    (reportsBasic ? fc.integer({ min: 0, max: inPolicyFen }) : fc.constant(undefined)).map((basicPaidFen) => ({
      kind: 'INPATIENT' as const,
      serviceDate: '2026-03-10',
      hospitalLevel: level,
      totalFen: inPolicyFen + outOfPolicyFen,
      inPolicyFen,
      basicPaidFen,
    })),
  );

export const longTermCareClaim: fc.Arbitrary<LongTermCareClaim> = fc
  .record({
    grade: fc.integer({ min: 0, max: 4 }),
    careForm: fc.constantFrom('INSTITUTIONAL' as const, 'HOME' as const),
    daysInMonth: fc.integer({ min: 28, max: 31 }),
    eligibleCostFen: fen,
  })
  .chain((claim) =>
    fc.integer({ min: 0, max: claim.daysInMonth }).map((days) => ({
      kind: 'LONG_TERM_CARE' as const,
      serviceDate: '2026-04-01',
      days,
      ...claim,
    })),
  );

