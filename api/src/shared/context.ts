import type { Logger } from 'pino';
import type { AuthUser } from '../auth/auth-user';
import type { Database } from '../db/client';
import { LoaderRegistry } from './loaders';

/** What every resolver receives: the signed-in user (or null), the database and this request's loaders. */
export interface RequestContext {
  user: AuthUser | null;
  db: Database;
  loaders: LoaderRegistry;
  log: Logger;
}

export function createRequestContext(db: Database, user: AuthUser | null, log: Logger): RequestContext {
  return { user, db, log, loaders: new LoaderRegistry() };
}
