// How fast a county's page of people comes back when the database holds the whole country's worth,
// through the same list helper and county scope the API uses — on PGlite and, when DATABASE_URL is set,
// on PostgreSQL. Then the same with the indexes led by county_code dropped, to show what they are for.
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { AuthUser } from '../api/src/auth/auth-user';
import { openDatabase, type DatabaseHandle } from '../api/src/db/client';
import { countPolicyholders, listPolicyholders } from '../api/src/people/policyholder.service';
import type { BenchSection } from './run';

const COUNTIES = 200;
const PEOPLE_PER_COUNTY = 1_000;
const ROUNDS = 30;

const lead: AuthUser = { id: 1, username: 'lead', role: 'COUNTY_LEAD', allCounties: false, countyCodes: ['420150'], servicePointId: null };
const admin: AuthUser = { ...lead, username: 'admin', role: 'ADMIN', allCounties: true, countyCodes: [] };

/** Synthetic counties 420101…, one township and ten villages each, and people spread over them. */
async function fill(handle: DatabaseHandle) {
  const { db } = handle;
  await db.execute(sql`
    insert into regions (code, name, level, county_code)
    select (420101 + c)::text, 'county ' || c, 'COUNTY', (420101 + c)::text from generate_series(0, ${COUNTIES - 1}) c`);
  await db.execute(sql`
    insert into regions (code, name, level, parent_code, county_code)
    select (420101 + c)::text || '100', 'town ' || c, 'TOWNSHIP', (420101 + c)::text, (420101 + c)::text from generate_series(0, ${COUNTIES - 1}) c`);
  await db.execute(sql`
    insert into regions (code, name, level, parent_code, county_code)
    select (420101 + c)::text || '100' || (200 + v)::text, 'village ' || c || '-' || v, 'VILLAGE', (420101 + c)::text || '100', (420101 + c)::text
    from generate_series(0, ${COUNTIES - 1}) c, generate_series(0, 9) v`);
  // People are inserted in the order they register — counties interleaved — as in real life.
  await db.execute(sql`
    insert into policyholders (county_code, id_number, name, sex, birth_date, village_code)
    select (420101 + i % ${COUNTIES})::text,
           (420101 + i % ${COUNTIES})::text || lpad(i::text, 11, '0') || '0',
           'person ' || i, case when i % 2 = 0 then 'MALE' else 'FEMALE' end, date '1950-01-01' + (i % 20000),
           (420101 + i % ${COUNTIES})::text || '100' || (200 + i % 10)::text
    from generate_series(0, ${COUNTIES * PEOPLE_PER_COUNTY - 1}) i`);
  await db.execute(sql`
    insert into category_periods (county_code, policyholder_id, category, valid_from, source)
    select county_code, id, 'DIBAO', '2020-01-01', 'SEED' from policyholders where id % 7 = 0`);
  await db.execute(sql`analyze`);
}

async function medianMs(work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

interface Row { name: string; ms: number }

async function measure(handle: DatabaseHandle): Promise<Row[]> {
  const { db } = handle;
  const page = (user: AuthUser, pageNo: number, filter?: Record<string, unknown>) => () =>
    listPolicyholders(db, user, { page: pageNo, perPage: 25, sortField: 'id', sortOrder: 'ASC' }, filter as never);
  return [
    { name: 'county lead: first page of 25 (sorted by id)', ms: await medianMs(page(lead, 0)) },
    { name: 'county lead: page 30 of 40', ms: await medianMs(page(lead, 29)) },
    { name: 'county lead: total count', ms: await medianMs(() => countPolicyholders(db, lead, null)) },
    { name: 'county lead: DIBAO today, first page', ms: await medianMs(page(lead, 0, { category: 'DIBAO' })) },
    { name: 'county lead: name search "person 1234"', ms: await medianMs(page(lead, 0, { q: 'person 1234' })) },
    { name: 'admin: first page of everyone', ms: await medianMs(page(admin, 0)) },
    { name: 'admin: one county by filter, first page', ms: await medianMs(page(admin, 0, { countyCode: '420150' })) },
  ];
}

async function measureTarget(label: string, handle: DatabaseHandle): Promise<string[]> {
  await handle.migrate();
  const filled = performance.now();
  await fill(handle);
  const fillSeconds = ((performance.now() - filled) / 1000).toFixed(1);
  const withIndex = await measure(handle);
  for (const index of ['policyholders_county_idx', 'policyholders_county_name_idx', 'policyholders_county_village_idx', 'category_periods_county_category_idx']) {
    await handle.db.execute(sql.raw(`drop index ${index}`));
  }
  const withoutIndex = await measure(handle);
  return [
    `### ${label} (filled in ${fillSeconds} s)`,
    '',
    '| query | with the county-led indexes | without them |',
    '|---|---:|---:|',
    ...withIndex.map((row, i) => `| ${row.name} | ${row.ms.toFixed(2)} ms | ${withoutIndex[i].ms.toFixed(2)} ms |`),
    '',
  ];
}

export async function run(): Promise<BenchSection> {
  const lines = [
    `${(COUNTIES * PEOPLE_PER_COUNTY).toLocaleString('en')} people in ${COUNTIES} counties (1 in 7 DIBAO), registered in interleaved order;`,
    `the API's own list helper with the county scope of a county lead and of an admin; median of ${ROUNDS} runs after 3 warm-ups.`,
    '',
  ];
  const pglite = await openDatabase({});
  try {
    lines.push(...(await measureTarget('PGlite (embedded)', pglite)));
  } finally {
    await pglite.close();
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `huimin_bench_${process.pid}`;
    const adminSql = postgres(url, { max: 1, onnotice: () => {} });
    await adminSql.unsafe(`create database "${name}"`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const server = await openDatabase({ databaseUrl: target.toString() });
    try {
      lines.push(...(await measureTarget('PostgreSQL 15 (DATABASE_URL)', server)));
    } finally {
      await server.close();
      await adminSql.unsafe(`drop database if exists "${name}" with (force)`);
      await adminSql.end();
    }
  } else {
    lines.push('_PostgreSQL not measured: set DATABASE_URL to include it._');
  }
  return { title: 'County scope at scale (people list)', body: lines.join('\n') };
}
