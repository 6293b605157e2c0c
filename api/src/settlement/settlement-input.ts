// Checks what settle() is given before any money is computed. The rules are not re-validated here:
// they are the typed result of validateRules/validateRuleSet (re-parsing them per claim would cost
// more than the settlement itself).
import { SettlementInputError } from './errors';
import { isFen } from './money';
import type { Rules } from './rules';
import {
  CARE_FORMS,
  CATEGORIES,
  type Category,
  type ClaimToSettle,
  type InpatientClaim,
  type LongTermCareClaim,
  type YearToDate,
} from './types';

export interface SettlementInput {
  /** The rules in force on the service date; `preventPoverty` present = the household is enrolled. */
  rules: Rules;
  /** The person's category in force on the service date. */
  category: Category;
  /** The accumulators of the service date's calendar year, before this claim. */
  ytd: YearToDate;
  claim: ClaimToSettle;
}

const CATEGORY_SET: ReadonlySet<unknown> = new Set(CATEGORIES);

export function checkSettlementInput(input: SettlementInput): void {
  if (input === null || typeof input !== 'object') throw new SettlementInputError('input', 'must be an object');
  if (input.rules === null || typeof input.rules !== 'object') {
    throw new SettlementInputError('rules', 'must be an object (as returned by validateRuleSet)');
  }
  if (!CATEGORY_SET.has(input.category)) {
    throw new SettlementInputError('category', `must be one of ${CATEGORIES.join(', ')}, got ${show(input.category)}`);
  }
  checkYearToDate(input.ytd);
  const claim = input.claim;
  if (claim === null || typeof claim !== 'object') throw new SettlementInputError('claim', 'must be an object');
  if (claim.kind === undefined) throw new SettlementInputError('claim.kind', 'is required');
  if (claim.kind === 'INPATIENT') checkInpatient(claim);
  else if (claim.kind === 'LONG_TERM_CARE') checkLongTermCare(claim);
  else throw new SettlementInputError('claim.kind', `must be INPATIENT or LONG_TERM_CARE, got ${show((claim as { kind: unknown }).kind)}`);
}

function checkYearToDate(ytd: YearToDate): void {
  if (ytd === null || typeof ytd !== 'object') throw new SettlementInputError('ytd', 'must be an object');
  // Spelled out rather than looped over YTD_FIELDS: a keyed loop here costs a fifth of a settlement.
  requireFen(ytd.basicPaidFen, 'ytd.basicPaidFen');
  requireFen(ytd.ciBaseFen, 'ytd.ciBaseFen');
  requireFen(ytd.ciPaidFen, 'ytd.ciPaidFen');
  requireFen(ytd.assistanceBaseFen, 'ytd.assistanceBaseFen');
  requireFen(ytd.assistancePaidFen, 'ytd.assistancePaidFen');
  requireFen(ytd.householdSelfPayFen, 'ytd.householdSelfPayFen');
  requireFen(ytd.householdPovertyPaidFen, 'ytd.householdPovertyPaidFen');
}

function checkInpatient(claim: InpatientClaim): void {
  requireServiceDate(claim.serviceDate);
  if (claim.hospitalLevel !== 1 && claim.hospitalLevel !== 2 && claim.hospitalLevel !== 3) {
    throw new SettlementInputError('claim.hospitalLevel', `must be 1, 2 or 3, got ${show(claim.hospitalLevel)}`);
  }
  requireFen(claim.totalFen, 'claim.totalFen');
  requireFen(claim.inPolicyFen, 'claim.inPolicyFen');
  if (claim.inPolicyFen > claim.totalFen) {
    throw new SettlementInputError('claim.inPolicyFen', `(${claim.inPolicyFen}) must not exceed claim.totalFen (${claim.totalFen})`);
  }
  const basicPaid = claim.basicPaidFen;
  if (basicPaid !== undefined && basicPaid !== null) {
    requireFen(basicPaid, 'claim.basicPaidFen');
    if (basicPaid > claim.inPolicyFen) {
      throw new SettlementInputError('claim.basicPaidFen', `(${basicPaid}) must not exceed claim.inPolicyFen (${claim.inPolicyFen})`);
    }
  }
}

function checkLongTermCare(claim: LongTermCareClaim): void {
  requireServiceDate(claim.serviceDate);
  if (!Number.isSafeInteger(claim.grade) || claim.grade < 0) {
    throw new SettlementInputError('claim.grade', `must be a whole number, got ${show(claim.grade)}`);
  }
  if (!CARE_FORMS.includes(claim.careForm)) {
    throw new SettlementInputError('claim.careForm', `must be INSTITUTIONAL or HOME, got ${show(claim.careForm)}`);
  }
  if (!Number.isSafeInteger(claim.daysInMonth) || claim.daysInMonth < 28 || claim.daysInMonth > 31) {
    throw new SettlementInputError('claim.daysInMonth', `must be a whole number from 28 to 31, got ${show(claim.daysInMonth)}`);
  }
  if (!Number.isSafeInteger(claim.days) || claim.days < 0 || claim.days > claim.daysInMonth) {
    throw new SettlementInputError('claim.days', `must be a whole number from 0 to claim.daysInMonth (${claim.daysInMonth}), got ${show(claim.days)}`);
  }
  requireFen(claim.eligibleCostFen, 'claim.eligibleCostFen');
}

function requireFen(value: unknown, field: string): void {
  if (value === undefined) throw new SettlementInputError(field, 'is required');
  if (!isFen(value)) {
    throw new SettlementInputError(field, `must be a non-negative safe integer number of fen, got ${show(value)}`);
  }
}

/** YYYY-MM-DD naming a real calendar day; parsed by character codes because it runs on every claim. */
function requireServiceDate(value: unknown): void {
  if (typeof value === 'string' && value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const year = digitsAt(value, 0, 4);
    const month = digitsAt(value, 5, 2);
    const day = digitsAt(value, 8, 2);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return;
  }
  throw new SettlementInputError('claim.serviceDate', `must be a calendar date YYYY-MM-DD, got ${show(value)}`);
}

/** The number written by `length` decimal digits at `start`, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value !== null && typeof value === 'object') return Array.isArray(value) ? 'a list' : 'an object';
  return String(value);
}
