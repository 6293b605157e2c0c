import { sql } from 'drizzle-orm';
import { pgTable, text, integer, bigint, index, check, uniqueIndex, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, fen, oneOf } from './columns';
import { POLICY_STATUSES, type PolicyStatus } from './domain-values';
import { households, policyholders } from './people';
import { products, productVersions } from './products';
import { users } from './users';

/**
 * Enrolment (保单/参保记录) of a person — or, for prevent-poverty insurance, a household — in a product
 * for one coverage year.
 */
export const policies = pgTable(
  'policies',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    countyCode: text('county_code').notNull(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    productVersionId: integer('product_version_id').references(() => productVersions.id),
    policyholderId: bigint('policyholder_id', { mode: 'number' }).references(() => policyholders.id),
    householdId: bigint('household_id', { mode: 'number' }).references(() => households.id),
    coverageYear: integer('coverage_year').notNull(),
    status: text('status').$type<PolicyStatus>().notNull().default('ACTIVE'),
    /** Insured persons this policy covers (1 for a person; the household size for a household). */
    insuredCount: integer('insured_count').notNull().default(1),
    premiumDueFen: fen('premium_due_fen').notNull(),
    subsidyFen: fen('subsidy_fen').notNull().default(0),
    premiumReceivedFen: fen('premium_received_fen').notNull().default(0),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('policies_county_idx').on(t.countyCode, t.id),
    index('policies_county_year_product_idx').on(t.countyCode, t.coverageYear, t.productId),
    uniqueIndex('policies_person_key').on(t.productId, t.coverageYear, t.policyholderId),
    uniqueIndex('policies_household_key').on(t.productId, t.coverageYear, t.householdId),
    index('policies_policyholder_idx').on(t.policyholderId),
    index('policies_household_idx').on(t.householdId),
    check('policies_status_check', oneOf(t.status, POLICY_STATUSES)),
    check('policies_holder_check', sql`(${t.policyholderId} is null) <> (${t.householdId} is null)`),
    check(
      'policies_amounts_check',
      sql`${t.premiumDueFen} >= 0 and ${t.subsidyFen} >= 0 and ${t.premiumReceivedFen} >= 0 and ${t.insuredCount} >= 1`,
    ),
  ],
);
