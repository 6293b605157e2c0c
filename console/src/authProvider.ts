import type { AuthProvider } from 'react-admin';
import { i18nProvider } from './i18n/i18nProvider';
import { clearSession, isExpired, readSession, writeSession, type Session } from './session';
import { messageIn } from './shared/bilingual';
import { canEditPeople, canEditRegions } from './shared/permissions';
import { codeOf } from './shared/serverErrors';

const WRITE_ACTIONS = ['create', 'edit', 'delete', 'clone'];

const LOGIN = `mutation login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token expiresAt user { id username displayName role allCounties countyCodes }
  }
}`;

interface LoginResponse {
  data?: { login: Session } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Signs in with the login mutation and keeps the token and user in localStorage; the data provider
 * sends the token on every request. Only an invalid or expired session signs the user out: FORBIDDEN
 * is an answer about one action, not about the session.
 */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { username: username ?? '', password: password ?? '' } }),
      });
    } catch {
      throw new Error(i18nProvider.translate('huimin.errors.network'));
    }
    const result = (await response.json().catch(() => ({}))) as LoginResponse;
    const session = result.data?.login;
    if (!session) {
      const message = result.errors?.[0]?.message;
      throw new Error(message ? messageIn(i18nProvider.getLocale(), message) : i18nProvider.translate('ra.auth.sign_in_error'));
    }
    writeSession(session);
  },

  async logout() {
    clearSession();
  },

  async checkAuth() {
    const session = readSession();
    // No session at all: go to the login page without an alarming message.
    if (!session) throw { message: false };
    if (isExpired(session)) {
      clearSession();
      throw { message: 'huimin.auth.session_expired' };
    }
  },

  async checkError(error: unknown) {
    const status = (error as { status?: number })?.status;
    if (status === 401 || codeOf(error) === 'UNAUTHENTICATED') {
      // react-admin then calls logout(), which clears the session (clearing it here would hide the message).
      throw { message: 'huimin.auth.session_expired' };
    }
    // 403 / FORBIDDEN: stay signed in; the page shows the error.
  },

  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('Not signed in');
    const { user } = session;
    return { id: user.id, fullName: user.displayName, username: user.username, role: user.role, allCounties: user.allCounties, countyCodes: user.countyCodes };
  },

  async getPermissions() {
    return readSession()?.user.role ?? null;
  },

  /** Everyone signed in reads (the server limits what to their counties); writing depends on the role. */
  async canAccess({ action, resource }: { action: string; resource: string }) {
    const role = readSession()?.user.role;
    if (!role) return false;
    if (!WRITE_ACTIONS.includes(action)) return true;
    if (action !== 'create' && action !== 'edit') return false; // the API deletes and clones nothing
    if (resource === 'Region') return canEditRegions(role);
    if (resource === 'Policyholder') return canEditPeople(role);
    return false;
  },
};
