import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import {
  auditLog,
  categoryPeriods,
  claims,
  householdYearAccumulators,
  households,
  personYearAccumulators,
  policies,
  policyholders,
  products,
  productVersions,
  regions,
  settlementLines,
  settlements,
  users,
} from '../../../schema/index';
import { CATEGORIES, CLAIM_STATUSES, PRODUCT_KINDS } from '../../../schema/domain-values';
import type { Database, DatabaseHandle } from '../db/client';
import { categoryOn } from '../people/category';
import { parseResidentId } from '../people/resident-id';
import { dayBefore, todayInChina } from '../shared/dates';
import { openTestDatabase } from '../testing/test-database';
import { demoClock } from './demo-clock';
import { planDemo, seedDemo, seedDemoIfEmpty } from './seed-demo';

const DEMO_COUNTIES = ['513428', '371728', '371503', '360402'];
const today = todayInChina();
const year = Number(today.slice(0, 4));

let demo: DatabaseHandle;
let db: Database;
beforeAll(async () => {
  demo = await openTestDatabase('demo');
  db = demo.db;
});
afterAll(() => demo?.close());

describe('the demo holds what CONTRACT.md promises', () => {
  it('has the four counties, each with townships and villages', async () => {
    const rows = await db.select({ code: regions.code, level: regions.level, countyCode: regions.countyCode }).from(regions);
    for (const county of DEMO_COUNTIES) {
      expect(rows.some((r) => r.code === county && r.level === 'COUNTY')).toBe(true);
      expect(rows.filter((r) => r.countyCode === county && r.level === 'TOWNSHIP').length).toBeGreaterThanOrEqual(4);
      expect(rows.filter((r) => r.countyCode === county && r.level === 'VILLAGE').length).toBeGreaterThanOrEqual(16);
    }
  });

  it('has a published version of each of the five kinds in force today, over the four counties', async () => {
    const rows = await db
      .select({ kind: products.kind, countyCodes: products.countyCodes, status: productVersions.status, from: productVersions.effectiveFrom, to: productVersions.effectiveTo, publishedBy: productVersions.publishedBy })
      .from(productVersions)
      .innerJoin(products, eq(products.id, productVersions.productId));
    for (const kind of PRODUCT_KINDS) {
      const inForce = rows.filter((r) => r.kind === kind && r.status === 'PUBLISHED' && r.from <= today && (r.to === null || r.to >= today));
      expect(inForce, kind).toHaveLength(1);
      expect([...inForce[0].countyCodes].sort()).toEqual([...DEMO_COUNTIES].sort());
      expect(inForce[0].publishedBy).not.toBeNull();
    }
    // A product manager's history and work in progress.
    expect(rows.filter((r) => r.kind === 'CRITICAL_ILLNESS').map((r) => r.status).sort()).toEqual(['DRAFT', 'PUBLISHED', 'RETIRED']);
  });

  it('has 1,000+ people with every category present in every county, today', async () => {
    const people = await db.select({ id: policyholders.id, countyCode: policyholders.countyCode }).from(policyholders);
    const periods = await db.select().from(categoryPeriods);
    expect(people.length).toBeGreaterThanOrEqual(1000);
    const periodsOf = groupBy(periods, (p) => p.policyholderId);
    for (const county of DEMO_COUNTIES) {
      const present = new Set(people.filter((p) => p.countyCode === county).map((p) => categoryOn(periodsOf.get(p.id) ?? [], today)));
      expect([...present].sort(), county).toEqual([...CATEGORIES].sort());
    }
    const ordinary = people.filter((p) => categoryOn(periodsOf.get(p.id) ?? [], today) === 'ORDINARY');
    expect(ordinary.length).toBeGreaterThan(people.length / 2);
  });

  it('has claims in every status in every county, all of the current year', async () => {
    const rows = await db.select({ countyCode: claims.countyCode, status: claims.status, serviceDate: claims.serviceDate, kind: claims.kind }).from(claims);
    for (const county of DEMO_COUNTIES) {
      expect(new Set(rows.filter((r) => r.countyCode === county).map((r) => r.status)), county).toEqual(new Set(CLAIM_STATUSES));
    }
    const lastServiceDate = today.endsWith('-01-01') ? today : dayBefore(today);
    for (const row of rows) {
      expect(row.serviceDate >= `${year}-01-01` && row.serviceDate <= lastServiceDate, row.serviceDate).toBe(true);
    }
    expect(rows.filter((r) => r.kind === 'LONG_TERM_CARE').length).toBeGreaterThan(0);
  });
});

describe('the demo people', () => {
  it('carry valid resident IDs that agree with their sex and birth date, never colliding', async () => {
    const people = await db.select().from(policyholders);
    for (const person of people) {
      const parsed = parseResidentId(person.idNumber, today);
      expect(parsed, person.idNumber).toMatchObject({ ok: true, sex: person.sex, birthDate: person.birthDate });
      if (person.phone !== null) expect(person.phone).toMatch(/^1[3-9]\d{9}$/);
    }
    expect(new Set(people.map((p) => p.idNumber)).size).toBe(people.length);
    const ownCounty = people.filter((p) => p.idNumber.startsWith(p.countyCode)).length;
    expect(ownCounty / people.length).toBeGreaterThan(0.7);
  });

  it('live in households of one to six, headed by one of their members', async () => {
    const people = await db.select({ householdId: policyholders.householdId, name: policyholders.name, countyCode: policyholders.countyCode }).from(policyholders);
    const homes = await db.select().from(households);
    const members = groupBy(people, (p) => p.householdId!);
    for (const home of homes) {
      const list = members.get(home.id) ?? [];
      expect(list.length).toBeGreaterThanOrEqual(1);
      expect(list.length).toBeLessThanOrEqual(6);
      expect(list.map((m) => m.name)).toContain(home.headName);
      expect(list.every((m) => m.countyCode === home.countyCode)).toBe(true);
    }
  });

  it('have category periods that never overlap', async () => {
    const periods = await db.select().from(categoryPeriods).orderBy(asc(categoryPeriods.policyholderId), asc(categoryPeriods.validFrom));
    for (const list of groupBy(periods, (p) => p.policyholderId).values()) {
      for (let i = 1; i < list.length; i++) expect(list[i - 1].validTo !== null && list[i - 1].validTo! < list[i].validFrom).toBe(true);
    }
    expect(periods.every((p) => p.source === 'SEED')).toBe(true);
  });
});

describe('the demo settlements', () => {
  it('add up: payers to the total, and each payer’s lines to its amount', async () => {
    const rows = await db.select().from(settlements);
    const lines = groupBy(await db.select().from(settlementLines), (l) => l.settlementId);
    expect(rows.length).toBeGreaterThan(100);
    for (const s of rows) {
      expect(s.basicFen + s.criticalIllnessFen + s.assistanceFen + s.preventPovertyFen + s.longTermCareFen + s.selfPayFen).toBe(s.totalFen);
      const byPayer = new Map<string, number>();
      for (const line of lines.get(s.id) ?? []) byPayer.set(line.payer, (byPayer.get(line.payer) ?? 0) + line.amountFen);
      expect(byPayer.get('BASIC') ?? 0).toBe(s.basicFen);
      expect(byPayer.get('CRITICAL_ILLNESS') ?? 0).toBe(s.criticalIllnessFen);
      expect(byPayer.get('ASSISTANCE') ?? 0).toBe(s.assistanceFen);
      expect(byPayer.get('PREVENT_POVERTY') ?? 0).toBe(s.preventPovertyFen);
      expect(byPayer.get('LONG_TERM_CARE') ?? 0).toBe(s.longTermCareFen);
      expect(byPayer.get('SELF') ?? 0).toBe(s.selfPayFen);
    }
    // Every payer pays somewhere in the demo.
    for (const column of ['basicFen', 'criticalIllnessFen', 'assistanceFen', 'preventPovertyFen', 'longTermCareFen'] as const) {
      expect(rows.some((s) => s[column] > 0), column).toBe(true);
    }
  });

  it('exist exactly for settled, paid and reversed claims; a reversal is followed by a corrective claim', async () => {
    const claimRows = await db.select().from(claims);
    const bySettlementClaim = groupBy(await db.select().from(settlements), (s) => s.claimId);
    for (const claim of claimRows) {
      const kinds = (bySettlementClaim.get(claim.id) ?? []).map((s) => s.kind).sort();
      if (claim.status === 'REVERSED') {
        expect(kinds).toEqual(['REVERSAL', 'SETTLEMENT']);
        const [original, reversal] = ['SETTLEMENT', 'REVERSAL'].map((k) => bySettlementClaim.get(claim.id)!.find((s) => s.kind === k)!);
        expect(reversal.reversesSettlementId).toBe(original.id);
        expect(reversal.reason).toBeTruthy();
        expect(reversal.totalFen).toBe(original.totalFen);
        const corrective = claimRows.find((c) => c.correctsClaimId === claim.id);
        expect(corrective?.status).toMatch(/^(SETTLED|PAID)$/);
      } else if (claim.status === 'SETTLED' || claim.status === 'PAID') {
        expect(kinds).toEqual(['SETTLEMENT']);
      } else {
        expect(kinds).toEqual([]);
      }
      if (claim.status === 'REJECTED') expect(claim.rejectReasonCode && claim.note).toBeTruthy();
    }
  });

  it('leave accumulators equal to the sums of the deltas of settlements not reversed', async () => {
    const rows = await db.select({ claimId: settlements.claimId, kind: settlements.kind, deltas: settlements.accumulatorDeltas, countyCode: settlements.countyCode }).from(settlements);
    const claimRows = await db.select({ id: claims.id, status: claims.status, personId: claims.policyholderId, householdId: claims.householdId }).from(claims);
    const claimById = new Map(claimRows.map((c) => [c.id, c]));
    const person = new Map<number, number[]>();
    const household = new Map<number, number[]>();
    for (const s of rows) {
      const claim = claimById.get(s.claimId)!;
      if (s.kind !== 'SETTLEMENT' || claim.status === 'REVERSED') continue;
      const d = s.deltas as Record<string, number>;
      add(person, claim.personId, [d.basicPaidFen, d.ciBaseFen, d.ciPaidFen, d.assistanceBaseFen, d.assistancePaidFen]);
      add(household, claim.householdId!, [d.householdSelfPayFen, d.householdPovertyPaidFen]);
    }
    const personRows = await db.select().from(personYearAccumulators);
    const householdRows = await db.select().from(householdYearAccumulators);
    expect(personRows.length).toBeGreaterThan(50);
    for (const a of personRows) {
      expect(a.year).toBe(year);
      expect([a.basicPaidFen, a.ciBaseFen, a.ciPaidFen, a.assistanceBaseFen, a.assistancePaidFen]).toEqual(person.get(a.policyholderId) ?? [0, 0, 0, 0, 0]);
    }
    for (const a of householdRows) expect([a.selfPayFen, a.povertyPaidFen]).toEqual(household.get(a.householdId) ?? [0, 0]);
    // Nobody with a settled stay lacks a row.
    for (const [id, sums] of person) if (sums.some((v) => v !== 0)) expect(personRows.some((a) => a.policyholderId === id)).toBe(true);
  });
});

describe('the demo claims', () => {
  it('have consistent dates, timestamps in the past and an audit entry per transition', async () => {
    const claimRows = await db.select().from(claims);
    const audit = groupBy(await db.select().from(auditLog).where(eq(auditLog.entityType, 'Claim')).orderBy(asc(auditLog.at), asc(auditLog.id)), (a) => a.entityId);
    const now = Date.now();
    for (const c of claimRows) {
      expect(c.dischargeDate >= c.admissionDate && c.serviceDate === c.dischargeDate).toBe(true);
      expect(c.inPolicyFen).toBeLessThanOrEqual(c.totalFen);
      const chain = [c.submittedAt, c.approvedAt, c.settledAt, c.paidAt].filter((t): t is Date => t !== null).map((t) => t.getTime());
      for (let i = 1; i < chain.length; i++) expect(chain[i]).toBeGreaterThan(chain[i - 1]);
      expect(Math.max(...chain)).toBeLessThan(now);
      const entries = audit.get(String(c.id)) ?? [];
      expect(entries[0]?.action).toBe('claim.submit');
      expect(entries).toHaveLength(c.version);
      expect((entries[entries.length - 1].after as { status: string }).status).toBe(c.status);
      expect(entries.every((e) => e.countyCode === c.countyCode && e.actorId !== null)).toBe(true);
    }
    const published = await db.select({ value: count() }).from(auditLog).where(eq(auditLog.action, 'productVersion.publish'));
    expect(published[0].value).toBeGreaterThanOrEqual(PRODUCT_KINDS.length);
  });

  it('make long-term-care claims only for people insured for it, one per month', async () => {
    const rows = await db.select().from(claims).where(eq(claims.kind, 'LONG_TERM_CARE'));
    const ltcPolicies = await db
      .select({ id: policies.id, personId: policies.policyholderId })
      .from(policies)
      .innerJoin(products, eq(products.id, policies.productId))
      .where(eq(products.kind, 'LONG_TERM_CARE'));
    const policyOf = new Map(ltcPolicies.map((p) => [p.personId, p.id]));
    for (const c of rows) {
      expect(c.policyId).toBe(policyOf.get(c.policyholderId));
      expect(c.careGrade! >= 1 && c.careGrade! <= 3 && c.careDays! >= 1).toBe(true);
    }
    const months = rows.map((c) => `${c.policyholderId}/${c.serviceDate.slice(0, 7)}`);
    expect(new Set(months).size).toBe(months.length);
  });
});

describe('seeding', () => {
  it('gives the same people and claim amounts every time', async () => {
    const first = await openTestDatabase('empty');
    const second = await openTestDatabase('empty');
    try {
      const now = new Date();
      await seedDemo(first.db, { now });
      await seedDemo(second.db, { now });
      const [a, b] = [await digest(first.db), await digest(second.db)];
      expect(a).toEqual(b);
      // The shared demo image was seeded at the start of this run: the same day gives the same demo.
      if (todayInChina(now) === today) expect(await digest(db)).toEqual(a);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('does nothing on a database that already has data', async () => {
    const before = await db.select({ value: count() }).from(claims);
    expect(await seedDemoIfEmpty(db)).toBe(false);
    expect(await db.select({ value: count() }).from(claims)).toEqual(before);
    expect((await db.select({ value: count() }).from(users))[0].value).toBe(6);
  });

  it('still holds claims in every status, all in the past, early in January', () => {
    for (const now of [new Date('2031-01-01T10:00:00+08:00'), new Date('2031-01-02T09:00:00+08:00'), new Date('2031-02-03T09:00:00+08:00')]) {
      const clock = demoClock(now);
      const plan = planDemo(clock);
      expect(new Set(plan.claims.map((c) => c.status))).toEqual(new Set(CLAIM_STATUSES));
      for (const claim of plan.claims) {
        expect(claim.serviceDate >= clock.firstDay && claim.serviceDate <= clock.lastServiceDate).toBe(true);
        for (const event of claim.events) expect(event.atMs).toBeLessThan(clock.cutoffMs);
      }
    }
  });
});

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

function add(map: Map<number, number[]>, key: number, values: number[]) {
  const sums = map.get(key) ?? values.map(() => 0);
  map.set(key, sums.map((v, i) => v + values[i]));
}

/** What must not change between two seeds: the people, and every claim's amounts and settlement. */
async function digest(database: Database): Promise<string> {
  const people = await database
    .select({ idNumber: policyholders.idNumber, name: policyholders.name, birthDate: policyholders.birthDate, phone: policyholders.phone, village: policyholders.villageCode, householdNo: households.householdNo })
    .from(policyholders)
    .innerJoin(households, eq(households.id, policyholders.householdId))
    .orderBy(asc(policyholders.idNumber));
  const claimRows = await database
    .select({ hospital: claims.hospitalName, externalNo: claims.externalNo, status: claims.status, totalFen: claims.totalFen, inPolicyFen: claims.inPolicyFen, basicPaidFen: claims.basicPaidFen, idNumber: policyholders.idNumber })
    .from(claims)
    .innerJoin(policyholders, eq(policyholders.id, claims.policyholderId))
    .orderBy(asc(claims.hospitalCountyCode), asc(claims.hospitalName), asc(claims.externalNo));
  const settlementRows = await database
    .select({ externalNo: claims.externalNo, hospital: claims.hospitalName, kind: settlements.kind, basic: settlements.basicFen, ci: settlements.criticalIllnessFen, ma: settlements.assistanceFen, pp: settlements.preventPovertyFen, ltc: settlements.longTermCareFen, self: settlements.selfPayFen })
    .from(settlements)
    .innerJoin(claims, eq(claims.id, settlements.claimId))
    .orderBy(asc(claims.hospitalName), asc(claims.externalNo), asc(settlements.kind));
  return createHash('sha256').update(JSON.stringify([people, claimRows, settlementRows])).digest('hex');
}
