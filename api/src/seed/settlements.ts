import { householdYearAccumulators, personYearAccumulators, settlementLines, settlements } from '../../../schema/index';
import type { ProductKind } from '../../../schema/domain-values';
import type { Executor } from '../db/client';
import { categoryOn } from '../people/category';
import { halfUpBp, settle, toPlainLine, ZERO_YTD, type ClaimToSettle, type Rules, type SettlementLine, type YearToDate } from '../settlement/index';
import type { ClaimPlan } from './claims';
import { daysInMonth } from './demo-clock';
import type { PeoplePlan } from './people';
import type { PoliciesPlan } from './policies';
import { PRODUCT_CODES, rulesInForce, versionKey, type ProductPlan } from './products';
import { Random } from './random';
import { insertReturningInChunks } from './seed-db';

/**
 * Settles the demo's settled, paid and reversed claims with the engine, as the claims service would:
 * in order of service date, each reading the person's and household's year-to-date accumulators and
 * adding its deltas; a reversal subtracts the deltas of the settlement it reverses. The accumulator rows
 * written at the end therefore equal the sums of the deltas of the settlements not reversed.
 */

export interface SettlementPlan {
  claimKey: number;
  kind: 'SETTLEMENT' | 'REVERSAL';
  countyCode: string;
  serviceYear: number;
  basicFen: number;
  criticalIllnessFen: number;
  assistanceFen: number;
  preventPovertyFen: number;
  longTermCareFen: number;
  selfPayFen: number;
  totalFen: number;
  /** The versions applied, by kind, as `${productCode}/${versionNo}`. */
  versionKeys: Partial<Record<ProductKind, string>>;
  /** The movements applied to the accumulators (negated in a reversal). */
  deltas: YearToDate;
  reason: string | null;
  createdBy: string;
  createdAtMs: number;
  lines: SettlementLine[];
}

export interface PersonAccumulatorPlan {
  personKey: number;
  countyCode: string;
  year: number;
  basicPaidFen: number;
  ciBaseFen: number;
  ciPaidFen: number;
  assistanceBaseFen: number;
  assistancePaidFen: number;
  updatedAtMs: number;
}

export interface HouseholdAccumulatorPlan {
  householdKey: number;
  countyCode: string;
  year: number;
  selfPayFen: number;
  povertyPaidFen: number;
  updatedAtMs: number;
}

export interface SettlementsPlan {
  settlements: SettlementPlan[];
  persons: PersonAccumulatorPlan[];
  households: HouseholdAccumulatorPlan[];
}

const SETTLED_STATUSES = new Set(['SETTLED', 'PAID', 'REVERSED']);

export function planSettlements(people: PeoplePlan, policies: PoliciesPlan, products: ProductPlan[], claims: ClaimPlan[]): SettlementsPlan {
  const random = new Random(0x5eed_0006);
  const persons = new Map<number, PersonAccumulatorPlan>();
  const households = new Map<number, HouseholdAccumulatorPlan>();
  const planned: SettlementPlan[] = [];
  const submittedAt = (c: ClaimPlan) => c.events[0].atMs;
  const order = [...claims].sort((a, b) =>
    a.serviceDate !== b.serviceDate ? (a.serviceDate < b.serviceDate ? -1 : 1) : submittedAt(a) - submittedAt(b) || a.key - b.key,
  );

  for (const claim of order) {
    const person = people.people[claim.personKey];
    const year = Number(claim.serviceDate.slice(0, 4));
    const personAcc = persons.get(person.key) ?? emptyPerson(person.key, person.countyCode, year);
    const householdAcc = households.get(person.householdKey) ?? emptyHousehold(person.householdKey, person.countyCode, year);
    const ytd: YearToDate = {
      basicPaidFen: personAcc.basicPaidFen,
      ciBaseFen: personAcc.ciBaseFen,
      ciPaidFen: personAcc.ciPaidFen,
      assistanceBaseFen: personAcc.assistanceBaseFen,
      assistancePaidFen: personAcc.assistancePaidFen,
      householdSelfPayFen: householdAcc.selfPayFen,
      householdPovertyPaidFen: householdAcc.povertyPaidFen,
    };
    const inForce = rulesInForce(products, claim.serviceDate);
    if (claim.reportsBasicPaid) claim.basicPaidFen = platformBasicPaid(random, claim, inForce.rules, ytd);
    if (!SETTLED_STATUSES.has(claim.status)) continue;

    const enrolled = policies.byHolder.has(`PREVENT_POVERTY/h${person.householdKey}`);
    const kinds: ProductKind[] =
      claim.kind === 'LONG_TERM_CARE' ? ['LONG_TERM_CARE'] : ['BASIC', 'CRITICAL_ILLNESS', 'ASSISTANCE', ...(enrolled ? (['PREVENT_POVERTY'] as const) : [])];
    const rules: Rules =
      claim.kind === 'LONG_TERM_CARE'
        ? { longTermCare: inForce.rules.longTermCare }
        : { basic: inForce.rules.basic, criticalIllness: inForce.rules.criticalIllness, assistance: inForce.rules.assistance, preventPoverty: enrolled ? inForce.rules.preventPoverty : undefined };
    const result = settle({ rules, category: categoryOn(person.periods, claim.serviceDate), ytd: claim.kind === 'LONG_TERM_CARE' ? ZERO_YTD : ytd, claim: toEngineClaim(claim) });

    const settleEvent = claim.events.find((e) => e.action === 'claim.settle')!;
    const settlement: SettlementPlan = {
      claimKey: claim.key,
      kind: 'SETTLEMENT',
      countyCode: claim.countyCode,
      serviceYear: year,
      basicFen: result.basicFen,
      criticalIllnessFen: result.criticalIllnessFen,
      assistanceFen: result.assistanceFen,
      preventPovertyFen: result.preventPovertyFen,
      longTermCareFen: result.longTermCareFen,
      selfPayFen: result.selfPayFen,
      totalFen: result.totalFen,
      versionKeys: Object.fromEntries(kinds.map((kind) => [kind, versionKey(PRODUCT_CODES[kind], inForce.versions[kind]!.versionNo)])),
      deltas: result.deltas,
      reason: null,
      createdBy: settleEvent.actor,
      createdAtMs: settleEvent.atMs,
      lines: result.lines,
    };
    planned.push(settlement);
    if (claim.kind === 'INPATIENT') {
      apply(personAcc, householdAcc, result.deltas, 1, settleEvent.atMs);
      persons.set(person.key, personAcc);
      households.set(person.householdKey, householdAcc);
    }

    if (claim.status === 'REVERSED') {
      const reverseEvent = claim.events.find((e) => e.action === 'claim.reverse')!;
      planned.push({
        ...settlement,
        kind: 'REVERSAL',
        deltas: negate(result.deltas),
        reason: claim.reversalReason,
        createdBy: reverseEvent.actor,
        createdAtMs: reverseEvent.atMs,
        // The same lines, marked: a reversal carries the reversed amounts, with the opposite meaning.
        lines: result.lines.map((line) => ({ ...line, textZh: `【冲正】${line.textZh}`, textEn: `[Reversal] ${line.textEn}` })),
      });
      if (claim.kind === 'INPATIENT') apply(personAcc, householdAcc, result.deltas, -1, reverseEvent.atMs);
    }
  }
  return { settlements: planned, persons: [...persons.values()], households: [...households.values()] };
}

function toEngineClaim(claim: ClaimPlan): ClaimToSettle {
  if (claim.kind === 'LONG_TERM_CARE') {
    const [year, month] = [Number(claim.serviceDate.slice(0, 4)), Number(claim.serviceDate.slice(5, 7))];
    return {
      kind: 'LONG_TERM_CARE',
      serviceDate: claim.serviceDate,
      grade: claim.careGrade!,
      careForm: claim.careForm!,
      days: claim.careDays!,
      daysInMonth: daysInMonth(year, month),
      eligibleCostFen: claim.inPolicyFen,
    };
  }
  return {
    kind: 'INPATIENT',
    serviceDate: claim.serviceDate,
    hospitalLevel: claim.hospitalLevel!,
    totalFen: claim.totalFen,
    inPolicyFen: claim.inPolicyFen,
    basicPaidFen: claim.basicPaidFen,
  };
}

/**
 * What the medical-insurance platform reports basic insurance paid: the schedule's amount within the
 * annual cap, sometimes a little less where the platform excluded an item.
 */
function platformBasicPaid(random: Random, claim: ClaimPlan, rules: Rules, ytd: YearToDate): number {
  const basic = rules.basic!;
  const level = String(claim.hospitalLevel) as '1' | '2' | '3';
  const base = Math.max(0, claim.inPolicyFen - basic.deductibleFenByLevel[level]);
  let paid = halfUpBp(base, basic.rateBpByLevel[level]);
  if (random.chance(0.4)) paid -= halfUpBp(paid, random.int(10, 300));
  if (basic.annualCapFen !== null) paid = Math.min(paid, Math.max(0, basic.annualCapFen - ytd.basicPaidFen));
  return Math.min(paid, claim.inPolicyFen);
}

function emptyPerson(personKey: number, countyCode: string, year: number): PersonAccumulatorPlan {
  return { personKey, countyCode, year, basicPaidFen: 0, ciBaseFen: 0, ciPaidFen: 0, assistanceBaseFen: 0, assistancePaidFen: 0, updatedAtMs: 0 };
}

function emptyHousehold(householdKey: number, countyCode: string, year: number): HouseholdAccumulatorPlan {
  return { householdKey, countyCode, year, selfPayFen: 0, povertyPaidFen: 0, updatedAtMs: 0 };
}

function apply(person: PersonAccumulatorPlan, household: HouseholdAccumulatorPlan, d: YearToDate, sign: 1 | -1, atMs: number): void {
  person.basicPaidFen += sign * d.basicPaidFen;
  person.ciBaseFen += sign * d.ciBaseFen;
  person.ciPaidFen += sign * d.ciPaidFen;
  person.assistanceBaseFen += sign * d.assistanceBaseFen;
  person.assistancePaidFen += sign * d.assistancePaidFen;
  household.selfPayFen += sign * d.householdSelfPayFen;
  household.povertyPaidFen += sign * d.householdPovertyPaidFen;
  person.updatedAtMs = Math.max(person.updatedAtMs, atMs);
  household.updatedAtMs = Math.max(household.updatedAtMs, atMs);
}

function negate(d: YearToDate): YearToDate {
  const out = { ...d };
  for (const key of Object.keys(out) as (keyof YearToDate)[]) out[key] = out[key] === 0 ? 0 : -out[key];
  return out;
}

/** Inserts the settlements (reversals after what they reverse), their lines and the accumulator rows. */
export async function insertSettlements(
  tx: Executor,
  plan: SettlementsPlan,
  ids: { claimIds: number[]; personIds: number[]; householdIds: number[]; userIds: Map<string, number>; versionIdByKey: Map<string, number> },
): Promise<void> {
  const settlementIds = new Map<SettlementPlan, number>();
  const settlementIdByClaim = new Map<number, number>();
  for (const kind of ['SETTLEMENT', 'REVERSAL'] as const) {
    const batch = plan.settlements.filter((s) => s.kind === kind);
    const rows = await insertReturningInChunks(
      tx,
      settlements,
      batch.map((s) => ({
        countyCode: s.countyCode,
        claimId: ids.claimIds[s.claimKey],
        kind: s.kind,
        reversesSettlementId: s.kind === 'REVERSAL' ? settlementIdByClaim.get(ids.claimIds[s.claimKey])! : null,
        serviceYear: s.serviceYear,
        basicFen: s.basicFen,
        criticalIllnessFen: s.criticalIllnessFen,
        assistanceFen: s.assistanceFen,
        preventPovertyFen: s.preventPovertyFen,
        longTermCareFen: s.longTermCareFen,
        selfPayFen: s.selfPayFen,
        totalFen: s.totalFen,
        productVersionIds: Object.fromEntries(Object.entries(s.versionKeys).map(([kind, key]) => [kind, ids.versionIdByKey.get(key)!])),
        accumulatorDeltas: s.deltas,
        reason: s.reason,
        createdBy: ids.userIds.get(s.createdBy)!,
        createdAt: new Date(s.createdAtMs),
      })),
      { id: settlements.id, claimId: settlements.claimId },
    );
    const idByClaim = new Map(rows.map((r) => [r.claimId, r.id]));
    for (const s of batch) {
      const id = idByClaim.get(ids.claimIds[s.claimKey])!;
      settlementIds.set(s, id);
      if (kind === 'SETTLEMENT') settlementIdByClaim.set(ids.claimIds[s.claimKey], id);
    }
  }

  await insertReturningInChunks(
    tx,
    settlementLines,
    plan.settlements.flatMap((s) =>
      s.lines.map((line, i) => ({ ...toPlainLine(line), countyCode: s.countyCode, settlementId: settlementIds.get(s)!, seq: i + 1 })),
    ),
    null,
  );

  await insertReturningInChunks(
    tx,
    personYearAccumulators,
    plan.persons.map((a) => ({
      policyholderId: ids.personIds[a.personKey],
      year: a.year,
      countyCode: a.countyCode,
      basicPaidFen: a.basicPaidFen,
      ciBaseFen: a.ciBaseFen,
      ciPaidFen: a.ciPaidFen,
      assistanceBaseFen: a.assistanceBaseFen,
      assistancePaidFen: a.assistancePaidFen,
      updatedAt: new Date(a.updatedAtMs),
    })),
    null,
  );
  await insertReturningInChunks(
    tx,
    householdYearAccumulators,
    plan.households.map((a) => ({
      householdId: ids.householdIds[a.householdKey],
      year: a.year,
      countyCode: a.countyCode,
      selfPayFen: a.selfPayFen,
      povertyPaidFen: a.povertyPaidFen,
      updatedAt: new Date(a.updatedAtMs),
    })),
    null,
  );
}
