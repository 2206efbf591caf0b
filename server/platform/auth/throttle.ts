import type { Executor } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { isoAfter, isoNow, minutes } from '../../lib/time.ts';

export type ThrottleRule = { key: string; maxFailures: number; windowMinutes: number; blockMinutes: number };

/** Failed sign-ins: per account, tight; per network address, looser (offices share one). */
export function loginRules(ip: string, account: string): ThrottleRule[] {
  return [
    { key: `login:account:${account}`, maxFailures: 5, windowMinutes: 15, blockMinutes: 15 },
    { key: `login:ip:${ip}`, maxFailures: 30, windowMinutes: 15, blockMinutes: 15 },
  ];
}

/** Emails sent on request (reset links): keeps Porter from being used to flood an inbox. */
export function mailRules(ip: string, account: string): ThrottleRule[] {
  return [
    { key: `mail:account:${account}`, maxFailures: 3, windowMinutes: 60, blockMinutes: 60 },
    { key: `mail:ip:${ip}`, maxFailures: 20, windowMinutes: 60, blockMinutes: 60 },
  ];
}

/** Refuses with 429 while any rule is blocked. Stored in the database so every instance agrees. */
export async function assertNotThrottled(db: Executor, rules: ThrottleRule[], now = new Date()): Promise<void> {
  const rows = await db
    .selectFrom('auth_throttle')
    .select(['blocked_until'])
    .where('key', 'in', rules.map((r) => r.key))
    .execute();
  const blockedUntil = rows
    .map((r) => r.blocked_until)
    .filter((t): t is string => t !== null && t > now.toISOString())
    .sort()
    .at(-1);
  if (!blockedUntil) return;
  const waitMinutes = Math.max(1, Math.ceil((Date.parse(blockedUntil) - now.getTime()) / 60_000));
  throw new AppError(
    'rate_limited',
    `Too many attempts. Please wait ${waitMinutes} minute${waitMinutes === 1 ? '' : 's'} and try again.`,
    undefined,
    { 'retry-after': String(waitMinutes * 60) },
  );
}

/** Counts one more event against each rule, blocking a rule once it reaches its maximum. */
export async function recordThrottledEvent(db: Executor, rules: ThrottleRule[], now = new Date()): Promise<void> {
  for (const rule of rules) {
    const row = await db.selectFrom('auth_throttle').selectAll().where('key', '=', rule.key).executeTakeFirst();
    const windowStart = isoAfter(-minutes(rule.windowMinutes), now);
    const fresh = !row || row.window_started_at < windowStart;
    const failures = fresh ? 1 : row.failures + 1;
    const blockedUntil = failures >= rule.maxFailures ? isoAfter(minutes(rule.blockMinutes), now) : null;
    const values = {
      failures: blockedUntil ? 0 : failures,
      window_started_at: fresh || blockedUntil ? isoNow(now) : row.window_started_at,
      blocked_until: blockedUntil,
    };
    await db
      .insertInto('auth_throttle')
      .values({ key: rule.key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute();
  }
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}
