import { sql } from 'drizzle-orm';
import { pgTable, text, date, bigint, integer, index, check, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, oneOf } from './columns';
import { CATEGORIES, CATEGORY_SOURCES, SEXES, type Category, type CategorySource, type Sex } from './domain-values';
import { regions, servicePoints } from './regions';

/** A household (户): prevent-poverty insurance enrols and pays per household. */
export const households = pgTable(
  'households',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    countyCode: text('county_code').notNull(),
    villageCode: text('village_code')
      .notNull()
      .references(() => regions.code),
    /** The household number on the civil-affairs roster, unique within the county. */
    householdNo: text('household_no').notNull(),
    headName: text('head_name').notNull(),
    address: text('address'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('households_county_idx').on(t.countyCode, t.id),
    uniqueIndex('households_county_no_key').on(t.countyCode, t.householdNo),
    index('households_village_idx').on(t.countyCode, t.villageCode),
  ],
);

/** A person insured by one of the programs (参保人). Sex and birth date agree with the resident ID. */
export const policyholders = pgTable(
  'policyholders',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    countyCode: text('county_code').notNull(),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    sex: text('sex').$type<Sex>().notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    phone: text('phone'),
    villageCode: text('village_code')
      .notNull()
      .references(() => regions.code),
    householdId: bigint('household_id', { mode: 'number' }).references(() => households.id),
    servicePointId: integer('service_point_id').references(() => servicePoints.id),
    /** Optimistic concurrency: an update naming an older version is refused with CONFLICT. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('policyholders_id_number_key').on(t.idNumber),
    index('policyholders_county_idx').on(t.countyCode, t.id),
    index('policyholders_county_name_idx').on(t.countyCode, t.name),
    index('policyholders_county_village_idx').on(t.countyCode, t.villageCode, t.id),
    index('policyholders_household_idx').on(t.householdId),
    check('policyholders_sex_check', oneOf(t.sex, SEXES)),
    check('policyholders_id_number_shape_check', sql`${t.idNumber} ~ '^[0-9]{17}[0-9X]$'`),
    check('policyholders_county_code_shape_check', sql`${t.countyCode} ~ '^[0-9]{6}$'`),
  ],
);

/**
 * A person's vulnerability category over time. The category in force on a date is the period covering
 * it; a person with no period on that date is ORDINARY. Periods of one person never overlap.
 */
export const categoryPeriods = pgTable(
  'category_periods',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    countyCode: text('county_code').notNull(),
    policyholderId: bigint('policyholder_id', { mode: 'number' })
      .notNull()
      .references(() => policyholders.id),
    category: text('category').$type<Category>().notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source').$type<CategorySource>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('category_periods_person_from_key').on(t.policyholderId, t.validFrom),
    index('category_periods_county_category_idx').on(t.countyCode, t.category, t.policyholderId),
    check('category_periods_category_check', oneOf(t.category, CATEGORIES)),
    check('category_periods_source_check', oneOf(t.source, CATEGORY_SOURCES)),
    check('category_periods_validity_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
