import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AuthUser } from '../auth/auth-user';
import { countyScope } from '../auth/scope';
import type { Executor } from '../db/client';
import { BadInput } from './errors';

/**
 * The react-admin list/count/one shape (ra-data-graphql-simple) for every resource, in one place:
 * paging, sorting, filters and — always — the county scope of the signed-in user.
 */

export const MAX_PER_PAGE = 500;
export const DEFAULT_PER_PAGE = 25;

/** Paging and sorting as react-admin sends them (GraphQL arguments: list-args.types.ts). */
export interface ListParams {
  /** Zero-based. */
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: string | null;
}

/** Turns one filter value into a condition; undefined = no condition. */
export type FilterCondition = (value: never) => SQL | undefined;

export interface ResourceSpec<Row> {
  /** The name clerks see in messages, e.g. "Policyholder". */
  name: string;
  table: PgTable;
  idColumn: AnyPgColumn;
  /**
   * The county column of person-level data, which the user's scope restricts; `null` only for public
   * reference data (administrative regions) that every signed-in user may read.
   */
  countyColumn: AnyPgColumn | null;
  /** GraphQL field name → column, for sortField. */
  sortable: Record<string, AnyPgColumn>;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  /** Filter field name → condition builder. `ids` is handled here for every resource. */
  filters: Record<string, FilterCondition>;
  /** Columns to read (default: every column of the table). */
  columns?: Record<string, AnyPgColumn | SQL.Aliased>;
}

/** The rows of a resource, untyped at this level: each feature's spec fixes `Row`. */
function selectFrom<Row>(db: Executor, spec: ResourceSpec<Row>) {
  return (spec.columns ? db.select(spec.columns) : db.select()).from(spec.table as never);
}

function conditionsFor<Row>(spec: ResourceSpec<Row>, user: AuthUser, filter: Record<string, unknown> | null | undefined): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (spec.countyColumn) parts.push(countyScope(user, spec.countyColumn));
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'ids') {
      const ids = value as unknown[];
      parts.push(ids.length === 0 ? sql`false` : inArray(spec.idColumn, ids));
      continue;
    }
    const build = spec.filters[key];
    if (!build) throw new BadInput(`${spec.name} cannot be filtered by ${key}. 不支持按 ${key} 筛选。`, `filter.${key}`);
    parts.push(build(value as never));
  }
  return and(...parts);
}

function pageOf(args: ListParams): { limit: number; offset: number } {
  const perPage = args.perPage ?? (args.page == null ? MAX_PER_PAGE : DEFAULT_PER_PAGE);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new BadInput(`perPage must be between 1 and ${MAX_PER_PAGE}. 每页条数应在 1 到 ${MAX_PER_PAGE} 之间。`, 'perPage');
  }
  const page = args.page ?? 0;
  if (!Number.isInteger(page) || page < 0) throw new BadInput('page must be 0 or more. 页码不能为负。', 'page');
  return { limit: perPage, offset: page * perPage };
}

function orderOf<Row>(spec: ResourceSpec<Row>, args: ListParams): SQL[] {
  const field = args.sortField || spec.defaultSort.field;
  const column = spec.sortable[field];
  if (!column) {
    throw new BadInput(
      `${spec.name} cannot be sorted by ${field}; use one of ${Object.keys(spec.sortable).join(', ')}. 不支持按 ${field} 排序。`,
      'sortField',
    );
  }
  const orderText = (args.sortOrder || spec.defaultSort.order).toUpperCase();
  if (orderText !== 'ASC' && orderText !== 'DESC') throw new BadInput('sortOrder must be ASC or DESC.', 'sortOrder');
  const direction = orderText === 'ASC' ? asc : desc;
  // The id breaks ties, so paging never shows a row twice or skips one.
  return column === spec.idColumn ? [direction(column)] : [direction(column), direction(spec.idColumn)];
}

export async function listRows<Row>(
  db: Executor,
  user: AuthUser,
  spec: ResourceSpec<Row>,
  args: ListParams,
  filter?: Record<string, unknown> | null,
): Promise<Row[]> {
  const { limit, offset } = pageOf(args);
  const rows = await selectFrom(db, spec)
    .where(conditionsFor(spec, user, filter))
    .orderBy(...orderOf(spec, args))
    .limit(limit)
    .offset(offset);
  return rows as Row[];
}

export async function countRows<Row>(
  db: Executor,
  user: AuthUser,
  spec: ResourceSpec<Row>,
  filter?: Record<string, unknown> | null,
): Promise<number> {
  const [row] = await db.select({ count: count() }).from(spec.table).where(conditionsFor(spec, user, filter));
  return Number(row?.count ?? 0);
}

/** One row by id within the user's scope; undefined when absent or outside it (never revealing which). */
export async function findRow<Row>(db: Executor, user: AuthUser, spec: ResourceSpec<Row>, id: string | number): Promise<Row | undefined> {
  const scope = spec.countyColumn ? countyScope(user, spec.countyColumn) : undefined;
  const [row] = await selectFrom(db, spec).where(and(eq(spec.idColumn, id), scope)).limit(1);
  return row as Row | undefined;
}

// Condition builders for the usual filter fields.

export const equals = (column: AnyPgColumn) => (value: unknown) => eq(column, value);
export const atLeast = (column: AnyPgColumn) => (value: unknown) => gte(column, value);
export const atMost = (column: AnyPgColumn) => (value: unknown) => lte(column, value);
export const startsWith = (column: AnyPgColumn) => (value: string) => sql`${column} like ${escapeLike(value) + '%'}`;

/** Free text `q`: any of the columns contains the words, case-insensitive. */
export const containsText =
  (...columns: AnyPgColumn[]) =>
  (value: string) => {
    const pattern = `%${escapeLike(value.trim())}%`;
    return or(...columns.map((column) => ilike(column, pattern)));
  };

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
