import { and, eq, gte, inArray, isNull, lte, not, or } from 'drizzle-orm';
import { regions } from '../../../schema/index';
import type { AuthUser } from '../auth/auth-user';
import { recordAudit } from '../audit/audit.service';
import type { Executor } from '../db/client';
import { todayInChina } from '../shared/dates';
import { BadInput, Conflict, NotFound } from '../shared/errors';
import { containsText, countRows, equals, findRow, listRows, startsWith, type ListParams, type ResourceSpec } from '../shared/listing';
import { defineLoader } from '../shared/loaders';
import type { RequestContext } from '../shared/context';
import { countyCodeOf, exampleCode, hasShapeOf, parentCodeOf } from './region-codes';
import type { CreateRegionArgs, RegionFilter, UpdateRegionArgs } from './region.types';

export type RegionRow = typeof regions.$inferSelect;

/** Regions are public reference data (the state's own code lists): every signed-in user reads them all. */
const regionResource: ResourceSpec<RegionRow> = {
  name: 'Region',
  table: regions,
  idColumn: regions.code,
  countyColumn: null,
  sortable: { id: regions.code, code: regions.code, name: regions.name, level: regions.level, validFrom: regions.validFrom },
  defaultSort: { field: 'code', order: 'ASC' },
  filters: {
    q: (q: string) => {
      const text = q.trim();
      return /^\d+$/.test(text) ? startsWith(regions.code)(text) : containsText(regions.name)(text);
    },
    level: equals(regions.level),
    parentCode: equals(regions.parentCode),
    countyCode: equals(regions.countyCode),
    active: (active: boolean) => {
      const today = todayInChina();
      const inUse = and(lte(regions.validFrom, today), or(isNull(regions.validTo), gte(regions.validTo, today)));
      return active ? inUse : not(inUse!);
    },
  },
};

export function listRegions(db: Executor, user: AuthUser, args: ListParams, filter?: RegionFilter | null) {
  return listRows(db, user, regionResource, args, filter as Record<string, unknown>);
}

export function countRegions(db: Executor, user: AuthUser, filter?: RegionFilter | null) {
  return countRows(db, user, regionResource, filter as Record<string, unknown>);
}

export async function getRegion(db: Executor, user: AuthUser, code: string): Promise<RegionRow> {
  const row = await findRow(db, user, regionResource, code);
  if (!row) throw new NotFound('Region', code);
  return row;
}

export const regionByCode = defineLoader<string, RegionRow, RequestContext>(
  'regionByCode',
  (ctx, codes) => ctx.db.select().from(regions).where(inArray(regions.code, [...codes])),
  (row) => row.code,
);

/** Adds a division; its parent (derived from the code) must already exist. */
export async function createRegion(db: Executor, user: AuthUser, input: CreateRegionArgs): Promise<RegionRow> {
  const code = input.code.trim();
  if (!hasShapeOf(input.level, code)) {
    throw new BadInput(
      `A ${input.level.toLowerCase()} code looks like ${exampleCode(input.level)}; "${code}" does not. 区划代码 "${code}" 与层级不符。`,
      'code',
    );
  }
  const name = requireName(input.name);
  const validFrom = input.validFrom ?? todayInChina();
  checkValidity(validFrom, input.validTo ?? null);
  const parentCode = parentCodeOf(input.level, code);
  return db.transaction(async (tx) => {
    if (parentCode) {
      const [parent] = await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, parentCode));
      if (!parent) throw new BadInput(`The parent division ${parentCode} does not exist; add it first. 上级区划 ${parentCode} 不存在。`, 'code');
    }
    const [existing] = await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
    if (existing) throw new Conflict(`Division ${code} already exists. 区划 ${code} 已存在。`, { field: 'code' });
    const [row] = await tx
      .insert(regions)
      .values({ code, name, level: input.level, parentCode, countyCode: countyCodeOf(input.level, code), validFrom, validTo: input.validTo ?? null })
      .returning();
    await recordAudit(tx, user, { action: 'region.create', entityType: 'Region', entityId: code, countyCode: row.countyCode, after: row });
    return row;
  });
}

/** Renames a division or changes its validity; the code and level never change (a new code is a new row). */
export async function updateRegion(db: Executor, user: AuthUser, input: UpdateRegionArgs): Promise<RegionRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(regions).where(eq(regions.code, input.id)).for('update');
    if (!before) throw new NotFound('Region', input.id);
    const name = input.name == null ? before.name : requireName(input.name);
    const validFrom = input.validFrom ?? before.validFrom;
    const validTo = input.validTo === undefined ? before.validTo : input.validTo;
    checkValidity(validFrom, validTo);
    const [after] = await tx
      .update(regions)
      .set({ name, validFrom, validTo, updatedAt: new Date() })
      .where(eq(regions.code, input.id))
      .returning();
    await recordAudit(tx, user, { action: 'region.update', entityType: 'Region', entityId: input.id, countyCode: after.countyCode, before, after });
    return after;
  });
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new BadInput('Enter the division name. 请输入区划名称。', 'name');
  return trimmed;
}

function checkValidity(validFrom: string, validTo: string | null) {
  if (validTo && validTo < validFrom) {
    throw new BadInput(`The end date ${validTo} is before the start date ${validFrom}. 停用日期早于启用日期。`, 'validTo');
  }
}
