import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random token for links and cookies: 256 bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Only this keyed hash of a token is stored, so a copy of the database alone lets nobody
 * sign in or use a reset link.
 */
export function hashToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
