import type { TestProject } from 'vitest/node';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { seedDemo } from '../seed/seed-demo';

/**
 * Prepares the databases once per test run, so each test file starts in a fraction of a second:
 * on PGlite, dumps of a migrated (and a migrated + seeded) data directory; on PostgreSQL, template
 * databases each test file copies with CREATE DATABASE … TEMPLATE.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseImages;
  }
}

export type TestDatabaseImages =
  | { target: 'pglite'; emptyImage: string; demoImage: string }
  | { target: 'postgres'; url: string; emptyTemplate: string; demoTemplate: string };

const IMAGES_DIR = fileURLToPath(new URL('../../../.tmp/test-images', import.meta.url));

export default async function setup(project: TestProject) {
  const target = project.config.env?.HUIMIN_TEST_DB ?? 'pglite';
  if (target === 'postgres') return setupPostgres(project);
  return setupPglite(project);
}

async function setupPglite(project: TestProject) {
  mkdirSync(IMAGES_DIR, { recursive: true });
  const suffix = `${process.pid}-${project.name.replace(/\W/g, '_')}`;
  const handle = await openDatabase({});
  await handle.migrate();
  const emptyImage = join(IMAGES_DIR, `empty-${suffix}.tar`);
  writeFileSync(emptyImage, Buffer.from(await (await handle.pglite!.dumpDataDir('none')).arrayBuffer()));
  await seedDemo(handle.db);
  const demoImage = join(IMAGES_DIR, `demo-${suffix}.tar`);
  writeFileSync(demoImage, Buffer.from(await (await handle.pglite!.dumpDataDir('none')).arrayBuffer()));
  await handle.close();
  project.provide('testDatabase', { target: 'pglite', emptyImage, demoImage });
}

async function setupPostgres(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('HUIMIN_TEST_DB=postgres needs DATABASE_URL.');
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const prefix = `huimin_test_${process.pid}`;
  const emptyTemplate = `${prefix}_empty`;
  const demoTemplate = `${prefix}_demo`;
  for (const [name, seed] of [[emptyTemplate, false], [demoTemplate, true]] as const) {
    await admin.unsafe(`drop database if exists "${name}"`);
    await admin.unsafe(`create database "${name}"`);
    const handle = await openDatabase({ databaseUrl: withDatabase(url, name), maxConnections: 2 });
    await handle.migrate();
    if (seed) await seedDemo(handle.db);
    await handle.close();
  }
  project.provide('testDatabase', { target: 'postgres', url, emptyTemplate, demoTemplate });

  return async () => {
    // Drop the templates and any database a crashed test file left behind.
    const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${prefix + '%'}`;
    for (const { datname } of leftovers) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
