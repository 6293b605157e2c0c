import type { Executor } from '../db/client';

type Table = Parameters<Executor['insert']>[0];

/** Multi-row inserts in chunks: one statement per chunk keeps the seed fast and under parameter limits. */
export async function insertInChunks<T extends Record<string, unknown>>(tx: Executor, table: Table, rows: T[], size = 500) {
  for (let i = 0; i < rows.length; i += size) {
    await tx.insert(table).values(rows.slice(i, i + size) as never);
  }
}

/**
 * insertInChunks that also returns the chosen columns of every inserted row (e.g. the generated id with
 * a natural key to match it back to the plan: the order of RETURNING rows is not relied upon).
 */
export async function insertReturningInChunks<R extends Record<string, unknown>>(
  tx: Executor,
  table: Table,
  rows: Record<string, unknown>[],
  returning: { [K in keyof R]: { _: { data: R[K] } } } | null,
  size = 500,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const statement = tx.insert(table).values(rows.slice(i, i + size) as never);
    if (returning === null) {
      await statement;
    } else {
      out.push(...((await statement.returning(returning as never)) as unknown as R[]));
    }
  }
  return out;
}
