import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const LIST = `query($filter: RegionFilter, $sortField: String) {
  allRegions(perPage: 500, filter: $filter, sortField: $sortField) { id code name level parentCode countyCode validTo }
  _allRegionsMeta(filter: $filter) { count }
}`;
const CREATE = `mutation($code: String!, $name: String!, $level: RegionLevel!) { createRegion(code: $code, name: $name, level: $level) { id code level parentCode countyCode } }`;

describe('regions', () => {
  it('holds the four demo counties under their real cities and provinces', async () => {
    const token = await api.tokenOf('lead');
    const counties = await api.gql(LIST, { filter: { level: 'COUNTY' } }, token);
    expect(counties.data.allRegions.map((r: { code: string; name: string; parentCode: string }) => [r.code, r.name, r.parentCode])).toEqual([
      ['360402', '濂溪区', '360400'],
      ['371503', '茌平区', '371500'],
      ['371728', '东明县', '371700'],
      ['513428', '普格县', '513400'],
    ]);
  });

  it('lists the children of a division and finds codes by prefix or names by text', async () => {
    const token = await api.tokenOf('lead');
    const townships = await api.gql(LIST, { filter: { parentCode: '513428' } }, token);
    expect(townships.data.allRegions.length).toBeGreaterThan(3);
    for (const township of townships.data.allRegions) {
      expect(township).toMatchObject({ level: 'TOWNSHIP', countyCode: '513428' });
      expect(township.code).toMatch(/^513428\d{3}$/);
    }
    const byPrefix = await api.gql(LIST, { filter: { q: '513428100' } }, token);
    expect(byPrefix.data.allRegions.every((r: { code: string }) => r.code.startsWith('513428100'))).toBe(true);
    const byName = await api.gql(LIST, { filter: { q: '普格' } }, token);
    expect(byName.data.allRegions.map((r: { code: string }) => r.code)).toEqual(['513428']);
  });

  it('lets an admin add a village under an existing township, derives parent and county, and refuses bad codes', async () => {
    const token = await api.tokenOf('admin');
    const created = await api.gql(CREATE, { code: '513428100399', name: '新建村', level: 'VILLAGE' }, token);
    expect(created.data.createRegion).toEqual({ id: '513428100399', code: '513428100399', level: 'VILLAGE', parentCode: '513428100', countyCode: '513428' });

    const wrongShape = await api.gql(CREATE, { code: '5134281003', name: 'x', level: 'VILLAGE' }, token);
    expect(wrongShape.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const orphan = await api.gql(CREATE, { code: '513428999201', name: 'x', level: 'VILLAGE' }, token);
    expect(orphan.errors?.[0].message).toContain('513428999 does not exist');
    const duplicate = await api.gql(CREATE, { code: '513428100399', name: '新建村', level: 'VILLAGE' }, token);
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('retires a code instead of deleting it, and filters by whether a code is in use', async () => {
    const token = await api.tokenOf('admin');
    await api.gql(CREATE, { code: '513428100398', name: '撤并村', level: 'VILLAGE' }, token);
    const retired = await api.gql('mutation { updateRegion(id: "513428100398", validTo: "2020-01-01") { validTo } }', {}, token);
    expect(retired.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validTo' });
    const ok = await api.gql('mutation($to: Date) { updateRegion(id: "513428100398", validTo: $to) { validTo } }', { to: '2099-12-31' }, token);
    expect(ok.data.updateRegion.validTo).toBe('2099-12-31');
    const inactive = await api.gql(LIST, { filter: { active: false, parentCode: '513428100' } }, token);
    expect(inactive.data.allRegions.map((r: { code: string }) => r.code)).not.toContain('513428100398');
  });

  it('lets only an admin change regions', async () => {
    const result = await api.gql(CREATE, { code: '513428100397', name: 'x', level: 'VILLAGE' }, await api.tokenOf('manager'));
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
