import { sql } from 'drizzle-orm';
import { pgTable, text, date, index, check, integer, boolean, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, oneOf } from './columns';
import { REGION_LEVELS, SERVICE_POINT_KINDS, type RegionLevel, type ServicePointKind } from './domain-values';

/**
 * Administrative divisions (GB/T 2260 and the statistics bureau's 12-digit codes), one row per code.
 * Codes are revised yearly: a retired code keeps its row with `valid_to` set, so old records still resolve.
 */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level').$type<RegionLevel>().notNull(),
    parentCode: text('parent_code').references((): AnyPgColumn => regions.code),
    /** The 6-digit county this code lies in (null above county level): the key of county scope. */
    countyCode: text('county_code'),
    validFrom: date('valid_from', { mode: 'string' }).notNull().default('2000-01-01'),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('regions_parent_idx').on(t.parentCode, t.code),
    index('regions_county_level_idx').on(t.countyCode, t.level, t.code),
    check('regions_level_check', oneOf(t.level, REGION_LEVELS)),
    check(
      'regions_code_shape_check',
      sql`(${t.level} = 'PROVINCE' and ${t.code} ~ '^[1-9][0-9]0000$')
       or (${t.level} = 'CITY' and ${t.code} ~ '^[1-9][0-9]{3}00$')
       or (${t.level} = 'COUNTY' and ${t.code} ~ '^[1-9][0-9]{5}$')
       or (${t.level} = 'TOWNSHIP' and ${t.code} ~ '^[1-9][0-9]{8}$')
       or (${t.level} = 'VILLAGE' and ${t.code} ~ '^[1-9][0-9]{11}$')`,
    ),
    check('regions_validity_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** Bank service points and medical-insurance workstations where an agent (代办员) serves villagers. */
export const servicePoints = pgTable(
  'service_points',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    countyCode: text('county_code').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    name: text('name').notNull(),
    kind: text('kind').$type<ServicePointKind>().notNull(),
    address: text('address'),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('service_points_county_idx').on(t.countyCode, t.id),
    index('service_points_region_idx').on(t.regionCode),
    check('service_points_kind_check', oneOf(t.kind, SERVICE_POINT_KINDS)),
  ],
);
