import { sql } from 'drizzle-orm';
import { pgTable, text, integer, jsonb, index, check, primaryKey } from 'drizzle-orm/pg-core';
import { fen, updatedAt } from './columns';
import { products } from './products';

/**
 * Portfolio figures per village, product and year, kept current as policies and claims change, so a
 * county, city or province total is a sum over a code prefix instead of a scan of every claim.
 */
export const portfolioRollups = pgTable(
  'portfolio_rollups',
  {
    year: integer('year').notNull(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    villageCode: text('village_code').notNull(),
    countyCode: text('county_code').notNull(),
    insuredCount: integer('insured_count').notNull().default(0),
    /** Insured persons by category: { "DIBAO": 12, … }. */
    insuredByCategory: jsonb('insured_by_category').notNull().default(sql`'{}'::jsonb`),
    premiumDueFen: fen('premium_due_fen').notNull().default(0),
    premiumReceivedFen: fen('premium_received_fen').notNull().default(0),
    claimCount: integer('claim_count').notNull().default(0),
    personsPaid: integer('persons_paid').notNull().default(0),
    claimsWaiting: integer('claims_waiting').notNull().default(0),
    basicPaidFen: fen('basic_paid_fen').notNull().default(0),
    criticalIllnessPaidFen: fen('critical_illness_paid_fen').notNull().default(0),
    assistancePaidFen: fen('assistance_paid_fen').notNull().default(0),
    preventPovertyPaidFen: fen('prevent_poverty_paid_fen').notNull().default(0),
    longTermCarePaidFen: fen('long_term_care_paid_fen').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'portfolio_rollups_pkey', columns: [t.year, t.productId, t.villageCode] }),
    index('portfolio_rollups_county_idx').on(t.countyCode, t.year, t.productId),
    check('portfolio_rollups_non_negative_check', sql`${t.insuredCount} >= 0 and ${t.claimCount} >= 0 and ${t.premiumDueFen} >= 0`),
  ],
);
