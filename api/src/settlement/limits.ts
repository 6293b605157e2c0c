// The caps and limits shared by the payers of §5, each adjustment explained as its own line so a
// payer's lines always add up to what it pays.
import type { Explainer } from './explain';
import type { Payer } from './types';

/** BASIC and ASSISTANCE: this stay's amount, at most what the annual cap leaves: min(amount, max(0, cap − paid)). */
export function withinAnnualCap(
  payer: Payer,
  amountFen: number,
  annualCapFen: number | null,
  paidThisYearFen: number,
  explain: Explainer | null,
): number {
  if (annualCapFen === null) return amountFen;
  const left = annualCapFen > paidThisYearFen ? annualCapFen - paidThisYearFen : 0;
  if (amountFen <= left) return amountFen;
  explain?.cappedAtAnnualLimit(payer, annualCapFen, paidThisYearFen, left - amountFen);
  return left;
}

/**
 * CRITICAL_ILLNESS and PREVENT_POVERTY pay the year-to-date entitlement less what they already paid:
 * min(limit, max(0, min(entitlement − paid, cap − paid))).
 * `limit` is this stay's own base. §5 states it for PREVENT_POVERTY (min(own, …)); for CRITICAL_ILLNESS
 * it only binds when the accumulators were built under other rules or another category (e.g. the
 * person became DIBAO mid-year): without it the stay would pay more than the patient bears and
 * self-pay would turn negative.
 */
export function yearToDateBalance(
  payer: Payer,
  entitlementFen: number,
  paidThisYearFen: number,
  annualCapFen: number | null,
  limitFen: number,
  explain: Explainer | null,
): number {
  let pays = entitlementFen - paidThisYearFen;
  if (paidThisYearFen > 0) explain?.alreadyPaid(payer, paidThisYearFen);
  if (annualCapFen !== null && annualCapFen - paidThisYearFen < pays) {
    explain?.cappedAtAnnualLimit(payer, annualCapFen, paidThisYearFen, annualCapFen - paidThisYearFen - pays);
    pays = annualCapFen - paidThisYearFen;
  }
  if (pays < 0) {
    explain?.notNegative(payer, -pays);
    pays = 0;
  }
  if (pays > limitFen) {
    explain?.limitedToThisStay(payer, limitFen, limitFen - pays);
    pays = limitFen;
  }
  return pays;
}
