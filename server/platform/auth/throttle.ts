import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { numberFormat } from '../../../shared/i18n/intl.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { AppError, message } from '../../http/errors.ts';
import { minutes, seconds } from '../../lib/time.ts';

/**
 * One counter in `auth_throttle`. The first `free` events in a row go through; after the
 * (free + k)-th, the next event must wait `waits[k]` (the last entry repeats). A quiet spell of
 * `quietMs` since the last event starts the count again. Delays, not hard locks: a stranger can
 * slow an account down, never shut its owner out for longer than the longest wait.
 */
export type ThrottleRule = {
  key: string;
  free: number;
  waits: readonly number[];
  quietMs: number;
  /** A success forgets the count (per-account rules); otherwise it only gives its own event back. */
  forgetOnSuccess: boolean;
  /** The 429 answer: what was refused, and how long to wait (`{{wait}}`). */
  refusal: 'rateLimit.signIn' | 'rateLimit.mail';
};

// 1 s, 2 s, 4 s … doubling, capped at five minutes.
const growingWaits = [...Array.from({ length: 9 }, (_, k) => seconds(2 ** k)), minutes(5)];

/**
 * Sign-in attempts: per account from one address (tight), per account from anywhere (looser,
 * so a stranger elsewhere does not slow the owner at once), per address (offices share one).
 */
export function loginRules(ip: string, account: string): ThrottleRule[] {
  const rule = (key: string, free: number, forgetOnSuccess: boolean): ThrottleRule => ({
    key,
    free,
    waits: growingWaits,
    quietMs: minutes(15),
    forgetOnSuccess,
    refusal: 'rateLimit.signIn',
  });
  return [rule(`login:account-ip:${account}:${ip}`, 5, true), rule(`login:account:${account}`, 20, true), rule(`login:ip:${ip}`, 30, false)];
}

/** Emails sent on request: `perHour` of them less than an hour apart, then an hour's wait. */
export function mailRule(key: string, perHour: number): ThrottleRule {
  return { key: `mail:${key}`, free: perHour, waits: [minutes(60)], quietMs: minutes(60), forgetOnSuccess: false, refusal: 'rateLimit.mail' };
}

/** Reset links asked for from the sign-in page: per addressee and per network address. */
export function resetMailRules(ip: string, account: string): ThrottleRule[] {
  return [mailRule(`ip:${ip}`, 20), mailRule(`to:${account}`, 3)];
}

/**
 * Counts one event against every rule before the work it guards is done, refusing with 429
 * (and Retry-After) while a rule makes it wait. Each count is one upsert that checks the wait
 * and increments in the same statement, so parallel requests cannot all slip past a check.
 * Stored in the database so every instance agrees. Rules are taken in order, tightest first, and
 * the first refusal stops: later rules are not charged for an event that never happened.
 */
export async function takeThrottledTurn(db: Executor, rules: ThrottleRule[], now: Date): Promise<void> {
  for (const rule of rules) {
    if (!(await countEvent(db, rule, now))) await refuse(db, rule, now);
  }
}

async function countEvent(db: Executor, rule: ThrottleRule, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const quietSince = new Date(now.getTime() - rule.quietMs).toISOString();
  const existing = sql.ref('auth_throttle.failures');
  const count = sql<number>`case when ${sql.ref('auth_throttle.window_started_at')} <= ${quietSince} then 1 else ${existing} + 1 end`;
  const row = await db
    .insertInto('auth_throttle')
    .values({ key: rule.key, failures: 1, window_started_at: at, blocked_until: waitUntil(rule, 1, now) })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ failures: count, window_started_at: at, blocked_until: waitUntilSql(rule, count, now) })
        .where((eb) => eb.or([eb('auth_throttle.blocked_until', 'is', null), eb('auth_throttle.blocked_until', '<=', at)])),
    )
    .returning('failures')
    .executeTakeFirst();
  return row !== undefined;
}

function waitMs(rule: ThrottleRule, count: number): number | null {
  if (count < rule.free) return null;
  return rule.waits[Math.min(count - rule.free, rule.waits.length - 1)]!;
}

function waitUntil(rule: ThrottleRule, count: number, now: Date): string | null {
  const wait = waitMs(rule, count);
  return wait === null ? null : new Date(now.getTime() + wait).toISOString();
}

// The same as waitUntil, computed by the database from the count it has just incremented.
function waitUntilSql(rule: ThrottleRule, count: RawBuilder<number>, now: Date): RawBuilder<string | null> {
  const branches = rule.waits.map((_, k) => {
    const from = rule.free + k;
    const last = k === rule.waits.length - 1;
    return sql`when ${count} ${sql.raw(last ? '>=' : '=')} ${from} then cast(${waitUntil(rule, from, now)} as text)`;
  });
  return sql<string | null>`case ${sql.join(branches, sql` `)} else null end`;
}

async function refuse(db: Executor, rule: ThrottleRule, now: Date): Promise<never> {
  const row = await db.selectFrom('auth_throttle').select('blocked_until').where('key', '=', rule.key).executeTakeFirst();
  const waitSeconds = Math.max(1, Math.ceil((Date.parse(row?.blocked_until ?? '') - now.getTime()) / 1000) || 1);
  throw new AppError('rate_limited', message(rule.refusal, { wait: (language) => describeWait(waitSeconds, language) }), undefined, {
    'retry-after': String(waitSeconds),
  });
}

/** "1 second", "60 minutes", "5 minutos", "1 sekund": the wait in whole seconds or minutes, in words of the language. */
export function describeWait(waitSeconds: number, language: Language): string {
  const [value, unit] = waitSeconds < 60 ? [waitSeconds, 'second'] : [Math.ceil(waitSeconds / 60), 'minute'];
  return numberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** After the guarded work succeeded: per-account counts are forgotten, the others give the event back. */
export async function settleThrottledTurn(db: Executor, rules: ThrottleRule[]): Promise<void> {
  const forget = rules.filter((r) => r.forgetOnSuccess).map((r) => r.key);
  const giveBack = rules.filter((r) => !r.forgetOnSuccess).map((r) => r.key);
  if (forget.length > 0) await db.deleteFrom('auth_throttle').where('key', 'in', forget).execute();
  if (giveBack.length > 0) {
    await db
      .updateTable('auth_throttle')
      .set((eb) => ({ failures: eb('failures', '-', 1) }))
      .where('key', 'in', giveBack)
      .where('failures', '>', 0)
      .execute();
  }
}
