import { eq } from 'drizzle-orm';
import { decodeJwt } from 'jose';
import { users } from '../../../schema/index';
import type { Database } from '../db/client';
import { BadInput, Unauthenticated } from '../shared/errors';
import type { AuthUser } from './auth-user';
import { decoyPasswordHash, verifyPassword } from './password';
import { signToken, verifyToken, type TokenSettings } from './tokens';

export type UserRow = typeof users.$inferSelect;

export function toAuthUser(row: UserRow): AuthUser {
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    allCounties: row.allCounties,
    countyCodes: row.allCounties ? [] : row.countyCodes,
    servicePointId: row.servicePointId,
  };
}

const WRONG_CREDENTIALS = 'Wrong username or password. 用户名或密码错误。';

/** Checks a username and password; the same answer for an unknown user and a wrong password. */
export async function login(db: Database, settings: TokenSettings, username: string, password: string) {
  if (!username.trim()) throw new BadInput('Enter your username. 请输入用户名。', 'username');
  if (!password) throw new BadInput('Enter your password. 请输入密码。', 'password');
  const [row] = await db.select().from(users).where(eq(users.username, username.trim())).limit(1);
  const valid = await verifyPassword(row?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!row || !valid) throw new Unauthenticated(WRONG_CREDENTIALS);
  if (!row.active) throw new Unauthenticated('This account is disabled. 此账号已停用。');
  const token = await signToken(settings, row.id);
  const expiresAt = new Date((decodeJwt(token).exp ?? 0) * 1000);
  return { token, expiresAt, user: row };
}

/** The signed-in user's own record. */
export async function getUser(db: Database, id: number): Promise<UserRow> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** The user behind a bearer token, or why there is none. A disabled user's tokens stop working at once. */
export async function userFromToken(db: Database, settings: TokenSettings, token: string): Promise<AuthUser> {
  const check = await verifyToken(settings, token);
  if (!check.ok) {
    throw new Unauthenticated(
      check.reason === 'expired' ? 'Your session has expired; please sign in again. 登录已过期ï¼请重新登录。' : 'Invalid token. 登录凭证无效。',
    );
  }
  const [row] = await db.select().from(users).where(eq(users.id, check.userId)).limit(1);
  if (!row || !row.active) throw new Unauthenticated('This account no longer exists or is disabled. 账号不存在或已停用。');
  return toAuthUser(row);
}
