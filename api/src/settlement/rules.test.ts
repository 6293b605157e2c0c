import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES_KEY_BY_KIND, validateRules, validateRuleSet, type RuleFault } from './rules';
import { ruleSetJson } from './test-support/arbitraries';

// The Yulin 2026 schedules of DOMAIN.md §4, one object per kind, as a product version stores them.
const basic = () => ({
  deductibleFenByLevel: { '1': 20000, '2': 60000, '3': 150000 },
  rateBpByLevel: { '1': 8500, '2': 7500, '3': 6500 },
  annualCapFen: 15000000,
});
const criticalIllness = () => ({
  deductibleFen: 1350000,
  bands: [
    { uptoFen: 3000000, rateBp: 6000 },
    { uptoFen: 10000000, rateBp: 7000 },
    { uptoFen: null as number | null, rateBp: 8000 },
  ],
  annualCapFen: 30000000 as number | null,
  preferential: { categories: ['TEKUN', 'DIBAO', 'RELAPSED'], deductibleFactorBp: 5000, rateBonusBp: 500, removeCap: true },
});
const assistance = () => ({
  byCategory: { TEKUN: { deductibleFen: 0, rateBp: 7000, annualCapFen: 5000000 } } as Record<string, unknown>,
});
const preventPoverty = () => ({
  thresholdFen: 1000000,
  bands: [
    { uptoFen: 5000000, rateBp: 5000 },
    { uptoFen: null as number | null, rateBp: 6000 },
  ],
  annualCapFen: 10000000,
  countsOutOfPolicy: true as unknown,
});
const longTermCare = () => ({
  monthlyStandardFenByGrade: { '1': 250000, '2': 300000, '3': 350000 } as Record<string, unknown>,
  rateBpByCareForm: { INSTITUTIONAL: 7000, HOME: 7500 } as Record<string, unknown>,
});

function faultsOf(result: { ok: true } | { ok: false; faults: RuleFault[] }): RuleFault[] {
  if (result.ok) throw new Error('expected the rules to be refused');
  return result.faults;
}

/** The single fault of a rule set broken in one place. */
function onlyFault(result: { ok: true } | { ok: false; faults: RuleFault[] }): RuleFault {
  const faults = faultsOf(result);
  expect(faults).toHaveLength(1);
  return faults[0];
}

describe('validateRules accepts the schedules of DOMAIN.md §4', () => {
  it.each([
    ['BASIC', basic()],
    ['CRITICAL_ILLNESS', criticalIllness()],
    ['ASSISTANCE', assistance()],
    ['PREVENT_POVERTY', preventPoverty()],
    ['LONG_TERM_CARE', longTermCare()],
  ] as const)('%s', (kind, rules) => {
    const result = validateRules(kind, rules);
    expect(result).toEqual({ ok: true, rules });
  });

  it('accepts null caps (no cap), a closed last band and no preferential terms', () => {
    const rules = { deductibleFen: 0, bands: [{ uptoFen: 100, rateBp: 10000 }], annualCapFen: null };
    expect(validateRules('CRITICAL_ILLNESS', rules).ok).toBe(true);
  });

  it('accepts every rule set the property tests generate', () => {
    fc.assert(
      fc.property(ruleSetJson, (json) => {
        expect(validateRuleSet(json)).toEqual({ ok: true, rules: json });
      }),
      { numRuns: 300 },
    );
  });

  it('maps each product kind to its key in a composed rule set', () => {
    expect(RULES_KEY_BY_KIND).toEqual({
      BASIC: 'basic',
      CRITICAL_ILLNESS: 'criticalIllness',
      ASSISTANCE: 'assistance',
      PREVENT_POVERTY: 'preventPoverty',
      LONG_TERM_CARE: 'longTermCare',
    });
  });
});

describe('validateRules names every fault by its JSON path', () => {
  it('band limits must increase', () => {
    const rules = criticalIllness();
    rules.bands[1].uptoFen = 3000000;
    expect(onlyFault(validateRules('CRITICAL_ILLNESS', rules))).toEqual({
      path: 'criticalIllness.bands[1].uptoFen',
      message: 'criticalIllness.bands[1].uptoFen must be greater than bands[0].uptoFen',
    });
  });

  it('only the last band may be open-ended', () => {
    const rules = criticalIllness();
    rules.bands[0].uptoFen = null;
    expect(onlyFault(validateRules('CRITICAL_ILLNESS', rules))).toEqual({
      path: 'criticalIllness.bands[0].uptoFen',
      message: 'criticalIllness.bands[0].uptoFen is null, but only the last band may have uptoFen null',
    });
  });

  it('the first band must reach above the deductible or threshold', () => {
    const ci = criticalIllness();
    ci.bands[0].uptoFen = 1350000;
    expect(onlyFault(validateRules('CRITICAL_ILLNESS', ci)).message).toBe(
      'criticalIllness.bands[0].uptoFen must be greater than deductibleFen',
    );
    const pp = preventPoverty();
    pp.bands[0].uptoFen = 999999;
    expect(onlyFault(validateRules('PREVENT_POVERTY', pp)).message).toBe(
      'preventPoverty.bands[0].uptoFen must be greater than thresholdFen',
    );
  });

  it('a band needs at least one entry', () => {
    const rules = { ...criticalIllness(), bands: [] };
    expect(onlyFault(validateRules('CRITICAL_ILLNESS', rules)).message).toBe('criticalIllness.bands must have at least 1 item(s)');
  });

  it.each([
    [10001, 'must be between 0 and 10000 bp, got 10001'],
    [-1, 'must be between 0 and 10000 bp, got -1'],
    [65.5, 'must be an integer, got 65.5'],
    ['6500', 'must be an integer, got "6500"'],
  ])('a rate of %s', (rate, reason) => {
    const rules = basic();
    (rules.rateBpByLevel as Record<string, unknown>)['3'] = rate;
    expect(onlyFault(validateRules('BASIC', rules))).toEqual({
      path: 'basic.rateBpByLevel.3',
      message: `basic.rateBpByLevel.3 ${reason}`,
    });
  });

  it('a rate plus the preferential bonus must stay within 10000 bp, for every band', () => {
    const rules = criticalIllness();
    rules.preferential.rateBonusBp = 2500;
    const faults = faultsOf(validateRules('CRITICAL_ILLNESS', rules));
    expect(faults).toEqual([
      {
        path: 'criticalIllness.bands[2].rateBp',
        message: 'criticalIllness.bands[2].rateBp plus preferential.rateBonusBp is 8000 + 2500 = 10500 bp, above 10000 bp',
      },
    ]);
    rules.preferential.rateBonusBp = 4001;
    expect(faultsOf(validateRules('CRITICAL_ILLNESS', rules)).map((f) => f.path)).toEqual([
      'criticalIllness.bands[0].rateBp',
      'criticalIllness.bands[1].rateBp',
      'criticalIllness.bands[2].rateBp',
    ]);
  });

  it('preferential rates and factors are rates too', () => {
    const rules = criticalIllness();
    rules.preferential.rateBonusBp = 10001;
    rules.preferential.deductibleFactorBp = -5;
    expect(faultsOf(validateRules('CRITICAL_ILLNESS', rules))).toEqual([
      {
        path: 'criticalIllness.preferential.deductibleFactorBp',
        message: 'criticalIllness.preferential.deductibleFactorBp must be between 0 and 10000 bp, got -5',
      },
      {
        path: 'criticalIllness.preferential.rateBonusBp',
        message: 'criticalIllness.preferential.rateBonusBp must be between 0 and 10000 bp, got 10001',
      },
    ]);
  });

  it.each([
    [-1, 'must not be negative, got -1'],
    [1.5, 'must be an integer, got 1.5'],
    [2 ** 53, 'must be a safe integer (at most 9007199254740991)'],
    [Number.NaN, 'must be an integer, got NaN'],
    [Number.POSITIVE_INFINITY, 'must be an integer, got Infinity'],
    [null, 'must be an integer, got null'],
    [undefined, 'is required'],
  ])('an amount of %s', (amount, reason) => {
    const rules: Record<string, unknown> = criticalIllness();
    rules.deductibleFen = amount;
    expect(onlyFault(validateRules('CRITICAL_ILLNESS', rules))).toEqual({
      path: 'criticalIllness.deductibleFen',
      message: `criticalIllness.deductibleFen ${reason}`,
    });
  });

  it('basic needs levels 1, 2 and 3 and no other', () => {
    const rules = basic();
    delete (rules.deductibleFenByLevel as Record<string, unknown>)['2'];
    delete (rules.deductibleFenByLevel as Record<string, unknown>)['3'];
    (rules.rateBpByLevel as Record<string, unknown>)['4'] = 5000;
    expect(faultsOf(validateRules('BASIC', rules))).toEqual([
      { path: 'basic.deductibleFenByLevel.2', message: 'basic.deductibleFenByLevel.2 is required' },
      { path: 'basic.deductibleFenByLevel.3', message: 'basic.deductibleFenByLevel.3 is required' },
      { path: 'basic.rateBpByLevel.4', message: 'basic.rateBpByLevel.4 is not a known field' },
    ]);
  });

  it('a misspelt field is refused rather than ignored', () => {
    const rules: Record<string, unknown> = { ...criticalIllness(), deductableFen: 5 };
    expect(onlyFault(validateRules('CRITICAL_ILLNESS', rules))).toEqual({
      path: 'criticalIllness.deductableFen',
      message: 'criticalIllness.deductableFen is not a known field',
    });
  });

  it('annual caps are amounts or null, and required', () => {
    const rules: Record<string, unknown> = preventPoverty();
    delete rules.annualCapFen;
    expect(onlyFault(validateRules('PREVENT_POVERTY', rules)).message).toBe('preventPoverty.annualCapFen is required');
  });

  it('preferential categories must be categories, listed once', () => {
    const rules = criticalIllness();
    rules.preferential.categories = ['DIBAO', 'POOR', 'DIBAO'];
    expect(faultsOf(validateRules('CRITICAL_ILLNESS', rules))).toEqual([
      {
        path: 'criticalIllness.preferential.categories[1]',
        message:
          'criticalIllness.preferential.categories[1] must be one of ORDINARY, TEKUN, DIBAO, DIBAO_EDGE, MONITORED, RELAPSED, LIFTED, got "POOR"',
      },
      { path: 'criticalIllness.preferential.categories[2]', message: 'criticalIllness.preferential.categories[2] repeats DIBAO' },
    ]);
  });

  it('assistance is keyed by category', () => {
    const rules = assistance();
    rules.byCategory.POOR = { deductibleFen: 0, rateBp: 1, annualCapFen: null };
    rules.byCategory.DIBAO = { deductibleFen: 0, rateBp: 7000 };
    expect(faultsOf(validateRules('ASSISTANCE', rules))).toEqual([
      { path: 'assistance.byCategory.DIBAO.annualCapFen', message: 'assistance.byCategory.DIBAO.annualCapFen is required' },
      {
        path: 'assistance.byCategory.POOR',
        message: 'assistance.byCategory.POOR is not a category (ORDINARY, TEKUN, DIBAO, DIBAO_EDGE, MONITORED, RELAPSED, LIFTED)',
      },
    ]);
  });

  it('prevent-poverty must say whether out-of-policy cost counts', () => {
    const rules = preventPoverty();
    rules.countsOutOfPolicy = 'yes';
    expect(onlyFault(validateRules('PREVENT_POVERTY', rules)).message).toBe(
      'preventPoverty.countsOutOfPolicy must be true or false, got "yes"',
    );
  });

  it('long-term care needs grade numbers, at least one standard, and both care forms', () => {
    const wrongGrade = longTermCare();
    wrongGrade.monthlyStandardFenByGrade.severe = 1;
    delete wrongGrade.rateBpByCareForm.HOME;
    expect(faultsOf(validateRules('LONG_TERM_CARE', wrongGrade))).toEqual([
      {
        path: 'longTermCare.monthlyStandardFenByGrade.severe',
        message: 'longTermCare.monthlyStandardFenByGrade.severe is not a grade (a whole number such as 1, 2, 3)',
      },
      { path: 'longTermCare.rateBpByCareForm.HOME', message: 'longTermCare.rateBpByCareForm.HOME is required' },
    ]);
    const noGrades = { ...longTermCare(), monthlyStandardFenByGrade: {} };
    expect(onlyFault(validateRules('LONG_TERM_CARE', noGrades)).message).toBe(
      'longTermCare.monthlyStandardFenByGrade must list the monthly standard of at least one grade',
    );
  });

  it('reports every fault in one pass, shape and cross-field faults together', () => {
    const rules: Record<string, unknown> = criticalIllness();
    const bandList = rules.bands as { uptoFen: unknown; rateBp: unknown }[];
    bandList[0].rateBp = 'sixty';
    bandList[2].uptoFen = 5; // below bands[1]
    rules.annualCapFen = -1;
    expect(faultsOf(validateRules('CRITICAL_ILLNESS', rules)).map((f) => f.path)).toEqual([
      'criticalIllness.bands[0].rateBp',
      'criticalIllness.annualCapFen',
      'criticalIllness.bands[2].uptoFen',
    ]);
  });

  it('a rules object that is not an object is named by its key', () => {
    expect(onlyFault(validateRules('BASIC', null))).toEqual({ path: 'basic', message: 'basic must be an object, got null' });
    expect(onlyFault(validateRules('ASSISTANCE', []))).toEqual({ path: 'assistance', message: 'assistance must be an object, got a list' });
  });
});

describe('validateRuleSet', () => {
  it('accepts a composed set, any kind absent', () => {
    const rules = { basic: basic(), criticalIllness: criticalIllness(), preventPoverty: preventPoverty() };
    expect(validateRuleSet(rules)).toEqual({ ok: true, rules });
    expect(validateRuleSet({})).toEqual({ ok: true, rules: {} });
  });

  it('reports the faults of every kind, each under its key', () => {
    const ci = criticalIllness();
    ci.bands[1].uptoFen = 1;
    const ltc = longTermCare();
    ltc.rateBpByCareForm.HOME = 20000;
    expect(faultsOf(validateRuleSet({ criticalIllness: ci, longTermCare: ltc, hospital: {} }))).toEqual([
      { path: 'longTermCare.rateBpByCareForm.HOME', message: 'longTermCare.rateBpByCareForm.HOME must be between 0 and 10000 bp, got 20000' },
      { path: 'hospital', message: 'hospital is not a known field' },
      { path: 'criticalIllness.bands[1].uptoFen', message: 'criticalIllness.bands[1].uptoFen must be greater than bands[0].uptoFen' },
    ]);
  });

  it('refuses what is not an object', () => {
    expect(onlyFault(validateRuleSet('rules'))).toEqual({ path: '(rules)', message: '(rules) must be an object, got "rules"' });
  });
});
