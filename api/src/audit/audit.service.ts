import { auditLog } from '../../../schema/index';
import type { AuthUser } from '../auth/auth-user';
import type { Executor } from '../db/client';

export interface AuditEvent {
  /** `<entity>.<verb>`, e.g. `policyholder.update`. */
  action: string;
  entityType: string;
  entityId: string | number;
  countyCode?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes who did what, when and why. Called inside the transaction of the change itself, so a change
 * and its audit entry land together or not at all. `actor` null = the system (seed, migrations).
 */
export async function recordAudit(tx: Executor, actor: AuthUser | null, event: AuditEvent): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorUsername: actor?.username ?? 'system',
    action: event.action,
    entityType: event.entityType,
    entityId: String(event.entityId),
    countyCode: event.countyCode ?? null,
    reason: event.reason ?? null,
    before: toJson(event.before),
    after: toJson(event.after),
  });
}

/** Rows as plain JSON (dates as ISO strings), without secrets. */
function toJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'passwordHash' ? undefined : v)));
}
