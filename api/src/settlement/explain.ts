// Explanation lines: what a clerk reads aloud to the patient, one line per step of DOMAIN.md §5.
// A line is built with its numbers only; its Chinese and English sentences are rendered when read
// (getters), because formatting yuan is most of the cost of a settlement and the fast path
// (amounts and deltas) must not pay for it.
import { formatRate, formatYuan } from './money';
import type {
  CareForm,
  Category,
  FhirAdjudicationCategory,
  Payer,
  SettlementAmounts,
  SettlementLine,
} from './types';

type Reason =
  | 'TOTAL'
  | 'IN_POLICY'
  | 'NO_RULES'
  | 'CATEGORY_NOT_COVERED'
  | 'NOT_ENROLLED'
  | 'PLATFORM'
  | 'DEDUCTIBLE'
  | 'BASE'
  | 'RATE'
  | 'BAND'
  | 'UNDER_DEDUCTIBLE'
  | 'ALREADY_PAID'
  | 'CAP'
  | 'NOT_NEGATIVE'
  | 'STAY_LIMIT'
  | 'LTC_COST'
  | 'LTC_STANDARD'
  | 'LTC_NO_STANDARD'
  | 'SELF_PAYS';

/** What every line of one settlement may need to phrase itself; `amounts` is set once settled. */
export interface ExplainContext {
  category: Category;
  hospitalLevel: number;
  careForm: CareForm | null;
  grade: number;
  amounts: SettlementAmounts | null;
}

/**
 * A SettlementLine whose texts are rendered on access. JSON.stringify uses toJSON, which includes the
 * texts; note that object spread ({ ...line }) copies only own fields and so drops textZh/textEn.
 */
export class ExplainedLine implements SettlementLine {
  readonly payer: Payer;
  readonly band: number | null;
  readonly baseFen: number;
  readonly rateBp: number | null;
  readonly amountFen: number;
  readonly fhirCategory: FhirAdjudicationCategory;
  readonly #reason: Reason;
  readonly #a: number;
  readonly #b: number;
  readonly #c: number;
  readonly #context: ExplainContext;

  constructor(
    payer: Payer,
    band: number | null,
    baseFen: number,
    rateBp: number | null,
    amountFen: number,
    fhirCategory: FhirAdjudicationCategory,
    reason: Reason,
    a: number,
    b: number,
    c: number,
    context: ExplainContext,
  ) {
    this.payer = payer;
    this.band = band;
    this.baseFen = baseFen;
    this.rateBp = rateBp;
    this.amountFen = amountFen;
    this.fhirCategory = fhirCategory;
    this.#reason = reason;
    this.#a = a;
    this.#b = b;
    this.#c = c;
    this.#context = context;
  }

  get textZh(): string {
    return renderZh(this, this.#reason, this.#a, this.#b, this.#c, this.#context);
  }

  get textEn(): string {
    return renderEn(this, this.#reason, this.#a, this.#b, this.#c, this.#context);
  }

  toJSON(): SettlementLine {
    return toPlainLine(this);
  }
}

/** A plain-object copy with the texts rendered, e.g. for a database row or a structured clone. */
export function toPlainLine(line: SettlementLine): SettlementLine {
  return {
    payer: line.payer,
    band: line.band,
    baseFen: line.baseFen,
    rateBp: line.rateBp,
    amountFen: line.amountFen,
    fhirCategory: line.fhirCategory,
    textZh: line.textZh,
    textEn: line.textEn,
  };
}

/** Collects the lines of one settlement, in the order the steps happen; also their shared context. */
export class Explainer implements ExplainContext {
  readonly lines: ExplainedLine[] = [];
  readonly category: Category;
  readonly hospitalLevel: number;
  readonly careForm: CareForm | null;
  readonly grade: number;
  amounts: SettlementAmounts | null = null;

  constructor(category: Category, hospitalLevel: number, careForm: CareForm | null, grade: number) {
    this.category = category;
    this.hospitalLevel = hospitalLevel;
    this.careForm = careForm;
    this.grade = grade;
  }

  private add(
    payer: Payer,
    band: number | null,
    baseFen: number,
    rateBp: number | null,
    amountFen: number,
    fhirCategory: FhirAdjudicationCategory,
    reason: Reason,
    a = 0,
    b = 0,
    c = 0,
  ): void {
    this.lines.push(new ExplainedLine(payer, band, baseFen, rateBp, amountFen, fhirCategory, reason, a, b, c, this));
  }

  total(totalFen: number): void {
    this.add('SELF', null, totalFen, null, 0, 'submitted', 'TOTAL');
  }

  inPolicy(inPolicyFen: number, outOfPolicyFen: number): void {
    this.add('SELF', null, inPolicyFen, null, 0, 'eligible', 'IN_POLICY', outOfPolicyFen);
  }

  noRules(payer: Payer, baseFen: number): void {
    this.add(payer, null, baseFen, null, 0, 'benefit', 'NO_RULES');
  }

  categoryNotCovered(restFen: number): void {
    this.add('ASSISTANCE', null, restFen, null, 0, 'benefit', 'CATEGORY_NOT_COVERED');
  }

  householdNotEnrolled(ownFen: number): void {
    this.add('PREVENT_POVERTY', null, ownFen, null, 0, 'benefit', 'NOT_ENROLLED');
  }

  reportedByPlatform(inPolicyFen: number, basicFen: number): void {
    this.add('BASIC', null, inPolicyFen, null, basicFen, 'benefit', 'PLATFORM');
  }

  /** a, b, c: CI = (deductible before the preferential factor, factor bp, 1 if preferential); ASSISTANCE = (annual deductible, already counted). */
  deductible(payer: Payer, deductibleFen: number, a = 0, b = 0, c = 0): void {
    this.add(payer, null, deductibleFen, null, 0, 'deductible', 'DEDUCTIBLE', a, b, c);
  }

  /** a, b: CI = (year-to-date base); PREVENT_POVERTY = (household year to date, 1 if out-of-policy counts). */
  base(payer: Payer, baseFen: number, a = 0, b = 0): void {
    this.add(payer, null, baseFen, null, 0, 'eligible', 'BASE', a, b);
  }

  rate(payer: Payer, baseFen: number, rateBp: number, amountFen: number): void {
    this.add(payer, null, baseFen, rateBp, amountFen, 'benefit', 'RATE');
  }

  /** The band's part of the accumulator, fromFen–toFen, at rateBp (preferential bonus included). */
  band(payer: Payer, bandNumber: number, fromFen: number, toFen: number, rateBp: number, amountFen: number, rateBonusBp: number): void {
    this.add(payer, bandNumber, toFen - fromFen, rateBp, amountFen, 'benefit', 'BAND', fromFen, toFen, rateBonusBp);
  }

  underDeductible(payer: Payer, accumulatedFen: number, deductibleFen: number): void {
    this.add(payer, null, accumulatedFen, null, 0, 'benefit', 'UNDER_DEDUCTIBLE', deductibleFen);
  }

  alreadyPaid(payer: Payer, paidFen: number): void {
    this.add(payer, null, paidFen, null, -paidFen, 'benefit', 'ALREADY_PAID');
  }

  cappedAtAnnualLimit(payer: Payer, capFen: number, paidFen: number, adjustmentFen: number): void {
    this.add(payer, null, capFen, null, adjustmentFen, 'benefit', 'CAP', paidFen);
  }

  notNegative(payer: Payer, adjustmentFen: number): void {
    this.add(payer, null, 0, null, adjustmentFen, 'benefit', 'NOT_NEGATIVE');
  }

  limitedToThisStay(payer: Payer, limitFen: number, adjustmentFen: number): void {
    this.add(payer, null, limitFen, null, adjustmentFen, 'benefit', 'STAY_LIMIT');
  }

  careCost(eligibleCostFen: number): void {
    this.add('LONG_TERM_CARE', null, eligibleCostFen, null, 0, 'submitted', 'LTC_COST');
  }

  careStandard(standardFen: number, monthlyStandardFen: number, days: number, daysInMonth: number): void {
    this.add('LONG_TERM_CARE', null, standardFen, null, 0, 'eligible', 'LTC_STANDARD', monthlyStandardFen, days, daysInMonth);
  }

  noCareStandard(grade: number): void {
    this.add('LONG_TERM_CARE', null, 0, null, 0, 'benefit', 'LTC_NO_STANDARD', grade);
  }

  selfPays(amounts: SettlementAmounts): void {
    this.amounts = amounts;
    this.add('SELF', null, amounts.totalFen, null, amounts.selfPayFen, 'copay', 'SELF_PAYS');
  }
}

// ---- the sentences ----

const PAYER_ZH: Record<Payer, string> = {
  BASIC: '基本医保',
  CRITICAL_ILLNESS: '大病保险',
  ASSISTANCE: '医疗救助',
  PREVENT_POVERTY: '防贫保',
  LONG_TERM_CARE: '长期护理保险',
  SELF: '个人自付',
};

const PAYER_EN: Record<Payer, string> = {
  BASIC: 'Basic medical insurance',
  CRITICAL_ILLNESS: 'Critical illness insurance',
  ASSISTANCE: 'Medical assistance',
  PREVENT_POVERTY: 'Prevent-poverty insurance',
  LONG_TERM_CARE: 'Long-term care insurance',
  SELF: 'Patient',
};

const PAYER_SHORT_EN: Record<Payer, string> = {
  BASIC: 'basic',
  CRITICAL_ILLNESS: 'critical illness',
  ASSISTANCE: 'assistance',
  PREVENT_POVERTY: 'prevent-poverty',
  LONG_TERM_CARE: 'long-term care',
  SELF: 'self',
};

const CATEGORY_ZH: Record<Category, string> = {
  ORDINARY: '普通参保人',
  TEKUN: '特困人员',
  DIBAO: '低保对象',
  DIBAO_EDGE: '低保边缘人员',
  MONITORED: '防返贫监测对象',
  RELAPSED: '返贫致贫人口',
  LIFTED: '脱贫人口',
};

const CATEGORY_EN: Record<Category, string> = {
  ORDINARY: 'ordinary resident',
  TEKUN: 'person in extreme poverty (tekun)',
  DIBAO: 'minimum-living-allowance recipient (dibao)',
  DIBAO_EDGE: 'member of a household on the edge of dibao',
  MONITORED: 'person monitored against falling into poverty',
  RELAPSED: 'person who fell (back) into poverty',
  LIFTED: 'person lifted out of poverty',
};

const HOSPITAL_LEVEL_ZH = ['', '一级', '二级', '三级'];
const CARE_FORM_ZH: Record<CareForm, string> = { INSTITUTIONAL: '机构护理', HOME: '居家护理' };
const CARE_FORM_EN: Record<CareForm, string> = { INSTITUTIONAL: 'institutional care', HOME: 'home care' };

const y = formatYuan;
const r = formatRate;

/** Payers other than SELF that paid something, in the order of §1. */
function payersThatPaid(amounts: SettlementAmounts): [Payer, number][] {
  const paid: [Payer, number][] = [
    ['BASIC', amounts.basicFen],
    ['CRITICAL_ILLNESS', amounts.criticalIllnessFen],
    ['ASSISTANCE', amounts.assistanceFen],
    ['PREVENT_POVERTY', amounts.preventPovertyFen],
    ['LONG_TERM_CARE', amounts.longTermCareFen],
  ];
  return paid.filter(([, fen]) => fen !== 0);
}

function renderZh(line: SettlementLine, reason: Reason, a: number, b: number, c: number, context: ExplainContext): string {
  const p = PAYER_ZH[line.payer];
  const base = y(line.baseFen);
  switch (reason) {
    case 'TOTAL':
      return `总费用 ${base} 元`;
    case 'IN_POLICY':
      return `政策范围内费用 ${base} 元，政策范围外费用 ${y(a)} 元`;
    case 'NO_RULES':
      return `${p} 服务日期无适用规则，支付 0.00 元`;
    case 'CATEGORY_NOT_COVERED':
      return `${p} ${CATEGORY_ZH[context.category]}不在救助范围内，支付 0.00 元`;
    case 'NOT_ENROLLED':
      return `${p} 家庭未参保，支付 0.00 元`;
    case 'PLATFORM':
      return `${p} 按医保平台结算 ${y(line.amountFen)} 元`;
    case 'DEDUCTIBLE':
      switch (line.payer) {
        case 'BASIC':
          return `${p} 起付线 ${base} 元（${HOSPITAL_LEVEL_ZH[context.hospitalLevel]}医院）`;
        case 'CRITICAL_ILLNESS':
          return c === 1
            ? `${p} 起付线 ${base} 元（${CATEGORY_ZH[context.category]}优惠：${y(a)} 元 × ${r(b)}）`
            : `${p} 起付线 ${base} 元（按本年累计）`;
        case 'ASSISTANCE':
          return `${p} 年度起付线 ${y(a)} 元，本年已计入 ${y(b)} 元，本次起付 ${base} 元`;
        default:
          return `${p} 起付线 ${base} 元（按家庭本年累计自付）`;
      }
    case 'BASE':
      switch (line.payer) {
        case 'CRITICAL_ILLNESS':
          return `${p} 本次个人负担 ${base} 元，本年累计 ${y(a)} 元`;
        case 'ASSISTANCE':
          return `${p} 本次政策范围内剩余费用 ${base} 元`;
        default:
          return `${p} 本次自付 ${base} 元（${b === 1 ? '含' : '不含'}政策范围外费用），家庭本年累计 ${y(a)} 元`;
      }
    case 'RATE': {
      const form = line.payer === 'LONG_TERM_CARE' && context.careForm !== null ? ` ${CARE_FORM_ZH[context.careForm]}` : '';
      return `${p}${form} ${base} 元 × ${r(line.rateBp ?? 0)} = ${y(line.amountFen)} 元`;
    }
    case 'BAND': {
      const bonus = c > 0 ? `（含优惠 ${r(c)}）` : '';
      return `${p} 第${line.band}段 ${y(a)}–${y(b)} 元 × ${r(line.rateBp ?? 0)} = ${y(line.amountFen)} 元${bonus}`;
    }
    case 'UNDER_DEDUCTIBLE':
      return `${p} 累计 ${base} 元未超过起付线 ${y(a)} 元，支付 0.00 元`;
    case 'ALREADY_PAID':
      return `${p} 扣除本年已支付 ${base} 元：${y(line.amountFen)} 元`;
    case 'CAP':
      return `${p} 年度封顶 ${base} 元，本年已支付 ${y(a)} 元，本次最多 ${y(Math.max(0, line.baseFen - a))} 元：${y(line.amountFen)} 元`;
    case 'NOT_NEGATIVE':
      return `${p} 本年已支付超过累计应付额，本次不再支付、也不追回：+${y(line.amountFen)} 元`;
    case 'STAY_LIMIT':
      return line.payer === 'CRITICAL_ILLNESS'
        ? `${p} 以本次个人负担 ${base} 元为限：${y(line.amountFen)} 元`
        : `${p} 以本次自付 ${base} 元为限：${y(line.amountFen)} 元`;
    case 'LTC_COST':
      return `${p} 本月护理费用 ${base} 元（${context.careForm === null ? '' : CARE_FORM_ZH[context.careForm]}，护理等级 ${context.grade}）`;
    case 'LTC_STANDARD':
      return `${p} ${context.grade}级 月支付标准 ${y(a)} 元 × ${b}/${c} 天 = ${base} 元`;
    case 'LTC_NO_STANDARD':
      return `${p} 护理等级 ${a} 无月支付标准，支付 0.00 元`;
    case 'SELF_PAYS': {
      const amounts = context.amounts as SettlementAmounts;
      const what = context.careForm === null ? '总费用' : '护理费用';
      const minus = payersThatPaid(amounts).map(([payer, fen]) => ` − ${PAYER_ZH[payer]} ${y(fen)}`);
      return `个人自付 = ${what} ${base}${minus.join('')} = ${y(line.amountFen)} 元`;
    }
  }
}

function renderEn(line: SettlementLine, reason: Reason, a: number, b: number, c: number, context: ExplainContext): string {
  const p = PAYER_EN[line.payer];
  const base = y(line.baseFen);
  switch (reason) {
    case 'TOTAL':
      return `Total cost ${base} yuan`;
    case 'IN_POLICY':
      return `In-policy cost ${base} yuan, out-of-policy cost ${y(a)} yuan`;
    case 'NO_RULES':
      return `${p}: no rules in force on the service date, pays 0.00 yuan`;
    case 'CATEGORY_NOT_COVERED':
      return `${p} does not cover a ${CATEGORY_EN[context.category]}: pays 0.00 yuan`;
    case 'NOT_ENROLLED':
      return `${p}: the household is not enrolled, pays 0.00 yuan`;
    case 'PLATFORM':
      return `${p} as settled by the medical-insurance platform: ${y(line.amountFen)} yuan`;
    case 'DEDUCTIBLE':
      switch (line.payer) {
        case 'BASIC':
          return `${p} deductible ${base} yuan (level-${context.hospitalLevel} hospital)`;
        case 'CRITICAL_ILLNESS':
          return c === 1
            ? `${p} deductible ${base} yuan (preferential for a ${CATEGORY_EN[context.category]}: ${y(a)} yuan × ${r(b)})`
            : `${p} deductible ${base} yuan (on the year-to-date total)`;
        case 'ASSISTANCE':
          return `${p} annual deductible ${y(a)} yuan, ${y(b)} yuan already counted this year: ${base} yuan left to bear`;
        default:
          return `${p} threshold ${base} yuan (on the household's year-to-date self-pay)`;
      }
    case 'BASE':
      switch (line.payer) {
        case 'CRITICAL_ILLNESS':
          return `${p}: personal burden of this stay ${base} yuan, year to date ${y(a)} yuan`;
        case 'ASSISTANCE':
          return `${p}: in-policy cost still unpaid ${base} yuan`;
        default:
          return `${p}: self-pay of this stay ${base} yuan (${b === 1 ? 'including' : 'excluding'} out-of-policy cost), household year to date ${y(a)} yuan`;
      }
    case 'RATE': {
      const form = line.payer === 'LONG_TERM_CARE' && context.careForm !== null ? `, ${CARE_FORM_EN[context.careForm]},` : '';
      return `${p}${form} ${base} yuan × ${r(line.rateBp ?? 0)} = ${y(line.amountFen)} yuan`;
    }
    case 'BAND': {
      const bonus = c > 0 ? ` (including a preferential ${r(c)})` : '';
      return `${p} band ${line.band}: ${y(a)}–${y(b)} yuan × ${r(line.rateBp ?? 0)} = ${y(line.amountFen)} yuan${bonus}`;
    }
    case 'UNDER_DEDUCTIBLE':
      return `${p}: ${base} yuan accumulated does not exceed the deductible of ${y(a)} yuan, pays 0.00 yuan`;
    case 'ALREADY_PAID':
      return `${p}: less ${base} yuan already paid this year: ${y(line.amountFen)} yuan`;
    case 'CAP':
      return `${p}: annual cap ${base} yuan, ${y(a)} yuan already paid this year, at most ${y(Math.max(0, line.baseFen - a))} yuan now: ${y(line.amountFen)} yuan`;
    case 'NOT_NEGATIVE':
      return `${p}: already paid this year exceeds the year-to-date entitlement; nothing more is paid and nothing is clawed back: +${y(line.amountFen)} yuan`;
    case 'STAY_LIMIT':
      return line.payer === 'CRITICAL_ILLNESS'
        ? `${p} is limited to this stay's personal burden of ${base} yuan: ${y(line.amountFen)} yuan`
        : `${p} is limited to this stay's self-pay of ${base} yuan: ${y(line.amountFen)} yuan`;
    case 'LTC_COST':
      return `${p}: care cost this month ${base} yuan (${context.careForm === null ? '' : CARE_FORM_EN[context.careForm]}, grade ${context.grade})`;
    case 'LTC_STANDARD':
      return `${p}: grade ${context.grade} monthly standard ${y(a)} yuan × ${b}/${c} days = ${base} yuan`;
    case 'LTC_NO_STANDARD':
      return `${p}: grade ${a} has no monthly standard, pays 0.00 yuan`;
    case 'SELF_PAYS': {
      const amounts = context.amounts as SettlementAmounts;
      const what = context.careForm === null ? 'total cost' : 'care cost';
      const minus = payersThatPaid(amounts).map(([payer, fen]) => ` − ${PAYER_SHORT_EN[payer]} ${y(fen)}`);
      return `Patient pays: ${what} ${base}${minus.join('')} = ${y(line.amountFen)} yuan`;
    }
  }
}
