import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import * as schema from '../../../schema/index';

export type Schema = typeof schema;
/** The one database type the services see, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: services take this so callers can compose them in one transaction. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Migrates to the newest schema; safe to call on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, for dumping a prepared data directory (tests); undefined on PostgreSQL. */
  pglite?: PGlite;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations', import.meta.url));

export interface OpenOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; absent = in memory. */
  dataDir?: string;
  /** A PGlite data directory dump to start from (tests start from a migrated, seeded image). */
  loadDataDir?: Blob | File;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /** Called with every SQL statement (tests count queries to catch N+1 reads). */
  onQuery?: (query: string) => void;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  const logger = options.onQuery ? { logQuery: (query: string) => options.onQuery!(query) } : undefined;
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.maxConnections ?? 10, logger);
  return openPglite(options.dataDir, options.loadDataDir, logger);
}

type QueryLogger = { logQuery(query: string, params: unknown[]): void } | undefined;

function openPostgres(url: string, max: number, logger: QueryLogger): DatabaseHandle {
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema, logger }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgres(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir: string | undefined, loadDataDir: Blob | File | undefined, logger: QueryLogger): Promise<DatabaseHandle> {
  const client = await PGlite.create({ dataDir, loadDataDir });
  const db = drizzlePglite({ client, schema, logger }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
    pglite: client,
  };
}
