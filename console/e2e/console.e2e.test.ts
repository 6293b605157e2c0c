import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_DIST, ensureConsoleBuilt } from '../../api/src/console-build';
import { makeResidentId } from '../../api/src/people/resident-id';
import { startTestApi, type TestApi } from '../../api/src/testing/test-api';

/**
 * The console in a real browser (Debian's Chromium, headless) against the real API over a private copy
 * of the demo database: sign-in, county scope, filters, language switch, editing and server errors.
 */

const COUNTIES = ['513428', '371728', '371503', '360402'];
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

let api: TestApi;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function countOf(username: string, filter: Record<string, unknown> = {}): Promise<number> {
  const result = await api.gql<{ _allPolicyholdersMeta: { count: number } }>(
    'query($filter: PolicyholderFilter) { _allPolicyholdersMeta(filter: $filter) { count } }',
    { filter },
    await api.tokenOf(username),
  );
  return result.data!._allPolicyholdersMeta.count;
}

/** The demo should have people in every county; if the seed of the day has none somewhere, add a few. */
async function ensurePeopleInEveryCounty(): Promise<void> {
  const token = await api.tokenOf('admin');
  for (const [index, county] of COUNTIES.entries()) {
    if ((await countOf('admin', { countyCode: county })) > 0) continue;
    const villages = await api.gql<{ allRegions: { code: string }[] }>(
      'query($county: String) { allRegions(page: 0, perPage: 3, filter: { level: VILLAGE, countyCode: $county }) { code } }',
      { county },
      token,
    );
    for (const [i, village] of villages.data!.allRegions.entries()) {
      const created = await api.gql(
        'mutation($id: String!, $name: String!, $village: String!) { createPolicyholder(idNumber: $id, name: $name, villageCode: $village, phone: "13800000000") { id } }',
        { id: makeResidentId(county, `19${60 + index}-0${i + 1}-1${i}`, 500 + i), name: `测试${index}${i}`, village: village.code },
        token,
      );
      expect(created.errors).toBeUndefined();
    }
  }
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  contexts.push(context);
  return context.newPage();
}

async function signIn(username: string): Promise<Page> {
  const page = await newPage();
  await page.goto(`${api.url}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(`huimin-${username}`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/#\/$/);
  return page;
}

/** The total of the list's pagination: "第 1-25 条，共 120 条" or "1-25 of 120". */
async function listTotal(page: Page): Promise<number> {
  const text = await page.getByText(/共 \d+ 条|of \d+$/).first().textContent();
  return Number(/(\d+)\D*$/.exec(text ?? '')![1]);
}

async function waitForTotal(page: Page, expected: number): Promise<void> {
  await expect.poll(() => listTotal(page), { timeout: 10_000 }).toBe(expected);
}

/** Texts of one column of the list, by its position. */
async function columnTexts(page: Page, column: number): Promise<string[]> {
  return page.locator(`tbody tr td:nth-child(${column})`).allTextContents();
}

/** A person of a county, with their current version, read through the API as admin. */
async function personIn(county: string): Promise<{ id: string; phone: string | null; version: number }> {
  const result = await api.gql<{ allPolicyholders: { id: string; phone: string | null; version: number }[] }>(
    'query($county: String) { allPolicyholders(page: 0, perPage: 1, filter: { countyCode: $county }) { id phone version } }',
    { county },
    await api.tokenOf('admin'),
  );
  return result.data!.allPolicyholders[0];
}

async function readPerson(id: string): Promise<{ phone: string | null; version: number }> {
  const result = await api.gql<{ Policyholder: { phone: string | null; version: number } }>(
    'query($id: ID!) { Policyholder(id: $id) { phone version } }',
    { id },
    await api.tokenOf('admin'),
  );
  return result.data!.Policyholder;
}

beforeAll(async () => {
  await ensureConsoleBuilt();
  [api, browser] = await Promise.all([
    startTestApi({ consoleDir: CONSOLE_DIST }),
    chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }),
  ]);
  await ensurePeopleInEveryCounty();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await api?.close();
});

describe('the console in a browser', () => {
  it('shows the sign-in page, in Chinese by default', async () => {
    const page = await newPage();
    await page.goto(`${api.url}/`);
    await expect.poll(() => page.url()).toMatch(/#\/login$/);
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(await page.getByText('用户名').count()).toBeGreaterThan(0);
    expect(await page.getByText('密码').count()).toBeGreaterThan(0);
  });

  it('refuses a wrong password with the server’s message', async () => {
    const page = await newPage();
    await page.goto(`${api.url}/`);
    await page.locator('input[name=username]').fill('lead');
    await page.locator('input[name=password]').fill('wrong');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('用户名或密码错误').waitFor();
  });

  it('shows a county lead only the people of their county, with the right total', async () => {
    const expected = await countOf('lead');
    expect(expected).toBeGreaterThan(0);
    const page = await signIn('lead');
    await page.getByText('县级负责人').first().waitFor(); // the role in the app bar
    await page.goto(`${api.url}/#/Policyholder`);
    await page.locator('tbody tr').first().waitFor();
    await waitForTotal(page, expected);
    const counties = await columnTexts(page, 7);
    expect(counties.length).toBeGreaterThan(0);
    for (const county of counties) expect(county).toBe('普格县');
    // A lead reads and does not write: no create button, and the create page is refused.
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await page.goto(`${api.url}/#/Policyholder/create`);
    await page.getByText('您没有访问此页面的权限').waitFor();
  });

  it('shows an administrator every county, and filters by county', async () => {
    const page = await signIn('admin');
    await page.goto(`${api.url}/#/Policyholder`);
    await page.locator('tbody tr').first().waitFor();
    await waitForTotal(page, await countOf('admin'));

    await page.getByRole('combobox', { name: '县区' }).click();
    await page.getByRole('option', { name: '东明县' }).click();
    const expected = await countOf('admin', { countyCode: '371728' });
    expect(expected).toBeGreaterThan(0);
    await waitForTotal(page, expected);
    for (const county of await columnTexts(page, 7)) expect(county).toBe('东明县');
  });

  it('switches to English', async () => {
    const page = await signIn('admin');
    await page.goto(`${api.url}/#/Policyholder`);
    await page.getByRole('columnheader', { name: '身份证号' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: 'Resident ID number' }).waitFor();
    await page.getByRole('columnheader', { name: 'Category' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Policyholders' }).count()).toBe(1);
    // Enum values are translated too.
    await expect.poll(() => columnTexts(page, 3)).toEqual(expect.arrayContaining([expect.stringMatching(/^(Male|Female)$/)]));
  });

  it('lets an agent change a phone number, which the server keeps', async () => {
    const person = await personIn('513428');
    const phone = person.phone === '13912345678' ? '13987654321' : '13912345678';
    const page = await signIn('agent');
    await page.goto(`${api.url}/#/Policyholder/${person.id}`);
    const input = page.locator('input[name=phone]');
    await input.waitFor();
    await input.fill(phone);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`#/Policyholder/${person.id}/show$`));
    await page.getByText(phone).waitFor();
    const saved = await readPerson(person.id);
    expect(saved.phone).toBe(phone);
    expect(saved.version).toBe(person.version + 1);
  });

  it('shows the server’s field error under a bad phone number, and saves nothing', async () => {
    const person = await personIn('513428');
    const page = await signIn('admin');
    await page.goto(`${api.url}/#/Policyholder/${person.id}`);
    const input = page.locator('input[name=phone]');
    await input.waitFor();
    await input.fill('12345');
    await page.getByRole('button', { name: '保存' }).click();
    // The server's message (Chinese half), under the field.
    await page.locator('.MuiFormControl-root', { has: input }).getByText('电话号码格式不正确').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toMatch(new RegExp(`#/Policyholder/${person.id}$`));
    expect(await readPerson(person.id)).toEqual({ phone: person.phone, version: person.version });
  });

  it('asks to reload when someone else saved the person first', async () => {
    const person = await personIn('371728');
    const page = await signIn('admin');
    await page.goto(`${api.url}/#/Policyholder/${person.id}`);
    await page.locator('input[name=phone]').waitFor();
    // Meanwhile, another clerk saves the same person.
    const other = await api.gql(
      'mutation($id: ID!, $version: Int!) { updatePolicyholder(id: $id, name: "改名", version: $version) { version } }',
      { id: person.id, version: person.version },
      await api.tokenOf('admin'),
    );
    expect(other.errors).toBeUndefined();
    await page.locator('input[name=phone]').fill('13700000000');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('请刷新页面').waitFor();
    expect((await readPerson(person.id)).phone).toBe(person.phone);
  });
});
