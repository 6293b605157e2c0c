import { inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { Forbidden } from '../shared/errors';
import type { AuthUser } from './auth-user';

/**
 * County scope: the one place that decides which counties a user sees (DOMAIN.md §8). Every query of
 * person-level data goes through `countyScope` (the listing helper demands it), so a county lead of
 * 513428 never sees a row, a count or a fen of 371728.
 */

/** The condition that limits rows to the user's counties; undefined when the user sees every county. */
export function countyScope(user: AuthUser, countyColumn: AnyPgColumn): SQL | undefined {
  if (user.allCounties) return undefined;
  if (user.countyCodes.length === 0) return sql`false`;
  return inArray(countyColumn, user.countyCodes);
}

export function canSeeCounty(user: AuthUser, countyCode: string): boolean {
  return user.allCounties || user.countyCodes.includes(countyCode);
}

/** For writes: refuses a change to a record of a county outside the user's scope. */
export function assertCountyInScope(user: AuthUser, countyCode: string): void {
  if (!canSeeCounty(user, countyCode)) {
    throw new Forbidden(`County ${countyCode} is outside your scope. 县 ${countyCode} 不在您的管辖范围内。`);
  }
}
