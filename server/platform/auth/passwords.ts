import { hash, verify } from '@node-rs/argon2';
import { passwordMaxLength, passwordMinLength } from '../../../shared/passwords.ts';
import { AppError, message, type Message } from '../../http/errors.ts';
import { commonPasswords } from './common-passwords.ts';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (about 20–26 ms here).
// `algorithm: 2` is Argon2id; the package exports it only as a const enum, which type stripping cannot inline.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Compared against when the account does not exist, so both answers take as long.
let decoyHash: Promise<string> | undefined;

/** Checks a password; `storedHash` null (no account, or none set yet) still costs a full verify. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    decoyHash ??= hashPassword('decoy-password-never-matches');
    await verify(await decoyHash, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** Why a new password is unacceptable, or null when it is fine. */
export function weakPasswordReason(password: string, context: { email?: string } = {}): Message | null {
  if (password.length < passwordMinLength) return message('auth.passwordTooShort', { minimum: passwordMinLength });
  if (password.length > passwordMaxLength) return message('auth.passwordTooLong', { maximum: passwordMaxLength });
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return message('auth.passwordCommon');
  if (new Set(lower).size <= 2) return message('auth.passwordRepetitive');
  const email = context.email?.toLowerCase();
  if (email && (lower === email || lower === email.split('@')[0])) return message('auth.passwordIsEmail');
  return null;
}

/** Refuses a weak new password with a 400 that names the form field. */
export function assertStrongPassword(password: string, field: string, email?: string): void {
  const reason = weakPasswordReason(password, { email });
  if (reason) throw new AppError('validation_failed', reason, { [field]: reason });
}
