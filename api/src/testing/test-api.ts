import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tokenSettings, type TokenSettings } from '../auth/tokens';
import type { DatabaseHandle } from '../db/client';
import { createApp } from '../server';
import { openTestDatabase } from './test-database';
import { DEMO_USERS } from '../seed/users';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

export interface TestApi {
  database: DatabaseHandle;
  url: string;
  tokens: TokenSettings;
  /** Runs an operation over HTTP, as a client would. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Signs in as a demo user (admin, manager, officer, supervisor, lead, agent) and returns the token. */
  tokenOf(username: string): Promise<string>;
  /** SQL statements run since the last call (to check that nested reads are batched). */
  takeQueries(): string[];
  close(): Promise<void>;
}

/** The real server (HTTP, auth, GraphQL, database) on a free port, over a private copy of the demo. */
export async function startTestApi(options: { image?: 'demo' | 'empty'; consoleDir?: string } = {}): Promise<TestApi> {
  let queries: string[] = [];
  const database = await openTestDatabase(options.image ?? 'demo', (query) => queries.push(query));
  const tokens = tokenSettings('test-secret-that-is-long-enough-for-hs256!');
  const app = await createApp({ db: database.db, databaseKind: database.kind, tokens, consoleDir: options.consoleDir });
  const server: Server = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokenCache = new Map<string, string>();

  const gql: TestApi['gql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...(await response.json()) };
  };

  return {
    database,
    url,
    tokens,
    gql,
    async tokenOf(username) {
      const cached = tokenCache.get(username);
      if (cached) return cached;
      const user = DEMO_USERS.find((u) => u.username === username);
      if (!user) throw new Error(`No demo user ${username}`);
      const result = await gql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: user.username, p: user.password },
      );
      if (!result.data) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
      tokenCache.set(username, result.data.login.token);
      return result.data.login.token;
    },
    takeQueries() {
      const taken = queries;
      queries = [];
      return taken;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
      await database.close();
    },
  };
}
