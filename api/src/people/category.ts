import type { Category } from '../../../schema/domain-values';

export interface CategoryPeriodLike {
  category: Category;
  validFrom: string;
  validTo: string | null;
}

/** The category in force on a date (DOMAIN.md §2): the period covering it, else ORDINARY. */
export function categoryOn(periods: readonly CategoryPeriodLike[], date: string): Category {
  let found: CategoryPeriodLike | undefined;
  for (const period of periods) {
    if (period.validFrom <= date && (period.validTo === null || period.validTo >= date)) {
      // Periods should not overlap; if they ever do, the one that started last is the newest decision.
      if (!found || period.validFrom > found.validFrom) found = period;
    }
  }
  return found?.category ?? 'ORDINARY';
}

/** Categories that get priority service (the green channel). */
export const VULNERABLE_CATEGORIES: readonly Category[] = ['TEKUN', 'DIBAO', 'DIBAO_EDGE', 'MONITORED', 'RELAPSED', 'LIFTED'];
