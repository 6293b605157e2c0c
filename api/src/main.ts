import { readConfig } from './config';
import { CONSOLE_DIST, ensureConsoleBuilt } from './console-build';
import { openDatabase } from './db/client';
import { seedDemoIfEmpty } from './seed/seed-demo';
import { createApp } from './server';
import { tokenSettings } from './auth/tokens';
import { logger } from './shared/logger';

/** `npm start`: migrate, seed an empty database, build the console if needed, serve on one port. */
async function main() {
  const config = readConfig();
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  await database.migrate();
  logger.info({ database: database.kind, where: config.databaseUrl ? 'DATABASE_URL' : config.dataDir }, 'database migrated');
  if (config.seed === 'demo') await seedDemoIfEmpty(database.db);
  await ensureConsoleBuilt();

  const app = await createApp({ db: database.db, databaseKind: database.kind, tokens: tokenSettings(config.jwtSecret), consoleDir: CONSOLE_DIST });
  const server = await app.listen(config.port);
  logger.info({ port: config.port, ms: Date.now() - started }, `Huimin is ready at http://localhost:${config.port}/ (GraphQL at /graphql)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // Never hang on the way out: whatever is still open after 10 s is abandoned.
    setTimeout(() => {
      logger.error('could not stop cleanly within 10 s; exiting');
      process.exit(1);
    }, 10_000).unref();
    server.close();
    await app.stop();
    // PGlite writes its files on close: a clean stop keeps every row.
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  logger.fatal({ err: error }, 'Huimin could not start');
  process.exit(1);
});
