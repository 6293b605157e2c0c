import { policies } from '../../../schema/index';
import type { ProductKind } from '../../../schema/domain-values';
import type { Executor } from '../db/client';
import { categoryOn, VULNERABLE_CATEGORIES } from '../people/category';
import { addDays, chinaMs, type DemoClock } from './demo-clock';
import type { PeoplePlan, PersonPlan } from './people';
import { versionKey, type InsertedProducts, type ProductPlan } from './products';
import { Random } from './random';
import { insertReturningInChunks } from './seed-db';

/**
 * Enrolment for the current year: critical illness for every person, prevent-poverty for every household
 * with a vulnerable member, long-term care for about one in seven people over 60. Basic insurance and
 * medical assistance are public schedules: they need no policy.
 */

export interface PolicyPlan {
  key: number;
  countyCode: string;
  kind: ProductKind;
  productCode: string;
  versionNo: number;
  coverageYear: number;
  personKey: number | null;
  householdKey: number | null;
  insuredCount: number;
  premiumDueFen: number;
  subsidyFen: number;
  premiumReceivedFen: number;
  enrolledAtMs: number;
  /** Username of who enrolled it: the agent at a 普格县 service point, else the roster import (admin). */
  createdBy: string;
}

export interface PoliciesPlan {
  policies: PolicyPlan[];
  /** Policy key by `${kind}/${personKey}` or `${kind}/h${householdKey}`. */
  byHolder: Map<string, number>;
}

export function isVulnerableOn(person: PersonPlan, date: string): boolean {
  return VULNERABLE_CATEGORIES.includes(categoryOn(person.periods, date));
}

export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function planPolicies(clock: DemoClock, people: PeoplePlan, products: ProductPlan[]): PoliciesPlan {
  const random = new Random(0x5eed_0002);
  const version = (kind: ProductKind) => {
    const product = products.find((p) => p.kind === kind)!;
    const v = product.versions.find((x) => x.status === 'PUBLISHED' && x.effectiveFrom === clock.firstDay)!;
    return { productCode: product.code, ...v };
  };
  const ci = version('CRITICAL_ILLNESS');
  const pp = version('PREVENT_POVERTY');
  const ltc = version('LONG_TERM_CARE');
  const plans: PolicyPlan[] = [];
  const byHolder = new Map<string, number>();
  // The enrolment campaign (集中参保期) runs from September to December of the year before.
  const enrolmentTime = (registeredMs: number) =>
    Math.max(registeredMs + 3_600_000, chinaMs(addDays(`${clock.year - 1}-09-15`, random.int(0, 100)), random.int(8 * 60 + 30, 17 * 60 + 30)));
  const enrolledBy = (person: PersonPlan) => (person.countyCode === '513428' && person.servicePoint ? 'agent' : 'admin');
  const add = (plan: Omit<PolicyPlan, 'key'>, holder: string) => {
    byHolder.set(holder, plans.length);
    plans.push({ key: plans.length, ...plan });
  };

  for (const person of people.people) {
    const vulnerable = isVulnerableOn(person, clock.firstDay);
    // The personal share of vulnerable people is paid by civil affairs (资助参保); a few have not paid theirs yet.
    const subsidyFen = vulnerable ? ci.premiumFen : ci.subsidyFen;
    add(
      {
        countyCode: person.countyCode,
        kind: 'CRITICAL_ILLNESS',
        productCode: ci.productCode,
        versionNo: ci.versionNo,
        coverageYear: clock.year,
        personKey: person.key,
        householdKey: null,
        insuredCount: 1,
        premiumDueFen: ci.premiumFen,
        subsidyFen,
        premiumReceivedFen: random.chance(0.97) ? ci.premiumFen : subsidyFen,
        enrolledAtMs: enrolmentTime(person.createdAtMs),
        createdBy: enrolledBy(person),
      },
      `CRITICAL_ILLNESS/${person.key}`,
    );
    if (ageOn(person.birthDate, clock.firstDay) >= 60 && random.chance(0.15)) {
      const ltcSubsidy = vulnerable ? ltc.premiumFen : ltc.subsidyFen;
      add(
        {
          countyCode: person.countyCode,
          kind: 'LONG_TERM_CARE',
          productCode: ltc.productCode,
          versionNo: ltc.versionNo,
          coverageYear: clock.year,
          personKey: person.key,
          householdKey: null,
          insuredCount: 1,
          premiumDueFen: ltc.premiumFen,
          subsidyFen: ltcSubsidy,
          premiumReceivedFen: random.chance(0.97) ? ltc.premiumFen : ltcSubsidy,
          enrolledAtMs: enrolmentTime(person.createdAtMs),
          createdBy: enrolledBy(person),
        },
        `LONG_TERM_CARE/${person.key}`,
      );
    }
  }

  for (const household of people.households) {
    const members = household.memberKeys.map((k) => people.people[k]);
    if (!members.some((m) => isVulnerableOn(m, clock.firstDay) || isVulnerableOn(m, clock.lastServiceDate))) continue;
    add(
      {
        countyCode: household.countyCode,
        kind: 'PREVENT_POVERTY',
        productCode: pp.productCode,
        versionNo: pp.versionNo,
        coverageYear: clock.year,
        personKey: null,
        householdKey: household.key,
        insuredCount: members.length,
        // The version's premium is per person; the county government pays it in full for the household.
        premiumDueFen: pp.premiumFen * members.length,
        subsidyFen: pp.subsidyFen * members.length,
        premiumReceivedFen: pp.premiumFen * members.length,
        enrolledAtMs: chinaMs(`${clock.year - 1}-12-${String(random.int(1, 20)).padStart(2, '0')}`, random.int(9 * 60, 17 * 60)),
        createdBy: 'admin',
      },
      `PREVENT_POVERTY/h${household.key}`,
    );
  }
  return { policies: plans, byHolder };
}

export async function insertPolicies(
  tx: Executor,
  plan: PoliciesPlan,
  ids: { personIds: number[]; householdIds: number[]; userIds: Map<string, number>; products: InsertedProducts },
): Promise<number[]> {
  const rows = await insertReturningInChunks(
    tx,
    policies,
    plan.policies.map((p) => ({
      countyCode: p.countyCode,
      productId: ids.products.productIdByCode.get(p.productCode)!,
      productVersionId: ids.products.versionIdByKey.get(versionKey(p.productCode, p.versionNo))!,
      policyholderId: p.personKey === null ? null : ids.personIds[p.personKey],
      householdId: p.householdKey === null ? null : ids.householdIds[p.householdKey],
      coverageYear: p.coverageYear,
      insuredCount: p.insuredCount,
      premiumDueFen: p.premiumDueFen,
      subsidyFen: p.subsidyFen,
      premiumReceivedFen: p.premiumReceivedFen,
      enrolledAt: new Date(p.enrolledAtMs),
      createdBy: ids.userIds.get(p.createdBy)!,
      createdAt: new Date(p.enrolledAtMs),
      updatedAt: new Date(p.enrolledAtMs),
    })),
    { id: policies.id, productId: policies.productId, policyholderId: policies.policyholderId, householdId: policies.householdId },
  );
  const key = (productId: number, personId: number | null, householdId: number | null) => `${productId}/${personId}/${householdId}`;
  const idByKey = new Map(rows.map((r) => [key(r.productId, r.policyholderId, r.householdId), r.id]));
  return plan.policies.map(
    (p) =>
      idByKey.get(
        key(
          ids.products.productIdByCode.get(p.productCode)!,
          p.personKey === null ? null : ids.personIds[p.personKey],
          p.householdKey === null ? null : ids.householdIds[p.householdKey],
        ),
      )!,
  );
}
