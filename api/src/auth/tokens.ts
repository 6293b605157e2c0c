import { SignJWT, jwtVerify, errors } from 'jose';

const ISSUER = 'huimin';
const AUDIENCE = 'huimin-console';

export interface TokenSettings {
  secret: Uint8Array;
  /** Lifetime, e.g. "8h" (a working day). */
  expiresIn: string;
}

export function tokenSettings(secret: string, expiresIn = process.env.JWT_EXPIRES_IN ?? '8h'): TokenSettings {
  if (secret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters long.');
  return { secret: new TextEncoder().encode(secret), expiresIn };
}

/** A signed token naming the user only: role and counties are re-read on every request, so a change takes effect at once. */
export function signToken(settings: TokenSettings, userId: number): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(settings.expiresIn)
    .sign(settings.secret);
}

export type TokenCheck = { ok: true; userId: number } | { ok: false; reason: 'expired' | 'invalid' };

export async function verifyToken(settings: TokenSettings, token: string): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, settings.secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const userId = Number(payload.sub);
    return Number.isSafeInteger(userId) ? { ok: true, userId } : { ok: false, reason: 'invalid' };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
