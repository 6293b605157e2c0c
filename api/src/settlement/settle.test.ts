// settle() by example: explanation lines, the limits of §5, invalid input, and amounts of 10^12 fen.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASIC_RULES, CRITICAL_ILLNESS_RULES, withoutPreferentialTerms } from './reference-schedules';
import {
  settle,
  settleAmounts,
  SettlementInputError,
  toPlainLine,
  validateRuleSet,
  ZERO_YTD,
  type ClaimToSettle,
  type Payer,
  type Rules,
  type SettlementInput,
  type SettlementResult,
} from './index';

const here = dirname(fileURLToPath(import.meta.url));

function workedCase(name: string): SettlementInput {
  const json = JSON.parse(readFileSync(join(here, 'cases', `${name}.json`), 'utf8'));
  return { rules: validRules(json.rules), category: json.person.category, ytd: json.ytd, claim: json.claim };
}

function validRules(json: unknown): Rules {
  const result = validateRuleSet(json);
  if (!result.ok) throw new Error(result.faults.map((fault) => fault.message).join('\n'));
  return result.rules;
}

const AMOUNT_OF: Record<Payer, (result: SettlementResult) => number> = {
  BASIC: (r) => r.basicFen,
  CRITICAL_ILLNESS: (r) => r.criticalIllnessFen,
  ASSISTANCE: (r) => r.assistanceFen,
  PREVENT_POVERTY: (r) => r.preventPovertyFen,
  LONG_TERM_CARE: (r) => r.longTermCareFen,
  SELF: (r) => r.selfPayFen,
};

function linesOf(result: SettlementResult, payer: Payer) {
  return result.lines.filter((line) => line.payer === payer);
}

function expectLinesToAddUp(result: SettlementResult): void {
  for (const payer of Object.keys(AMOUNT_OF) as Payer[]) {
    const sum = linesOf(result, payer).reduce((total, line) => total + line.amountFen, 0);
    expect(sum, `${payer} lines`).toBe(AMOUNT_OF[payer](result));
  }
}

const SHANDONG_CI = {
  criticalIllness: {
    deductibleFen: 1000000,
    bands: [
      { uptoFen: 10000000, rateBp: 5000 },
      { uptoFen: null, rateBp: 6000 },
    ],
    annualCapFen: 20000000,
  },
};

function inpatient(overrides: Partial<Extract<ClaimToSettle, { kind: 'INPATIENT' }>> = {}): ClaimToSettle {
  return { kind: 'INPATIENT', serviceDate: '2026-03-10', hospitalLevel: 3, totalFen: 1000000, inPolicyFen: 1000000, ...overrides };
}

describe('explanation lines', () => {
  it('read the critical-illness bands as DOMAIN.md §5 writes them (case 01)', () => {
    const result = settle(workedCase('01-yulin-ordinary-two-bands'));
    const bands = linesOf(result, 'CRITICAL_ILLNESS').filter((line) => line.band !== null);
    expect(bands.map(({ band, baseFen, rateBp, amountFen, fhirCategory }) => ({ band, baseFen, rateBp, amountFen, fhirCategory }))).toEqual([
      { band: 1, baseFen: 1650000, rateBp: 6000, amountFen: 990000, fhirCategory: 'benefit' },
      { band: 2, baseFen: 3047500, rateBp: 7000, amountFen: 2133250, fhirCategory: 'benefit' },
    ]);
    expect(bands[1].textZh).toBe('大病保险 第2段 30,000.00–60,475.00 元 × 70% = 21,332.50 元');
    expect(bands[1].textEn).toBe('Critical illness insurance band 2: 30,000.00–60,475.00 yuan × 70% = 21,332.50 yuan');
  });

  it('walk through all four payers and the patient (case 08)', () => {
    const result = settle(workedCase('08-prevent-poverty-household'));
    const shape = result.lines.map(({ payer, band, baseFen, rateBp, amountFen, fhirCategory }) => [payer, band, baseFen, rateBp, amountFen, fhirCategory]);
    expect(shape).toEqual([
      ['SELF', null, 16000000, null, 0, 'submitted'],
      ['SELF', null, 12000000, null, 0, 'eligible'],
      ['BASIC', null, 150000, null, 0, 'deductible'],
      ['BASIC', null, 11850000, 6500, 7702500, 'benefit'],
      ['CRITICAL_ILLNESS', null, 4297500, null, 0, 'eligible'],
      ['CRITICAL_ILLNESS', null, 1350000, null, 0, 'deductible'],
      ['CRITICAL_ILLNESS', 1, 1650000, 6000, 990000, 'benefit'],
      ['CRITICAL_ILLNESS', 2, 1297500, 7000, 908250, 'benefit'],
      ['ASSISTANCE', null, 2399250, null, 0, 'eligible'],
      ['ASSISTANCE', null, 500000, null, 0, 'deductible'],
      ['ASSISTANCE', null, 1899250, 5000, 949625, 'benefit'],
      ['PREVENT_POVERTY', null, 5449625, null, 0, 'eligible'],
      ['PREVENT_POVERTY', null, 1000000, null, 0, 'deductible'],
      ['PREVENT_POVERTY', 1, 4000000, 5000, 2000000, 'benefit'],
      ['PREVENT_POVERTY', 2, 449625, 6000, 269775, 'benefit'],
      ['SELF', null, 16000000, null, 3179850, 'copay'],
    ]);
    expectLinesToAddUp(result);
    const texts = result.lines.map((line) => line.textZh);
    expect(texts).toContain('防贫保 第2段 50,000.00–54,496.25 元 × 60% = 2,697.75 元');
    expect(texts).toContain('医疗救助 18,992.50 元 × 50% = 9,496.25 元');
    expect(texts.at(-1)).toBe('个人自付 = 总费用 160,000.00 − 基本医保 77,025.00 − 大病保险 18,982.50 − 医疗救助 9,496.25 − 防贫保 22,697.75 = 31,798.50 元');
    expect(result.lines.at(-1)?.textEn).toBe(
      'Patient pays: total cost 160,000.00 − basic 77,025.00 − critical illness 18,982.50 − assistance 9,496.25 − prevent-poverty 22,697.75 = 31,798.50 yuan',
    );
  });

  it('show the preferential deductible and bonus (case 02)', () => {
    const result = settle(workedCase('02-yulin-dibao-preferential'));
    const ci = linesOf(result, 'CRITICAL_ILLNESS');
    expect(ci.find((line) => line.fhirCategory === 'deductible')?.textZh).toBe('大病保险 起付线 6,750.00 元（低保对象优惠：13,500.00 元 × 50%）');
    expect(ci.find((line) => line.band === 1)?.textZh).toBe('大病保险 第1段 6,750.00–30,000.00 元 × 65% = 15,112.50 元（含优惠 5%）');
  });

  it('subtract what was already paid this year and what the annual cap cuts (case 05)', () => {
    const result = settle(workedCase('05-shandong-cap-second-stay'));
    const adjustments = linesOf(result, 'CRITICAL_ILLNESS').filter((line) => line.amountFen < 0);
    expect(adjustments.map((line) => [line.baseFen, line.amountFen])).toEqual([
      [8700000, -8700000], // already paid 87,000 yuan
      [20000000, -3700000], // the cap of 200,000 leaves 113,000: 237,000 − 87,000 − 113,000 cut
    ]);
    expect(adjustments[1].textEn).toBe(
      'Critical illness insurance: annual cap 200,000.00 yuan, 87,000.00 yuan already paid this year, at most 113,000.00 yuan now: -37,000.00 yuan',
    );
    expectLinesToAddUp(result);
  });

  it('say why a payer pays nothing', () => {
    const result = settle({ ...workedCase('04-shandong-2014-official'), category: 'ORDINARY' });
    expect(linesOf(result, 'ASSISTANCE').map((line) => line.textZh)).toEqual(['医疗救助 服务日期无适用规则，支付 0.00 元']);
    expect(linesOf(result, 'PREVENT_POVERTY').map((line) => line.textEn)).toEqual([
      'Prevent-poverty insurance: the household is not enrolled, pays 0.00 yuan',
    ]);
    expect(linesOf(result, 'BASIC').map((line) => line.textZh)).toEqual(['基本医保 按医保平台结算 100,000.00 元']);

    const ordinary = settle({ ...workedCase('02-yulin-dibao-preferential'), category: 'ORDINARY' });
    expect(linesOf(ordinary, 'ASSISTANCE').map((line) => line.textZh)).toEqual(['医疗救助 普通参保人不在救助范围内，支付 0.00 元']);

    const under = settle(workedCase('03-yulin-under-deductible'));
    expect(linesOf(under, 'CRITICAL_ILLNESS').at(-1)?.textZh).toBe('大病保险 累计 2,450.00 元未超过起付线 13,500.00 元，支付 0.00 元');
  });

  it('serialise with their texts, and copy to plain objects', () => {
    const result = settle(workedCase('07-ltc-part-month'));
    const json = JSON.parse(JSON.stringify(result));
    expect(json.lines[1]).toEqual({
      payer: 'LONG_TERM_CARE',
      band: null,
      baseFen: 245000,
      rateBp: null,
      amountFen: 0,
      fhirCategory: 'eligible',
      textZh: '长期护理保险 3级 月支付标准 3,500.00 元 × 21/30 天 = 2,450.00 元',
      textEn: 'Long-term care insurance: grade 3 monthly standard 3,500.00 yuan × 21/30 days = 2,450.00 yuan',
    });
    expect(result.lines.map(toPlainLine)).toEqual(json.lines);
  });
});

describe('limits', () => {
  it('basic stops at what the annual cap leaves', () => {
    const input = workedCase('01-yulin-ordinary-two-bands');
    const result = settle({ ...input, ytd: { ...ZERO_YTD, basicPaidFen: 14000000 } });
    expect(result.basicFen).toBe(1000000);
    expect(linesOf(result, 'BASIC').map((line) => line.amountFen)).toEqual([0, 10952500, -9952500]);
  });

  it('assistance counts its deductible once a year', () => {
    const input = workedCase('08-prevent-poverty-household');
    const result = settle({ ...input, ytd: { ...ZERO_YTD, assistanceBaseFen: 300000 } });
    // 200,000 fen of the 500,000 deductible is left: (2,399,250 − 200,000) × 50%
    expect(result.assistanceFen).toBe(1099625);
  });

  it('critical illness never pays more than this stay’s personal burden, even on accumulators from other rules', () => {
    // 200,000 yuan of base accumulated before critical-illness rules applied to this person: the
    // literal §5 formula would pay 108,000 yuan on a stay whose personal burden is 5,000 yuan.
    const result = settle({
      rules: validRules(SHANDONG_CI),
      category: 'ORDINARY',
      ytd: { ...ZERO_YTD, ciBaseFen: 20000000 },
      claim: inpatient({ totalFen: 1000000, inPolicyFen: 1000000, basicPaidFen: 500000 }),
    });
    expect(result.criticalIllnessFen).toBe(500000);
    expect(result.selfPayFen).toBe(0);
    const limit = linesOf(result, 'CRITICAL_ILLNESS').at(-1);
    expect(limit?.amountFen).toBe(500000 - 10800000);
    expectLinesToAddUp(result);
  });

  it('nothing is clawed back when more was paid this year than the entitlement now says', () => {
    // Paid as DIBAO earlier in the year, ORDINARY now.
    const result = settle({
      rules: validRules(SHANDONG_CI),
      category: 'ORDINARY',
      ytd: { ...ZERO_YTD, ciBaseFen: 2000000, ciPaidFen: 1000000 },
      claim: inpatient({ totalFen: 100000, inPolicyFen: 100000, basicPaidFen: 0 }),
    });
    expect(result.criticalIllnessFen).toBe(0);
    expect(linesOf(result, 'CRITICAL_ILLNESS').map((line) => line.amountFen)).toEqual([0, 0, 550000, -1000000, 450000]);
  });

  it('long-term care pays nothing for a grade without a standard, and says so', () => {
    const input = workedCase('06-ltc-institutional-full-month');
    const result = settle({ ...input, claim: { ...(input.claim as Extract<ClaimToSettle, { kind: 'LONG_TERM_CARE' }>), grade: 4 } });
    expect([result.longTermCareFen, result.selfPayFen, result.totalFen]).toEqual([0, 420000, 420000]);
    expect(linesOf(result, 'LONG_TERM_CARE').map((line) => line.textZh)).toContain('长期护理保险 护理等级 4 无月支付标准，支付 0.00 元');
    const uninsured = settle({ ...input, rules: {} });
    expect([uninsured.longTermCareFen, uninsured.selfPayFen]).toEqual([0, 420000]);
  });

  it('long-term care pays on the cost when it is below the standard', () => {
    const input = workedCase('06-ltc-institutional-full-month');
    const claim = { ...(input.claim as Extract<ClaimToSettle, { kind: 'LONG_TERM_CARE' }>), careForm: 'HOME' as const, eligibleCostFen: 100001 };
    const result = settle({ ...input, claim });
    expect(result.longTermCareFen).toBe(75001); // 100,001 × 75% = 75,000.75 -> 75,001
    expect(result.deltas).toEqual(ZERO_YTD);
  });
});

describe('amounts of 10^12 fen are exact', () => {
  it('settles a stay of ten billion yuan to the fen', () => {
    const rules = validRules({
      basic: { ...BASIC_RULES, annualCapFen: null },
      criticalIllness: { ...withoutPreferentialTerms(CRITICAL_ILLNESS_RULES), annualCapFen: null },
    });
    const trillion = 1_000_000_000_000;
    const result = settle({ rules, category: 'ORDINARY', ytd: ZERO_YTD, claim: inpatient({ totalFen: trillion, inPolicyFen: trillion }) });
    // (10^12 − 150,000) × 65% = 649,999,902,500; base 350,000,097,500;
    // CI = 990,000 + 4,900,000 + (350,000,097,500 − 10,000,000) × 80% = 279,997,968,000
    expect(result.basicFen).toBe(649_999_902_500);
    expect(result.criticalIllnessFen).toBe(279_997_968_000);
    expect(result.selfPayFen).toBe(70_002_129_500);
    expect(linesOf(result, 'CRITICAL_ILLNESS').at(-1)?.textZh).toBe('大病保险 第3段 100,000.00–3,500,000,975.00 元 × 80% = 2,799,920,780.00 元');
  });

  it('refuses accumulators that would pass Number.MAX_SAFE_INTEGER', () => {
    const input: SettlementInput = {
      rules: validRules(SHANDONG_CI),
      category: 'ORDINARY',
      ytd: { ...ZERO_YTD, ciBaseFen: Number.MAX_SAFE_INTEGER },
      claim: inpatient({ basicPaidFen: 0 }),
    };
    expect(() => settle(input)).toThrow(expect.objectContaining({ field: 'ytd.ciBaseFen' }));
  });
});

describe('settle refuses invalid input with SettlementInputError naming the field', () => {
  const valid = () => workedCase('08-prevent-poverty-household');
  const care = () => workedCase('07-ltc-part-month');
  type LooseInput = { rules: unknown; category: unknown; claim: Record<string, unknown>; ytd: Record<string, unknown> };
  type Change = (input: LooseInput) => void;
  const cases: [string, () => SettlementInput, Change, string][] = [
    ['in-policy above the total', valid, (i) => void (i.claim.inPolicyFen = 16000001), 'claim.inPolicyFen'],
    ['a negative total', valid, (i) => void (i.claim.totalFen = -1), 'claim.totalFen'],
    ['a fractional amount', valid, (i) => void (i.claim.inPolicyFen = 100.5), 'claim.inPolicyFen'],
    ['an amount past 2^53', valid, (i) => void (i.claim.totalFen = 2 ** 53), 'claim.totalFen'],
    ['an amount given as a string', valid, (i) => void (i.claim.totalFen = '16000000'), 'claim.totalFen'],
    ['NaN', valid, (i) => void (i.claim.inPolicyFen = Number.NaN), 'claim.inPolicyFen'],
    ['a missing amount', valid, (i) => void delete i.claim.inPolicyFen, 'claim.inPolicyFen'],
    ['basic paid above in-policy', valid, (i) => void (i.claim.basicPaidFen = 12000001), 'claim.basicPaidFen'],
    ['negative basic paid', valid, (i) => void (i.claim.basicPaidFen = -5), 'claim.basicPaidFen'],
    ['hospital level 4', valid, (i) => void (i.claim.hospitalLevel = 4), 'claim.hospitalLevel'],
    ['hospital level "3"', valid, (i) => void (i.claim.hospitalLevel = '3'), 'claim.hospitalLevel'],
    ['30 February', valid, (i) => void (i.claim.serviceDate = '2026-02-30'), 'claim.serviceDate'],
    ['a date with a time', valid, (i) => void (i.claim.serviceDate = '2026-03-10T08:00'), 'claim.serviceDate'],
    ['an unknown claim kind', valid, (i) => void (i.claim.kind = 'OUTPATIENT'), 'claim.kind'],
    ['an unknown category', valid, (i) => void (i.category = 'POOR'), 'category'],
    ['negative accumulators', valid, (i) => void (i.ytd.ciPaidFen = -1), 'ytd.ciPaidFen'],
    ['missing accumulators', valid, (i) => void delete i.ytd.householdSelfPayFen, 'ytd.householdSelfPayFen'],
    ['more days than the month has', care, (i) => void (i.claim.days = 31), 'claim.days'],
    ['a month of 32 days', care, (i) => void (i.claim.daysInMonth = 32), 'claim.daysInMonth'],
    ['fractional days', care, (i) => void (i.claim.days = 2.5), 'claim.days'],
    ['an unknown care form', care, (i) => void (i.claim.careForm = 'HOSPICE'), 'claim.careForm'],
    ['a negative care cost', care, (i) => void (i.claim.eligibleCostFen = -100), 'claim.eligibleCostFen'],
    ['a fractional grade', care, (i) => void (i.claim.grade = 1.5), 'claim.grade'],
  ];

  it.each(cases)('%s', (_label, make, change, field) => {
    const loose = structuredClone(make()) as unknown as LooseInput;
    change(loose);
    const input = loose as unknown as SettlementInput;
    let thrown: unknown;
    try {
      settle(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SettlementInputError);
    expect((thrown as SettlementInputError).field).toBe(field);
    expect((thrown as SettlementInputError).message.startsWith(`${field} `)).toBe(true);
    expect(() => settleAmounts(input)).toThrow(SettlementInputError);
  });

  it('names the values in the message', () => {
    const input = valid();
    expect(() => settle({ ...input, claim: inpatient({ totalFen: 100, inPolicyFen: 101 }) })).toThrow(
      'claim.inPolicyFen (101) must not exceed claim.totalFen (100)',
    );
  });
});

describe('settleAmounts', () => {
  it('gives the amounts and deltas of settle() without lines', () => {
    for (const name of ['01-yulin-ordinary-two-bands', '05-shandong-cap-second-stay', '07-ltc-part-month', '08-prevent-poverty-household']) {
      const input = workedCase(name);
      const { lines, ...amounts } = settle(input);
      expect(lines.length).toBeGreaterThan(0);
      expect(settleAmounts(input)).toEqual(amounts);
    }
  });
});
