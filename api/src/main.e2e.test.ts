import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { withDatabase } from './testing/global-setup';

/**
 * `npm start` as a newcomer runs it: a real process on a fresh data directory (and, when DATABASE_URL
 * is set, on a fresh PostgreSQL database) — migrated, seeded, serving API, console and health on one
 * port — then stopped and started again with every row kept and nothing seeded twice.
 */

const ROOT = new URL('../..', import.meta.url).pathname;
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  // The whole process group: tsx runs the server in a child process of its own.
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const cleanup of cleanups) await cleanup();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `tsx api/src/main.ts` and resolves once it logs that it is ready. */
function start(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['api/src/main.ts'], {
    cwd: ROOT,
    // As a newcomer's shell has it: no NODE_ENV=test from vitest (Apollo changes its signal handling under it).
    env: { ...process.env, NODE_ENV: '', VITEST: '', LOG_LEVEL: 'info', DATABASE_URL: '', JWT_SECRET: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`not ready in 150 s:\n${output}`)), 150_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Huimin is ready')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before ready:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function gql(port: number, query: string, token?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

const targets = ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];

describe.each(targets)('npm start on %s', (target) => {
  it('serves health, console and API on one port, seeded once, and keeps every row across a restart', async () => {
    const env: Record<string, string> = {};
    if (target === 'pglite') {
      const dataDir = mkdtempSync(join(tmpdir(), 'huimin-start-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      env.DATA_DIR = dataDir;
    } else {
      const name = `huimin_start_${process.pid}`;
      const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.unsafe(`create database "${name}"`);
      cleanups.push(async () => {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end();
      });
      env.DATABASE_URL = withDatabase(process.env.DATABASE_URL!, name);
      env.JWT_SECRET = 'a-production-like-secret-of-enough-length';
    }
    env.PORT = String(await freePort());
    const port = Number(env.PORT);

    const first = await start(env);
    const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
    expect(health).toEqual({ status: 'ok', database: target });
    const page = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(page).toContain('<div id="root">');
    const deepLink = await fetch(`http://127.0.0.1:${port}/some/console/route`);
    expect(await deepLink.text()).toContain('<div id="root">');

    const login = await gql(port, 'mutation { login(username: "admin", password: "huimin-admin") { token } }');
    const token = login.data.login.token;
    const counted = await gql(port, '{ _allPolicyholdersMeta { count } _allRegionsMeta { count } }', token);
    expect(counted.data._allPolicyholdersMeta.count).toBeGreaterThanOrEqual(1000);
    const created = await gql(port, 'mutation { createRegion(code: "513428100398", name: "重启测试村", level: VILLAGE) { id } }', token);
    expect(created.errors).toBeUndefined();
    expect(await stop(first)).toBe(0);

    const second = await start(env);
    // The same signing secret after a restart: a signed-in clerk stays signed in.
    const after = await gql(port, '{ _allPolicyholdersMeta { count } _allRegionsMeta { count } Region(id: "513428100398") { name } }', token);
    expect(after.errors).toBeUndefined();
    expect(after.data._allPolicyholdersMeta.count).toBe(counted.data._allPolicyholdersMeta.count);
    expect(after.data._allRegionsMeta.count).toBe(counted.data._allRegionsMeta.count + 1);
    expect(after.data.Region.name).toBe('重启测试村');
    expect(await stop(second)).toBe(0);
  });
});
