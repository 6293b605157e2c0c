import { auditLog } from '../../../schema/index';
import type { Executor } from '../db/client';
import type { ClaimPlan } from './claims';
import { versionKey, type ProductPlan } from './products';
import { insertInChunks } from './seed-db';

/**
 * The audit trail of the demo, in the shape recordAudit writes: one entry per claim transition (who,
 * when, why) and one per product version published or retired. Bulk-inserted: a row per call of
 * recordAudit would cost a round trip each.
 */

type AuditRow = typeof auditLog.$inferInsert;

export function claimAuditRows(claims: ClaimPlan[], claimIds: number[], userIds: Map<string, number>): AuditRow[] {
  return claims.flatMap((claim) =>
    claim.events.map((event) => ({
      at: new Date(event.atMs),
      actorId: userIds.get(event.actor)!,
      actorUsername: event.actor,
      action: event.action,
      entityType: 'Claim',
      entityId: String(claimIds[claim.key]),
      countyCode: claim.countyCode,
      reason: event.reason,
      before: event.from === null ? null : { status: event.from },
      after: {
        status: event.to,
        ...(event.action === 'claim.submit' ? { externalNo: claim.externalNo, hospitalName: claim.hospitalName, totalFen: claim.totalFen } : {}),
        ...(event.action === 'claim.reject' ? { rejectReasonCode: claim.rejectReasonCode } : {}),
      },
    })),
  );
}

export function productAuditRows(products: ProductPlan[], versionIdByKey: Map<string, number>, manager: { id: number; username: string }): AuditRow[] {
  return products.flatMap((product) =>
    product.versions.flatMap((version) => {
      const entityId = String(versionIdByKey.get(versionKey(product.code, version.versionNo))!);
      const entry = (action: string, atMs: number, reason: string, status: string): AuditRow => ({
        at: new Date(atMs),
        actorId: manager.id,
        actorUsername: manager.username,
        action,
        entityType: 'ProductVersion',
        entityId,
        countyCode: null,
        reason,
        before: null,
        after: { productCode: product.code, versionNo: version.versionNo, status, effectiveFrom: version.effectiveFrom, effectiveTo: version.effectiveTo },
      });
      const rows: AuditRow[] = [];
      if (version.publishedAtMs !== null) {
        rows.push(entry('productVersion.publish', version.publishedAtMs, `${version.effectiveFrom.slice(0, 4)}年度方案发布`, 'PUBLISHED'));
      }
      if (version.retiredAtMs !== null) {
        rows.push(entry('productVersion.retire', version.retiredAtMs, '年度方案到期，由新年度方案取代', 'RETIRED'));
      }
      return rows;
    }),
  );
}

export async function insertAudit(tx: Executor, rows: AuditRow[]): Promise<void> {
  rows.sort((a, b) => a.at!.getTime() - b.at!.getTime());
  await insertInChunks(tx, auditLog, rows);
}
