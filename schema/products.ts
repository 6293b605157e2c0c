import { sql } from 'drizzle-orm';
import { pgTable, text, date, integer, jsonb, index, check, uniqueIndex, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, fen, oneOf } from './columns';
import { PRODUCT_KINDS, VERSION_STATUSES, type ProductKind, type VersionStatus } from './domain-values';
import { users } from './users';

/**
 * An insurer product (PREVENT_POVERTY, CRITICAL_ILLNESS, LONG_TERM_CARE) or a public schedule the insurer
 * administers (BASIC, ASSISTANCE), scoped to a set of counties.
 */
export const products = pgTable(
  'products',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull(),
    kind: text('kind').$type<ProductKind>().notNull(),
    name: text('name').notNull(),
    description: text('description'),
    countyCodes: text('county_codes').array().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('products_code_key').on(t.code),
    index('products_kind_idx').on(t.kind),
    index('products_county_codes_idx').using('gin', t.countyCodes),
    check('products_kind_check', oneOf(t.kind, PRODUCT_KINDS)),
    check('products_scope_check', sql`cardinality(${t.countyCodes}) > 0`),
  ],
);

/**
 * One dated version of a product's rules. DRAFT is editable; PUBLISHED is immutable and used for
 * settlement; RETIRED is kept for the claims it settled. `rules` is the object of the product's kind
 * (DOMAIN.md §4), validated by the settlement engine's schemas before it is stored.
 */
export const productVersions = pgTable(
  'product_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    versionNo: integer('version_no').notNull(),
    status: text('status').$type<VersionStatus>().notNull().default('DRAFT'),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    premiumFen: fen('premium_fen').notNull(),
    subsidyFen: fen('subsidy_fen').notNull(),
    rules: jsonb('rules').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    publishedBy: integer('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('product_versions_product_no_key').on(t.productId, t.versionNo),
    index('product_versions_in_force_idx').on(t.productId, t.status, t.effectiveFrom),
    check('product_versions_status_check', oneOf(t.status, VERSION_STATUSES)),
    check('product_versions_premium_check', sql`${t.premiumFen} >= 0 and ${t.subsidyFen} >= 0 and ${t.subsidyFen} <= ${t.premiumFen}`),
    check('product_versions_validity_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
    check('product_versions_published_check', sql`${t.status} = 'DRAFT' or ${t.publishedAt} is not null`),
  ],
);
