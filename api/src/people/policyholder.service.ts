import { and, asc, eq, gt, inArray, isNull, lte, gte, or, sql, type SQL } from 'drizzle-orm';
import { categoryPeriods, households, policyholders, regions } from '../../../schema/index';
import type { Category } from '../../../schema/domain-values';
import type { AuthUser } from '../auth/auth-user';
import { assertCountyInScope } from '../auth/scope';
import { recordAudit } from '../audit/audit.service';
import type { Executor } from '../db/client';
import type { RequestContext } from '../shared/context';
import { dayBefore, todayInChina } from '../shared/dates';
import { BadInput, Conflict, NotFound } from '../shared/errors';
import { atLeast, atMost, containsText, countRows, equals, findRow, listRows, startsWith, type ListParams, type ResourceSpec } from '../shared/listing';
import { defineGroupLoader, defineLoader } from '../shared/loaders';
import { parseResidentId } from './resident-id';
import { levelOfCode } from '../regions/region-codes';
import type { CreatePolicyholderArgs, PolicyholderFilter, UpdatePolicyholderArgs } from './policyholder.types';

export type PolicyholderRow = typeof policyholders.$inferSelect;
export type CategoryPeriodRow = typeof categoryPeriods.$inferSelect;
export type HouseholdRow = typeof households.$inferSelect;

/** Periods in force on a date, for a person (a correlated subquery on policyholders). */
function periodInForce(date: string, extra: SQL): SQL {
  return sql`exists (select 1 from ${categoryPeriods} cp
    where cp.policyholder_id = ${policyholders.id} and cp.valid_from <= ${date}
      and (cp.valid_to is null or cp.valid_to >= ${date}) and ${extra})`;
}

const policyholderResource: ResourceSpec<PolicyholderRow> = {
  name: 'Policyholder',
  table: policyholders,
  idColumn: policyholders.id,
  countyColumn: policyholders.countyCode,
  sortable: {
    id: policyholders.id,
    name: policyholders.name,
    idNumber: policyholders.idNumber,
    birthDate: policyholders.birthDate,
    countyCode: policyholders.countyCode,
    villageCode: policyholders.villageCode,
    createdAt: policyholders.createdAt,
    updatedAt: policyholders.updatedAt,
  },
  defaultSort: { field: 'id', order: 'ASC' },
  filters: {
    q: (q: string) => {
      const text = q.trim().toUpperCase();
      // Digits look up an ID number by its start; anything else searches names.
      return /^\d[\dX]*$/.test(text)
        ? startsWith(policyholders.idNumber)(text)
        : containsText(policyholders.name)(q);
    },
    countyCode: equals(policyholders.countyCode),
    villageCode: equals(policyholders.villageCode),
    regionCode: (code: string) => startsWith(policyholders.villageCode)(villageCodePrefix(code)),
    householdId: equals(policyholders.householdId),
    sex: equals(policyholders.sex),
    birthDate_gte: atLeast(policyholders.birthDate),
    birthDate_lte: atMost(policyholders.birthDate),
    category: (category: Category) => {
      const today = todayInChina();
      return category === 'ORDINARY'
        ? sql`not ${periodInForce(today, sql`cp.category <> 'ORDINARY'`)}`
        : periodInForce(today, sql`cp.category = ${category}`);
    },
  },
};

/**
 * The prefix every village code under a division shares: 51 for province 510000, 5134 for city 513400,
 * the whole code for a county (6), township (9) or village (12). Trailing zeros of a township or village
 * code are part of it (513428100 is not 5134281).
 */
function villageCodePrefix(code: string): string {
  const trimmed = code.trim();
  const level = levelOfCode(trimmed);
  if (!level) throw new BadInput(`${code} is not a division code. ${code} 不是区划代码。`, 'filter.regionCode');
  if (level === 'PROVINCE') return trimmed.slice(0, 2);
  if (level === 'CITY') return trimmed.slice(0, 4);
  return trimmed;
}

export function listPolicyholders(db: Executor, user: AuthUser, args: ListParams, filter?: PolicyholderFilter | null) {
  return listRows(db, user, policyholderResource, args, filter as Record<string, unknown>);
}

export function countPolicyholders(db: Executor, user: AuthUser, filter?: PolicyholderFilter | null) {
  return countRows(db, user, policyholderResource, filter as Record<string, unknown>);
}

export async function getPolicyholder(db: Executor, user: AuthUser, id: string | number): Promise<PolicyholderRow> {
  const row = /^\d+$/.test(String(id)) ? await findRow(db, user, policyholderResource, Number(id)) : undefined;
  if (!row) throw new NotFound('Policyholder', id);
  return row;
}

export const categoryPeriodsByPerson = defineGroupLoader<number, CategoryPeriodRow, RequestContext>(
  'categoryPeriodsByPerson',
  (ctx, ids) =>
    ctx.db.select().from(categoryPeriods).where(inArray(categoryPeriods.policyholderId, [...ids])).orderBy(asc(categoryPeriods.validFrom)),
  (row) => row.policyholderId,
);

export const householdById = defineLoader<number, HouseholdRow, RequestContext>(
  'householdById',
  (ctx, ids) => ctx.db.select().from(households).where(inArray(households.id, [...ids])),
  (row) => row.id,
);

// Writes.

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new BadInput('Enter the name as on the ID card. 请输入姓名。', 'name');
  if (trimmed.length > 50) throw new BadInput('The name is longer than 50 characters. 姓名超过50个字符。', 'name');
  return trimmed;
}

function cleanPhone(phone: string | null | undefined): string | null {
  const value = phone?.replace(/\s/g, '') ?? '';
  if (!value) return null;
  if (!PHONE.test(value)) {
    throw new BadInput(`"${phone}" is not a mobile (11 digits, e.g. 13812345678) or landline number (e.g. 0834-1234567). 电话号码格式不正确。`, 'phone');
  }
  return value;
}

/** The home village: must exist, be a village, be in use, and lie in a county the user may act in. */
async function requireVillage(tx: Executor, user: AuthUser, villageCode: string) {
  const [village] = await tx.select().from(regions).where(eq(regions.code, villageCode.trim()));
  if (!village || village.level !== 'VILLAGE') {
    throw new BadInput(`${villageCode} is not a village code (12 digits, e.g. 513428100201). ${villageCode} 不是村级区划代码。`, 'villageCode');
  }
  if (village.validTo && village.validTo < todayInChina()) {
    throw new BadInput(`Village code ${villageCode} was retired on ${village.validTo}. 村级代码 ${villageCode} 已于 ${village.validTo} 停用。`, 'villageCode');
  }
  assertCountyInScope(user, village.countyCode!);
  return village as typeof village & { countyCode: string };
}

async function requireHousehold(tx: Executor, householdId: string, countyCode: string): Promise<number> {
  const id = Number(householdId);
  const [household] = Number.isSafeInteger(id) ? await tx.select().from(households).where(eq(households.id, id)) : [];
  if (!household) throw new BadInput(`Household ${householdId} does not exist. 户 ${householdId} 不存在。`, 'householdId');
  if (household.countyCode !== countyCode) {
    throw new BadInput(`Household ${householdId} belongs to county ${household.countyCode}, not ${countyCode}. 该户不属于本县。`, 'householdId');
  }
  return id;
}

export async function createPolicyholder(db: Executor, user: AuthUser, input: CreatePolicyholderArgs): Promise<PolicyholderRow> {
  const today = todayInChina();
  const check = parseResidentId(input.idNumber, today);
  if (!check.ok) throw new BadInput(`ID number ${input.idNumber.trim()} ${check.fault}`, 'idNumber');
  if (input.sex && input.sex !== check.sex) {
    throw new BadInput(`The ID number says ${check.sex}, not ${input.sex}. 性别与身份证号不符。`, 'sex');
  }
  if (input.birthDate && input.birthDate !== check.birthDate) {
    throw new BadInput(`The ID number says born ${check.birthDate}, not ${input.birthDate}. 出生日期与身份证号不符。`, 'birthDate');
  }
  const name = cleanName(input.name);
  const phone = cleanPhone(input.phone);
  const category = input.category ?? 'ORDINARY';
  const categoryFrom = input.categoryValidFrom ?? today;

  return db.transaction(async (tx) => {
    const village = await requireVillage(tx, user, input.villageCode);
    const householdId = input.householdId ? await requireHousehold(tx, input.householdId, village.countyCode) : null;
    const [existing] = await tx.select({ id: policyholders.id }).from(policyholders).where(eq(policyholders.idNumber, check.idNumber));
    if (existing) {
      throw new Conflict(`ID number ${check.idNumber} is already registered. 身份证号 ${check.idNumber} 已登记。`, { field: 'idNumber' });
    }
    const [row] = await tx
      .insert(policyholders)
      .values({
        countyCode: village.countyCode,
        idNumber: check.idNumber,
        name,
        sex: check.sex,
        birthDate: check.birthDate,
        phone,
        villageCode: village.code,
        householdId,
        servicePointId: user.servicePointId,
      })
      .returning();
    if (category !== 'ORDINARY') {
      await tx.insert(categoryPeriods).values({ countyCode: row.countyCode, policyholderId: row.id, category, validFrom: categoryFrom, source: 'MANUAL' });
    }
    await recordAudit(tx, user, {
      action: 'policyholder.create',
      entityType: 'Policyholder',
      entityId: row.id,
      countyCode: row.countyCode,
      after: { ...row, category, categoryValidFrom: category === 'ORDINARY' ? null : categoryFrom },
    });
    return row;
  });
}

export async function updatePolicyholder(db: Executor, user: AuthUser, input: UpdatePolicyholderArgs): Promise<PolicyholderRow> {
  return db.transaction(async (tx) => {
    const before = await getPolicyholder(tx, user, input.id);
    assertCountyInScope(user, before.countyCode);
    if (input.version !== before.version) {
      throw new Conflict(
        `Someone saved this person since you opened it (version ${before.version}, yours ${input.version}); reload and apply your change again. 该记录已被他人修改ï¼请刷新后重试。`,
        { currentVersion: before.version },
      );
    }
    const changes: Partial<typeof policyholders.$inferInsert> = {};
    if (input.name != null) changes.name = cleanName(input.name);
    if (input.phone !== undefined) changes.phone = cleanPhone(input.phone);
    let countyCode = before.countyCode;
    if (input.villageCode != null && input.villageCode !== before.villageCode) {
      const village = await requireVillage(tx, user, input.villageCode);
      changes.villageCode = village.code;
      changes.countyCode = countyCode = village.countyCode;
    }
    if (input.householdId !== undefined) {
      changes.householdId = input.householdId ? await requireHousehold(tx, input.householdId, countyCode) : null;
    } else if (countyCode !== before.countyCode && before.householdId) {
      throw new BadInput('Moving to another county: choose a household there, or none. 迁往他县时须重新选择户。', 'householdId');
    }

    const [after] = await tx
      .update(policyholders)
      .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(policyholders.id, before.id), eq(policyholders.version, before.version)))
      .returning();
    if (!after) throw new Conflict('Someone saved this person at the same moment; reload and try again. 该记录刚被他人修改ï¼请刷新后重试。');

    const categoryChange = input.category ? await changeCategory(tx, after, input.category, input.categoryValidFrom ?? todayInChina()) : null;
    await recordAudit(tx, user, {
      action: 'policyholder.update',
      entityType: 'Policyholder',
      entityId: after.id,
      countyCode: after.countyCode,
      before,
      after: categoryChange ? { ...after, category: categoryChange } : after,
    });
    return after;
  });
}

/**
 * Puts a person in `category` from `from` on, keeping the history: the period covering `from` is closed
 * the day before (or re-labelled if it starts that very day), and the new one runs until the next
 * recorded period, if any. Returns the change, or null when the person already has that category.
 */
async function changeCategory(tx: Executor, person: PolicyholderRow, category: Category, from: string) {
  const covering = await tx
    .select()
    .from(categoryPeriods)
    .where(
      and(
        eq(categoryPeriods.policyholderId, person.id),
        lte(categoryPeriods.validFrom, from),
        or(isNull(categoryPeriods.validTo), gte(categoryPeriods.validTo, from)),
      ),
    );
  const current = covering[0];
  if ((current?.category ?? 'ORDINARY') === category) return null;

  const [next] = await tx
    .select({ validFrom: categoryPeriods.validFrom })
    .from(categoryPeriods)
    .where(and(eq(categoryPeriods.policyholderId, person.id), gt(categoryPeriods.validFrom, from)))
    .orderBy(asc(categoryPeriods.validFrom))
    .limit(1);
  const until = current?.validTo ?? (next ? dayBefore(next.validFrom) : null);

  if (current && current.validFrom === from) {
    if (category === 'ORDINARY') await tx.delete(categoryPeriods).where(eq(categoryPeriods.id, current.id));
    else await tx.update(categoryPeriods).set({ category, source: 'MANUAL' }).where(eq(categoryPeriods.id, current.id));
  } else {
    if (current) await tx.update(categoryPeriods).set({ validTo: dayBefore(from) }).where(eq(categoryPeriods.id, current.id));
    if (category !== 'ORDINARY') {
      await tx.insert(categoryPeriods).values({ countyCode: person.countyCode, policyholderId: person.id, category, validFrom: from, validTo: until, source: 'MANUAL' });
    }
  }
  return { from: current?.category ?? 'ORDINARY', to: category, validFrom: from };
}

