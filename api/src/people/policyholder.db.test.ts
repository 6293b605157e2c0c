import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, policyholders } from '../../../schema/index';
import { startTestApi, type TestApi } from '../testing/test-api';
import { makeResidentId } from './resident-id';
import { todayInChina } from '../shared/dates';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const PUGE_VILLAGE = '513428100200'; // 普格县 普基镇
const DONGMING_VILLAGE = '371728100200'; // 东明县 东明集镇
const CHIPING_VILLAGE = '371503100200'; // 茌平区 乐平铺镇

const CREATE = `mutation($idNumber: String!, $name: String!, $villageCode: String!, $phone: String, $category: Category, $sex: Sex, $birthDate: Date) {
  createPolicyholder(idNumber: $idNumber, name: $name, villageCode: $villageCode, phone: $phone, category: $category, sex: $sex, birthDate: $birthDate) {
    id idNumber name sex birthDate countyCode villageCode category version
  }
}`;
const UPDATE = `mutation($id: ID!, $phone: String, $category: Category, $categoryValidFrom: Date, $version: Int!) {
  updatePolicyholder(id: $id, phone: $phone, category: $category, categoryValidFrom: $categoryValidFrom, version: $version) {
    id phone category version categoryHistory { category validFrom validTo source }
  }
}`;

let sequence = 500;
/** A fresh valid ID number for this test file (no collision with the demo's). */
function newId(countyCode: string, birthDate = '1968-04-12', sex: 'MALE' | 'FEMALE' = 'MALE') {
  sequence += 2;
  return makeResidentId(countyCode, birthDate, sex === 'MALE' ? sequence + 1 : sequence);
}

async function createAs(username: string, variables: Record<string, unknown>) {
  return api.gql(CREATE, variables, await api.tokenOf(username));
}

async function peopleCount() {
  return (await api.database.db.select({ id: policyholders.id }).from(policyholders)).length;
}

describe('registering a person', () => {
  it('derives sex, birth date and county, records the category and audits the change', async () => {
    const idNumber = newId('513428', '1958-09-30', 'FEMALE');
    const result = await createAs('agent', { idNumber, name: '吉克阿呷', villageCode: PUGE_VILLAGE, phone: '13812345678', category: 'DIBAO' });
    expect(result.errors).toBeUndefined();
    expect(result.data.createPolicyholder).toMatchObject({
      idNumber, name: '吉克阿呷', sex: 'FEMALE', birthDate: '1958-09-30', countyCode: '513428', villageCode: PUGE_VILLAGE, category: 'DIBAO', version: 1,
    });
    const id = result.data.createPolicyholder.id;
    const audit = await api.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'Policyholder'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'policyholder.create', actorUsername: 'agent', countyCode: '513428' });
  });

  it.each([
    ['a mistyped check character', '513428196804120013', 'idNumber', /check character/],
    ['a short ID number', '51342819680412001', 'idNumber', /18 characters/],
    ['an impossible birth date', '513428196802300013', 'idNumber', /not a real date/],
  ])('refuses %s, naming the field, and writes nothing', async (_, idNumber, field, message) => {
    const before = await peopleCount();
    const result = await createAs('agent', { idNumber, name: '测试', villageCode: PUGE_VILLAGE });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(message);
    expect(await peopleCount()).toBe(before);
  });

  it('refuses a sex or birth date that disagrees with the ID number', async () => {
    const idNumber = newId('513428', '1970-01-01', 'MALE');
    const sex = await createAs('agent', { idNumber, name: '测试', villageCode: PUGE_VILLAGE, sex: 'FEMALE' });
    expect(sex.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sex' });
    const birth = await createAs('agent', { idNumber, name: '测试', villageCode: PUGE_VILLAGE, birthDate: '1970-01-02' });
    expect(birth.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate' });
  });

  it('refuses a code that is not a village, a bad phone and an empty name', async () => {
    const idNumber = newId('513428');
    expect((await createAs('agent', { idNumber, name: '测试', villageCode: '513428100' })).errors?.[0].extensions).toMatchObject({ field: 'villageCode' });
    expect((await createAs('agent', { idNumber, name: '测试', villageCode: PUGE_VILLAGE, phone: '12345' })).errors?.[0].extensions).toMatchObject({ field: 'phone' });
    expect((await createAs('agent', { idNumber, name: '  ', villageCode: PUGE_VILLAGE })).errors?.[0].extensions).toMatchObject({ field: 'name' });
  });

  it('recognises an ID number already registered', async () => {
    const idNumber = newId('513428');
    expect((await createAs('agent', { idNumber, name: '阿苦日古', villageCode: PUGE_VILLAGE })).errors).toBeUndefined();
    const again = await createAs('agent', { idNumber, name: '阿苦日古', villageCode: PUGE_VILLAGE });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idNumber' });
  });

  it('lets an agent register only in their own county, and a county lead not at all', async () => {
    const outside = await createAs('agent', { idNumber: newId('371728'), name: '张伟', villageCode: DONGMING_VILLAGE });
    expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const lead = await createAs('lead', { idNumber: newId('513428'), name: '张伟', villageCode: PUGE_VILLAGE });
    expect(lead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('county scope', () => {
  let dongmingId: string;
  let dongmingIdNumber: string;
  beforeAll(async () => {
    dongmingIdNumber = newId('371728');
    const result = await createAs('admin', { idNumber: dongmingIdNumber, name: '刘芳', villageCode: DONGMING_VILLAGE });
    dongmingId = result.data.createPolicyholder.id;
    await createAs('admin', { idNumber: newId('513428'), name: '马海木呷', villageCode: PUGE_VILLAGE });
    await createAs('admin', { idNumber: newId('371503'), name: '王静', villageCode: CHIPING_VILLAGE });
  });

  const LIST = `query($filter: PolicyholderFilter, $perPage: Int) {
    allPolicyholders(perPage: $perPage, filter: $filter) { id countyCode }
    _allPolicyholdersMeta(filter: $filter) { count }
  }`;

  it('shows a county lead of 513428 nothing of 371728: not in lists, counts, by id, by ids or by search', async () => {
    const token = await api.tokenOf('lead');
    const everything = await api.gql(LIST, { perPage: 500 }, token);
    expect(everything.data.allPolicyholders.length).toBeGreaterThan(0);
    expect(new Set(everything.data.allPolicyholders.map((p: { countyCode: string }) => p.countyCode))).toEqual(new Set(['513428']));

    const byCounty = await api.gql(LIST, { filter: { countyCode: '371728' } }, token);
    expect(byCounty.data).toEqual({ allPolicyholders: [], _allPolicyholdersMeta: { count: 0 } });
    const byIds = await api.gql(LIST, { filter: { ids: [dongmingId] } }, token);
    expect(byIds.data).toEqual({ allPolicyholders: [], _allPolicyholdersMeta: { count: 0 } });
    const bySearch = await api.gql(LIST, { filter: { q: dongmingIdNumber } }, token);
    expect(bySearch.data._allPolicyholdersMeta.count).toBe(0);

    const one = await api.gql('query($id: ID!) { Policyholder(id: $id) { id name } }', { id: dongmingId }, token);
    expect(one.data).toBeNull();
    expect(one.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('counts for the lead exactly the 513428 people the admin sees there', async () => {
    const lead = await api.gql(LIST, {}, await api.tokenOf('lead'));
    const admin = await api.gql(LIST, { filter: { countyCode: '513428' } }, await api.tokenOf('admin'));
    expect(lead.data._allPolicyholdersMeta.count).toBe(admin.data._allPolicyholdersMeta.count);
  });

  it('shows an officer of 513428 and 371728 both, and nothing of 371503', async () => {
    const token = await api.tokenOf('officer');
    expect((await api.gql(LIST, { filter: { ids: [dongmingId] } }, token)).data._allPolicyholdersMeta.count).toBe(1);
    expect((await api.gql(LIST, { filter: { countyCode: '371503' } }, token)).data._allPolicyholdersMeta.count).toBe(0);
  });

  it('shows the admin every county', async () => {
    const token = await api.tokenOf('admin');
    for (const countyCode of ['513428', '371728', '371503']) {
      expect((await api.gql(LIST, { filter: { countyCode } }, token)).data._allPolicyholdersMeta.count).toBeGreaterThan(0);
    }
  });

  it('refuses a county lead’s change to a person outside the county, as not found', async () => {
    const result = await api.gql(UPDATE, { id: dongmingId, phone: '13900000000', version: 1 }, await api.tokenOf('agent'));
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('listing', () => {
  it('pages and sorts without repeating or skipping anyone', async () => {
    const token = await api.tokenOf('admin');
    const query = 'query($page: Int, $perPage: Int) { allPolicyholders(page: $page, perPage: $perPage, sortField: "name", sortOrder: "ASC") { id name } _allPolicyholdersMeta { count } }';
    const all = await api.gql(query, { page: 0, perPage: 500 }, token);
    const pages = await Promise.all([0, 1, 2].map((page) => api.gql(query, { page, perPage: 3 }, token)));
    const paged = pages.flatMap((p) => p.data.allPolicyholders);
    expect(paged).toEqual(all.data.allPolicyholders.slice(0, 9));
    const names = all.data.allPolicyholders.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('refuses more than 500 per page, an unknown sort field and a bad date filter, naming each', async () => {
    const token = await api.tokenOf('admin');
    expect((await api.gql('{ allPolicyholders(perPage: 501) { id } }', {}, token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'perPage' });
    expect((await api.gql('{ allPolicyholders(sortField: "password") { id } }', {}, token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
    const badDate = await api.gql('query($f: PolicyholderFilter) { allPolicyholders(filter: $f) { id } }', { f: { birthDate_gte: '2026-02-30' } }, token);
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'f.birthDate_gte' });
  });

  it('filters by any division above the home village, trailing zeros included', async () => {
    const token = await api.tokenOf('admin');
    const query = 'query($f: PolicyholderFilter) { allPolicyholders(perPage: 500, filter: $f) { villageCode } _allPolicyholdersMeta(filter: $f) { count } }';
    for (const [regionCode, prefix] of [['513428100', '513428100'], ['513400', '5134'], ['370000', '37'], [PUGE_VILLAGE, PUGE_VILLAGE]]) {
      const result = await api.gql(query, { f: { regionCode } }, token);
      expect(result.data._allPolicyholdersMeta.count).toBeGreaterThan(0);
      for (const row of result.data.allPolicyholders) expect(row.villageCode.startsWith(prefix)).toBe(true);
    }
    const township = await api.gql(query, { f: { regionCode: '513428100' } }, token);
    const villages = await Promise.all(
      ['513428100200', '513428100201', '513428100202', '513428100203'].map((villageCode) => api.gql(query, { f: { villageCode } }, token)),
    );
    expect(township.data._allPolicyholdersMeta.count).toBe(villages.reduce((sum, v) => sum + v.data._allPolicyholdersMeta.count, 0));
    const bad = await api.gql(query, { f: { regionCode: '12' } }, token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionCode' });
  });

  it('filters by category in force today, by birth date range and by village, with nested village names', async () => {
    const token = await api.tokenOf('admin');
    const idNumber = newId('513428', '1940-05-05');
    await createAs('admin', { idNumber, name: '沙马拉且', villageCode: PUGE_VILLAGE, category: 'TEKUN' });
    const result = await api.gql(
      `query($f: PolicyholderFilter) { allPolicyholders(perPage: 500, filter: $f) { idNumber category birthDate village { name parent { name } } } }`,
      { f: { category: 'TEKUN', villageCode: PUGE_VILLAGE, birthDate_lte: '1940-12-31' } },
      token,
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data.allPolicyholders;
    expect(rows.map((r: { idNumber: string }) => r.idNumber)).toContain(idNumber);
    for (const row of rows) {
      expect(row.category).toBe('TEKUN');
      expect(row.birthDate <= '1940-12-31').toBe(true);
      expect(row.village.parent.name).toBe('普基镇');
    }
  });
});

describe('correcting a person', () => {
  it('saves a change, bumps the version and refuses a stale version with CONFLICT', async () => {
    const created = await createAs('agent', { idNumber: newId('513428'), name: '俄木拉哈', villageCode: PUGE_VILLAGE });
    const id = created.data.createPolicyholder.id;
    const token = await api.tokenOf('agent');
    const first = await api.gql(UPDATE, { id, phone: '0834-4721234', version: 1 }, token);
    expect(first.data.updatePolicyholder).toMatchObject({ phone: '0834-4721234', version: 2 });
    const stale = await api.gql(UPDATE, { id, phone: '13700000000', version: 1 }, token);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [row] = await api.database.db.select().from(policyholders).where(eq(policyholders.id, Number(id)));
    expect(row.phone).toBe('0834-4721234');
  });

  it('keeps the category history when the category changes', async () => {
    const created = await createAs('agent', { idNumber: newId('513428'), name: '阿尔木呷', villageCode: PUGE_VILLAGE, category: 'DIBAO' });
    const id = created.data.createPolicyholder.id;
    const token = await api.tokenOf('agent');
    const today = todayInChina();
    const result = await api.gql(UPDATE, { id, category: 'LIFTED', categoryValidFrom: '2099-01-01', version: 1 }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data.updatePolicyholder.category).toBe('DIBAO');
    expect(result.data.updatePolicyholder.categoryHistory).toEqual([
      { category: 'DIBAO', validFrom: expect.any(String), validTo: '2098-12-31', source: 'MANUAL' },
      { category: 'LIFTED', validFrom: '2099-01-01', validTo: null, source: 'MANUAL' },
    ]);
    expect(result.data.updatePolicyholder.categoryHistory[0].validFrom <= today).toBe(true);
  });
});

describe('nested reads', () => {
  it('loads the villages, townships, households and categories of a whole page in a few batched queries', async () => {
    const token = await api.tokenOf('admin');
    api.takeQueries();
    const result = await api.gql(
      '{ allPolicyholders(perPage: 100) { id category village { name parent { name } } household { householdNo } categoryHistory { category } } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.allPolicyholders.length).toBeGreaterThan(5);
    const queries = api.takeQueries();
    // user of the token, the page, category periods (once for both fields), villages, townships, households
    expect(queries.length).toBeLessThanOrEqual(6);
  });
});
