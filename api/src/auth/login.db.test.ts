import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { eq } from 'drizzle-orm';
import { users } from '../../../schema/index';
import { startTestApi, type TestApi } from '../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { id username role countyCodes allCounties } } }';

describe('login', () => {
  it('signs in a demo user and returns their role and counties', async () => {
    const result = await api.gql(LOGIN, { u: 'officer', p: 'huimin-officer' });
    expect(result.errors).toBeUndefined();
    expect(result.data.login.user).toMatchObject({ username: 'officer', role: 'CLAIMS_OFFICER', countyCodes: ['513428', '371728'], allCounties: false });
    expect(new Date(result.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await api.gql('{ me { username role } }', {}, result.data.login.token);
    expect(me.data.me).toEqual({ username: 'officer', role: 'CLAIMS_OFFICER' });
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrongPassword = await api.gql(LOGIN, { u: 'admin', p: 'not-the-password' });
    const unknownUser = await api.gql(LOGIN, { u: 'nobody', p: 'huimin-admin' });
    for (const result of [wrongPassword, unknownUser]) {
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].message).toContain('Wrong username or password');
    }
  });

  it('names the empty field', async () => {
    const result = await api.gql(LOGIN, { u: ' ', p: 'x' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
  });

  it('refuses a disabled account, and its existing tokens at once', async () => {
    const token = await api.tokenOf('agent');
    await api.database.db.update(users).set({ active: false }).where(eq(users.username, 'agent'));
    const login = await api.gql(LOGIN, { u: 'agent', p: 'huimin-agent' });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const me = await api.gql('{ me { username } }', {}, token);
    expect(me.status).toBe(401);
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await api.database.db.update(users).set({ active: true }).where(eq(users.username, 'agent'));
  });
});

describe('tokens', () => {
  it('requires a token for data', async () => {
    const result = await api.gql('{ allPolicyholders { id } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('refuses a forged, a malformed and an expired token with 401', async () => {
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('1').setIssuer('huimin').setAudience('huimin-console')
      .setExpirationTime('1h').sign(new TextEncoder().encode('some-other-secret-that-is-long-enough!!'));
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('1').setIssuer('huimin').setAudience('huimin-console')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600).sign(api.tokens.secret);
    for (const [token, message] of [[forged, 'Invalid token'], ['not-a-jwt', 'Invalid token'], [expired, 'expired']]) {
      const result = await api.gql('{ me { username } }', {}, token);
      expect(result.status).toBe(401);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].message).toContain(message);
    }
  });

  it('never sends a stack trace', async () => {
    const result = await api.gql('{ allRegions(perPage: 0) { id } }', {}, await api.tokenOf('admin'));
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'perPage' });
  });
});
