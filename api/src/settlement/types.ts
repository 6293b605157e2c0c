// The vocabulary of the settlement engine (DOMAIN.md §1–§5). Plain types only, so the API, the
// database layer and a browser console can all share them.

export const CATEGORIES = ['ORDINARY', 'TEKUN', 'DIBAO', 'DIBAO_EDGE', 'MONITORED', 'RELAPSED', 'LIFTED'] as const;
export type Category = (typeof CATEGORIES)[number];

export const PRODUCT_KINDS = ['BASIC', 'CRITICAL_ILLNESS', 'ASSISTANCE', 'PREVENT_POVERTY', 'LONG_TERM_CARE'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export type Payer = 'BASIC' | 'CRITICAL_ILLNESS' | 'ASSISTANCE' | 'PREVENT_POVERTY' | 'LONG_TERM_CARE' | 'SELF';

export const CARE_FORMS = ['INSTITUTIONAL', 'HOME'] as const;
export type CareForm = (typeof CARE_FORMS)[number];

export type HospitalLevel = 1 | 2 | 3;

/** The year-to-date accumulators of §5 (person and household), in fen, before this claim. */
export interface YearToDate {
  basicPaidFen: number;
  ciBaseFen: number;
  ciPaidFen: number;
  assistanceBaseFen: number;
  assistancePaidFen: number;
  householdSelfPayFen: number;
  householdPovertyPaidFen: number;
}

export const YTD_FIELDS = [
  'basicPaidFen',
  'ciBaseFen',
  'ciPaidFen',
  'assistanceBaseFen',
  'assistancePaidFen',
  'householdSelfPayFen',
  'householdPovertyPaidFen',
] as const satisfies readonly (keyof YearToDate)[];

export const ZERO_YTD: YearToDate = Object.freeze({
  basicPaidFen: 0,
  ciBaseFen: 0,
  ciPaidFen: 0,
  assistanceBaseFen: 0,
  assistancePaidFen: 0,
  householdSelfPayFen: 0,
  householdPovertyPaidFen: 0,
});

export interface InpatientClaim {
  kind: 'INPATIENT';
  serviceDate: string;
  hospitalLevel: HospitalLevel;
  totalFen: number;
  inPolicyFen: number;
  /** BASIC as reported by the medical-insurance platform; when given it replaces the computed one. */
  basicPaidFen?: number | null;
}

export interface LongTermCareClaim {
  kind: 'LONG_TERM_CARE';
  serviceDate: string;
  grade: number;
  careForm: CareForm;
  days: number;
  daysInMonth: number;
  eligibleCostFen: number;
}

export type ClaimToSettle = InpatientClaim | LongTermCareClaim;

export type FhirAdjudicationCategory = 'submitted' | 'eligible' | 'deductible' | 'benefit' | 'copay';

/** One explanation line; the amounts of a payer's lines add up to that payer's amount. */
export interface SettlementLine {
  payer: Payer;
  /** 1-based band number for banded payers, else null. */
  band: number | null;
  baseFen: number;
  rateBp: number | null;
  /** Zero for informational lines, negative for "already paid" or "capped" adjustments. */
  amountFen: number;
  fhirCategory: FhirAdjudicationCategory;
  textZh: string;
  textEn: string;
}

/** The money part of a settlement: what each payer pays and how the accumulators move. */
export interface SettlementAmounts {
  basicFen: number;
  criticalIllnessFen: number;
  assistanceFen: number;
  preventPovertyFen: number;
  longTermCareFen: number;
  selfPayFen: number;
  totalFen: number;
  /** Amounts to ADD to the year-to-date accumulators, in the same transaction as the settlement. */
  deltas: YearToDate;
}

export interface SettlementResult extends SettlementAmounts {
  lines: SettlementLine[];
}
