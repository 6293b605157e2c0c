import { sql } from 'drizzle-orm';
import { pgTable, text, integer, boolean, index, check } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, oneOf } from './columns';
import { ROLES, type Role } from './domain-values';
import { servicePoints } from './regions';

/** Insurer staff. A user sees either every county (`all_counties`) or exactly the listed county codes. */
export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    username: text('username').notNull().unique('users_username_key'),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    allCounties: boolean('all_counties').notNull().default(false),
    countyCodes: text('county_codes').array().notNull().default(sql`'{}'::text[]`),
    servicePointId: integer('service_point_id').references(() => servicePoints.id),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('users_role_idx').on(t.role),
    check('users_role_check', oneOf(t.role, ROLES)),
    check('users_scope_check', sql`${t.allCounties} or cardinality(${t.countyCodes}) > 0`),
  ],
);
