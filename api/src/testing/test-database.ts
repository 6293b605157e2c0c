import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../db/client';
import { withDatabase } from './global-setup';

/**
 * A private database for one test file: a copy of the prepared image (`demo`: migrated and seeded with
 * the demo; `empty`: migrated only), on PGlite or on the PostgreSQL server of DATABASE_URL, whichever
 * this test project targets. Close it in afterAll.
 */
export async function openTestDatabase(image: 'demo' | 'empty' = 'demo', onQuery?: (query: string) => void): Promise<DatabaseHandle> {
  const images = inject('testDatabase');
  if (images.target === 'pglite') {
    const dump = readFileSync(image === 'demo' ? images.demoImage : images.emptyImage);
    return openDatabase({ loadDataDir: new Blob([dump]), onQuery });
  }
  const name = `${image === 'demo' ? images.demoTemplate : images.emptyTemplate}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(images.url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${image === 'demo' ? images.demoTemplate : images.emptyTemplate}"`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ databaseUrl: withDatabase(images.url, name), maxConnections: 4, onQuery });
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = postgres(images.url, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}
