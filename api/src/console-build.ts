import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { logger } from './shared/logger';

export const CONSOLE_ROOT = fileURLToPath(new URL('../../console', import.meta.url));
export const CONSOLE_DIST = join(CONSOLE_ROOT, 'dist');

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the console with Vite when it has never been built or its sources changed since. */
export async function ensureConsoleBuilt(): Promise<void> {
  const index = join(CONSOLE_DIST, 'index.html');
  const sources = join(CONSOLE_ROOT, 'src');
  if (existsSync(index) && (!existsSync(sources) || statSync(index).mtimeMs >= newest(sources))) return;
  logger.info('building the console (first start, about a minute)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: join(CONSOLE_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  logger.info({ ms: Date.now() - started }, 'console built');
}
