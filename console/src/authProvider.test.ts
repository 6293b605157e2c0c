import { HttpError } from 'react-admin';
import { beforeEach, describe, expect, it } from 'vitest';
import { authProvider } from './authProvider';
import { readSession, writeSession, type Session } from './session';

/** A localStorage for node: the providers keep the session there. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, value); }
  removeItem(key: string) { this.items.delete(key); }
}

const session = (role: Session['user']['role'], expiresAt = '2999-01-01T00:00:00Z'): Session => ({
  token: 't',
  expiresAt,
  user: { id: '5', username: 'lead', displayName: '普格县负责人', role, allCounties: false, countyCodes: ['513428'] },
});

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('authProvider', () => {
  it('signs out on an invalid or expired token (401 / UNAUTHENTICATED)', async () => {
    writeSession(session('COUNTY_LEAD'));
    await expect(authProvider.checkError(new HttpError('gone', 401))).rejects.toMatchObject({ message: 'huimin.auth.session_expired' });
    await expect(authProvider.checkError(new HttpError('gone', 400, { code: 'UNAUTHENTICATED' }))).rejects.toBeDefined();
    await authProvider.logout({});
    expect(readSession()).toBeNull();
  });

  it('stays signed in on FORBIDDEN', async () => {
    writeSession(session('COUNTY_LEAD'));
    await expect(authProvider.checkError(new HttpError('no', 403, { code: 'FORBIDDEN' }))).resolves.toBeUndefined();
    expect(readSession()).not.toBeNull();
  });

  it('treats a session past its expiry as signed out', async () => {
    writeSession(session('AGENT', '2000-01-01T00:00:00Z'));
    await expect(authProvider.checkAuth({})).rejects.toBeDefined();
    expect(readSession()).toBeNull();
  });

  it('lets each role write only what the API lets it write', async () => {
    const can = async (role: Session['user']['role'], action: string, resource: string) => {
      writeSession(session(role));
      return authProvider.canAccess?.({ action, resource });
    };
    expect(await can('COUNTY_LEAD', 'list', 'Policyholder')).toBe(true);
    expect(await can('COUNTY_LEAD', 'edit', 'Policyholder')).toBe(false);
    expect(await can('AGENT', 'edit', 'Policyholder')).toBe(true);
    expect(await can('AGENT', 'create', 'Region')).toBe(false);
    expect(await can('ADMIN', 'create', 'Region')).toBe(true);
    expect(await can('ADMIN', 'delete', 'Policyholder')).toBe(false);
    expect(await authProvider.getPermissions?.({})).toBe('ADMIN');
  });
});
