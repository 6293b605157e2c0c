import { count } from 'drizzle-orm';
import { regions, servicePoints, users } from '../../../schema/index';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import type { Database, Executor } from '../db/client';
import { logger } from '../shared/logger';
import { demoRegions } from './places';
import { DEMO_USERS } from './users';

/** Seeds the demo into an empty database (no users yet); leaves a database with data untouched. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  const [{ value }] = await db.select({ value: count() }).from(users);
  if (value > 0) return false;
  const started = Date.now();
  await seedDemo(db);
  logger.info({ ms: Date.now() - started }, 'demo data seeded');
  return true;
}

/** The whole demo of CONTRACT.md, in one transaction, deterministic. */
export async function seedDemo(db: Database): Promise<void> {
  const passwordHashes = await Promise.all(DEMO_USERS.map((user) => hashPassword(user.password)));
  await db.transaction(async (tx) => {
    const places = demoRegions();
    await insertInChunks(tx, regions, places.map((r) => ({ ...r, validFrom: '2000-01-01' })));

    const townships = places.filter((r) => r.level === 'TOWNSHIP');
    const points = await tx
      .insert(servicePoints)
      .values(
        townships.flatMap((township) => [
          { countyCode: township.countyCode!, regionCode: township.code, name: `${township.name}医保工作站`, kind: 'WORKSTATION' as const },
          { countyCode: township.countyCode!, regionCode: township.code, name: `${township.name}农商银行惠民服务点`, kind: 'BANK' as const },
        ]),
      )
      .returning();

    const agentPoint = points.find((p) => p.countyCode === '513428' && p.kind === 'WORKSTATION')!;
    await tx.insert(users).values(
      DEMO_USERS.map((user, i) => ({
        username: user.username,
        displayName: user.displayName,
        passwordHash: passwordHashes[i],
        role: user.role,
        allCounties: user.countyCodes === 'ALL',
        countyCodes: user.countyCodes === 'ALL' ? [] : user.countyCodes,
        servicePointId: user.role === 'AGENT' ? agentPoint.id : null,
      })),
    );
    await recordAudit(tx, null, { action: 'demo.seed', entityType: 'Database', entityId: 'demo', reason: 'demo data seeded on first start' });
  });
}

/** Multi-row inserts in chunks: one statement per chunk keeps the seed fast and under parameter limits. */
export async function insertInChunks<T extends Record<string, unknown>>(tx: Executor, table: Parameters<Executor['insert']>[0], rows: T[], size = 500) {
  for (let i = 0; i < rows.length; i += size) {
    await tx.insert(table).values(rows.slice(i, i + size) as never);
  }
}
