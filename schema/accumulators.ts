import { sql } from 'drizzle-orm';
import { pgTable, text, integer, bigint, index, check, primaryKey } from 'drizzle-orm/pg-core';
import { fen, updatedAt } from './columns';
import { households, policyholders } from './people';

/**
 * What a person has been paid and has borne so far in a calendar year (DOMAIN.md §5). A settlement reads
 * the row with FOR UPDATE and adds its deltas in the same transaction, so two settlements of the same
 * person never both read the old values.
 */
export const personYearAccumulators = pgTable(
  'person_year_accumulators',
  {
    policyholderId: bigint('policyholder_id', { mode: 'number' })
      .notNull()
      .references(() => policyholders.id),
    year: integer('year').notNull(),
    countyCode: text('county_code').notNull(),
    basicPaidFen: fen('basic_paid_fen').notNull().default(0),
    ciBaseFen: fen('ci_base_fen').notNull().default(0),
    ciPaidFen: fen('ci_paid_fen').notNull().default(0),
    assistanceBaseFen: fen('assistance_base_fen').notNull().default(0),
    assistancePaidFen: fen('assistance_paid_fen').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'person_year_accumulators_pkey', columns: [t.policyholderId, t.year] }),
    index('person_year_accumulators_county_idx').on(t.countyCode, t.year),
    check(
      'person_year_accumulators_non_negative_check',
      sql`${t.basicPaidFen} >= 0 and ${t.ciBaseFen} >= 0 and ${t.ciPaidFen} >= 0
          and ${t.assistanceBaseFen} >= 0 and ${t.assistancePaidFen} >= 0`,
    ),
  ],
);

/** The household's year-to-date self-pay and prevent-poverty payments (the household pays together). */
export const householdYearAccumulators = pgTable(
  'household_year_accumulators',
  {
    householdId: bigint('household_id', { mode: 'number' })
      .notNull()
      .references(() => households.id),
    year: integer('year').notNull(),
    countyCode: text('county_code').notNull(),
    selfPayFen: fen('self_pay_fen').notNull().default(0),
    povertyPaidFen: fen('poverty_paid_fen').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'household_year_accumulators_pkey', columns: [t.householdId, t.year] }),
    index('household_year_accumulators_county_idx').on(t.countyCode, t.year),
    check('household_year_accumulators_non_negative_check', sql`${t.selfPayFen} >= 0 and ${t.povertyPaidFen} >= 0`),
  ],
);
