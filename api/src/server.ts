import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { sql } from 'drizzle-orm';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { userFromToken } from './auth/login.service';
import type { TokenSettings } from './auth/tokens';
import type { Database } from './db/client';
import { buildApiSchema } from './graphql-schema';
import { createRequestContext, type RequestContext } from './shared/context';
import { Unauthenticated } from './shared/errors';
import { formatError } from './shared/format-error';
import { logger } from './shared/logger';

export interface AppOptions {
  db: Database;
  databaseKind: string;
  tokens: TokenSettings;
  /** The built console (Vite output); served at / when present. */
  consoleDir?: string;
}

/** Wiring only: GraphQL at /graphql, health at /healthz, the console at /. */
export async function createApp(options: AppOptions) {
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(options.tokens),
    formatError,
    includeStacktraceInErrorResponses: false,
    // The console discovers the schema by introspection (ra-data-graphql); the schema is not a secret.
    introspection: true,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    // main.ts stops the whole process on SIGINT/SIGTERM (HTTP, Apollo, then the database, in order).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_req, res) => {
    try {
      await options.db.execute(sql`select 1`);
      res.json({ status: 'ok', database: options.databaseKind });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', database: options.databaseKind });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createRequestContext(options.db, await userOf(options, req.headers.authorization), logger),
    }),
  );

  if (options.consoleDir && existsSync(join(options.consoleDir, 'index.html'))) {
    const consoleDir = options.consoleDir;
    app.use(express.static(consoleDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes of the console all load the same page.
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(join(consoleDir, 'index.html')));
  }

  return {
    app,
    async listen(port: number, host = '0.0.0.0'): Promise<Server> {
      return new Promise((resolve) => {
        const server = app.listen(port, host, () => resolve(server));
      });
    },
    stop: () => apollo.stop(),
  };
}

/**
 * The signed-in user of a request. A missing token means anonymous (login still works); a bad or
 * expired token is refused with UNAUTHENTICATED and says why.
 */
async function userOf(options: AppOptions, authorization: string | undefined) {
  if (!authorization) return null;
  const match = /^Bearer\s+(.+)$/i.exec(authorization);
  try {
    if (!match) throw new Unauthenticated('The Authorization header must be "Bearer <token>". 认证头格式错误。');
    return await userFromToken(options.db, options.tokens, match[1]);
  } catch (error) {
    // Thrown from the context, an error ends the whole request: answer 401, as HTTP clients expect.
    if (error instanceof Unauthenticated) error.extensions.http = { status: 401 };
    throw error;
  }
}
