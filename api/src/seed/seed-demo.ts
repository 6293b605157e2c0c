import { count } from 'drizzle-orm';
import { regions, servicePoints, users } from '../../../schema/index';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import type { Database } from '../db/client';
import { logger } from '../shared/logger';
import { planClaims, insertClaims, type ClaimPlan } from './claims';
import { demoClock, type DemoClock } from './demo-clock';
import { insertPeople, planPeople, servicePointKey, type PeoplePlan } from './people';
import { demoRegions, type DemoRegion } from './places';
import { insertPolicies, planPolicies, type PoliciesPlan } from './policies';
import { insertProducts, planProducts, type ProductPlan } from './products';
import { claimAuditRows, insertAudit, productAuditRows } from './seed-audit';
import { insertInChunks, insertReturningInChunks } from './seed-db';
import { insertSettlements, planSettlements, type SettlementsPlan } from './settlements';
import { DEMO_USERS } from './users';

export { insertInChunks } from './seed-db';

/** Seeds the demo into an empty database (no users yet); leaves a database with data untouched. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  const [{ value }] = await db.select({ value: count() }).from(users);
  if (value > 0) return false;
  const started = Date.now();
  await seedDemo(db);
  logger.info({ ms: Date.now() - started }, 'demo data seeded');
  return true;
}

let passwordHashesOnce: Promise<string[]> | undefined;
/**
 * The demo users' password hashes, computed once per process: argon2 is slow by design, and the demo
 * passwords are public (CONTRACT.md), so a second seed in the same process (tests) may reuse them.
 */
function demoPasswordHashes(): Promise<string[]> {
  passwordHashesOnce ??= Promise.all(DEMO_USERS.map((user) => hashPassword(user.password)));
  passwordHashesOnce.catch(() => (passwordHashesOnce = undefined));
  return passwordHashesOnce;
}

/** Everything the demo holds, computed in memory before anything is written. */
export interface DemoPlan {
  clock: DemoClock;
  regions: DemoRegion[];
  products: ProductPlan[];
  people: PeoplePlan;
  policies: PoliciesPlan;
  claims: ClaimPlan[];
  settlements: SettlementsPlan;
}

/**
 * The demo for the calendar year of `clock`: deterministic (fixed seeds), so the same day always gives
 * the same demo. People do not depend on the day (birth dates count from Jan 1); claims fill the part
 * of the year that has passed, so they change from one day to the next.
 */
export function planDemo(clock: DemoClock): DemoPlan {
  const regionPlan = demoRegions();
  const products = planProducts(clock);
  const people = planPeople(clock, regionPlan);
  const policies = planPolicies(clock, people, products);
  const claims = planClaims(clock, people, policies);
  const settlements = planSettlements(people, policies, products, claims);
  return { clock, regions: regionPlan, products, people, policies, claims, settlements };
}

export interface SeedOptions {
  /** The moment the demo is seeded at (tests); defaults to now. */
  now?: Date;
}

/** The whole demo of CONTRACT.md, in one transaction, deterministic. */
export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<void> {
  const plan = planDemo(demoClock(options.now));
  const passwordHashes = await demoPasswordHashes();
  await db.transaction(async (tx) => {
    await insertInChunks(tx, regions, plan.regions.map((r) => ({ ...r, validFrom: '2000-01-01' })));

    const townships = plan.regions.filter((r) => r.level === 'TOWNSHIP');
    const points = await tx
      .insert(servicePoints)
      .values(
        townships.flatMap((township) => [
          { countyCode: township.countyCode!, regionCode: township.code, name: `${township.name}医保工作站`, kind: 'WORKSTATION' as const },
          { countyCode: township.countyCode!, regionCode: township.code, name: `${township.name}农商银行惠民服务点`, kind: 'BANK' as const },
        ]),
      )
      .returning();
    const servicePointIds = new Map(points.map((p) => [servicePointKey({ townshipCode: p.regionCode, kind: p.kind }), p.id]));

    const agentPoint = points.find((p) => p.countyCode === '513428' && p.kind === 'WORKSTATION')!;
    const userRows = await insertReturningInChunks(
      tx,
      users,
      DEMO_USERS.map((user, i) => ({
        username: user.username,
        displayName: user.displayName,
        passwordHash: passwordHashes[i],
        role: user.role,
        allCounties: user.countyCodes === 'ALL',
        countyCodes: user.countyCodes === 'ALL' ? [] : user.countyCodes,
        servicePointId: user.role === 'AGENT' ? agentPoint.id : null,
      })),
      { id: users.id, username: users.username },
    );
    const userIds = new Map(userRows.map((u) => [u.username, u.id]));

    const products = await insertProducts(tx, plan.products, userIds.get('manager')!);
    const { personIds, householdIds } = await insertPeople(tx, plan.people, servicePointIds, plan.clock.cutoffMs);
    const policyIds = await insertPolicies(tx, plan.policies, { personIds, householdIds, userIds, products });
    const claimIds = await insertClaims(tx, plan.claims, { personIds, householdIds, policyIds, userIds });
    await insertSettlements(tx, plan.settlements, { claimIds, personIds, householdIds, userIds, versionIdByKey: products.versionIdByKey });
    await insertAudit(tx, [
      ...productAuditRows(plan.products, products.versionIdByKey, { id: userIds.get('manager')!, username: 'manager' }),
      ...claimAuditRows(plan.claims, claimIds, userIds),
    ]);
    await recordAudit(tx, null, { action: 'demo.seed', entityType: 'Database', entityId: 'demo', reason: 'demo data seeded on first start' });
  });
}
