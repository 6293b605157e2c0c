import type { Role } from '../../schema/domain-values';

/** The signed-in user, as the login mutation returns it. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  allCounties: boolean;
  countyCodes: string[];
}

export interface Session {
  token: string;
  /** ISO 8601; the server refuses the token after this. */
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'huimin.session';

/** The session kept in localStorage (one tab signs in, every tab is signed in). */
export function readSession(): Session | null {
  try {
    const text = localStorage.getItem(KEY);
    if (!text) return null;
    const session = JSON.parse(text) as Session;
    return session?.token && session.user ? session : null;
  } catch {
    return null;
  }
}

export function writeSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}

export function isExpired(session: Session, now: Date = new Date()): boolean {
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isFinite(expiresAt) && expiresAt <= now.getTime();
}
