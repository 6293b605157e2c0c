import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { logger } from './shared/logger';

/** Settings from the environment (README lists them); defaults run the embedded demo. */
export interface Config {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  seed: 'demo' | 'none';
  jwtSecret: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = resolve(env.DATA_DIR || './.data');
  const seed = env.SEED === 'none' ? 'none' : 'demo';
  if (env.SEED && !['none', 'demo'].includes(env.SEED)) throw new Error(`SEED must be "demo" or "none", not "${env.SEED}".`);
  const port = Number(env.PORT || 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  return { port, databaseUrl, dataDir, seed, jwtSecret: env.JWT_SECRET || embeddedSecret(databaseUrl, dataDir) };
}

/**
 * Without JWT_SECRET, the embedded demo keeps a generated secret beside its data (so sessions survive
 * a restart). On PostgreSQL a production install must set JWT_SECRET; until then a per-process secret
 * is used and every restart signs everyone out.
 */
function embeddedSecret(databaseUrl: string | undefined, dataDir: string): string {
  if (databaseUrl) {
    logger.warn('JWT_SECRET is not set: using a random secret for this process only; set it in production.');
    return randomBytes(32).toString('base64url');
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
