import type { AssistanceRules, BasicRules, CriticalIllnessRules, LongTermCareRules, PreventPovertyRules } from './rules';

/**
 * Reference schedules from public sources (DOMAIN.md §4 and its sources): Yulin 2026 residents' basic
 * inpatient insurance and critical illness insurance, and the medical-assistance, prevent-poverty and
 * long-term-care schedules of the shared case files. Data only — the demo products, the benchmark and
 * examples start from these; a county's real figures are product configuration, never code.
 */

export const BASIC_RULES: BasicRules = {
  deductibleFenByLevel: { '1': 20000, '2': 60000, '3': 150000 },
  rateBpByLevel: { '1': 8500, '2': 7500, '3': 6500 },
  annualCapFen: 15000000,
};

const PREFERENTIAL: CriticalIllnessRules['preferential'] = {
  categories: ['TEKUN', 'DIBAO', 'RELAPSED'],
  deductibleFactorBp: 5000,
  rateBonusBp: 500,
  removeCap: true,
};

export const CRITICAL_ILLNESS_RULES: CriticalIllnessRules = {
  deductibleFen: 1350000,
  bands: [
    { uptoFen: 3000000, rateBp: 6000 },
    { uptoFen: 10000000, rateBp: 7000 },
    { uptoFen: null, rateBp: 8000 },
  ],
  annualCapFen: 30000000,
  preferential: PREFERENTIAL,
};


export const ASSISTANCE_RULES: AssistanceRules = {
  byCategory: {
    TEKUN: { deductibleFen: 0, rateBp: 7000, annualCapFen: 5000000 },
    DIBAO: { deductibleFen: 0, rateBp: 7000, annualCapFen: 5000000 },
    DIBAO_EDGE: { deductibleFen: 200000, rateBp: 6000, annualCapFen: 3000000 },
    MONITORED: { deductibleFen: 500000, rateBp: 5000, annualCapFen: 2000000 },
    RELAPSED: { deductibleFen: 200000, rateBp: 6000, annualCapFen: 3000000 },
  },
};

export const PREVENT_POVERTY_RULES: PreventPovertyRules = {
  thresholdFen: 1000000,
  bands: [
    { uptoFen: 5000000, rateBp: 5000 },
    { uptoFen: 10000000, rateBp: 6000 },
    { uptoFen: null, rateBp: 7000 },
  ],
  annualCapFen: 10000000,
  countsOutOfPolicy: true,
};

export const LONG_TERM_CARE_RULES: LongTermCareRules = {
  monthlyStandardFenByGrade: { '1': 250000, '2': 300000, '3': 350000 },
  rateBpByCareForm: { INSTITUTIONAL: 7000, HOME: 7500 },
};

/** The same schedule without preferential terms (every category treated alike). */
export function withoutPreferentialTerms(rules: CriticalIllnessRules): CriticalIllnessRules {
  const { preferential: _ignored, ...rest } = rules;
  return rest;
}
