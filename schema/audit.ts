import { pgTable, text, integer, bigint, index, jsonb, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users';

/** Every state change: who, when, what and why. Append-only; nothing updates or deletes a row. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id),
    actorUsername: text('actor_username').notNull(),
    /** `<entity>.<verb>`, e.g. `policyholder.create`, `claim.settle`. */
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    countyCode: text('county_code'),
    reason: text('reason'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.id),
    index('audit_log_county_idx').on(t.countyCode, t.id),
    index('audit_log_at_idx').on(t.at),
  ],
);
