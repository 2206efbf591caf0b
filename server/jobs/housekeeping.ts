import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import { days, hours, isoAfter, isoNow } from '../lib/time.ts';
import { startJobRunner, type JobRunner, type PeriodicJob } from './job-runner.ts';
import { unscoped } from '../db/tenant-scope.ts';

/** Removes what is no longer needed as of `now`; answers how many things it removed. Must be safe to run twice. */
export type PruneTask = { name: string; every: number; prune: (now: Date) => Promise<number> };

/** Sent mail stays readable in the outbox this long; mail not yet sent (held, queued, failing) is kept. */
export const sentMailRetention = days(30);
/** Far longer than any throttle window (the longest is an hour): a row this old counts for nothing. */
export const throttleRetention = days(1);

/** Expired sessions: sign-in already refuses them from their expiry on. */
export async function pruneExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await unscoped(db, 'expired sessions of every tenant').deleteFrom('sessions').where('expires_at', '<=', isoNow(now)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function pruneThrottleRows(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('auth_throttle')
    .where('window_started_at', '<', isoAfter(-throttleRetention, now))
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', isoNow(now))]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function pruneSentMail(db: Db, now: Date): Promise<number> {
  const result = await unscoped(db, 'old sent mail of every tenant')
    .deleteFrom('outbox_emails')
    .where('status', '=', 'sent')
    .where('sent_at', '<', isoAfter(-sentMailRetention, now))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

function builtInPruneTasks(db: Db): PruneTask[] {
  return [
    { name: 'prune-expired-sessions', every: hours(1), prune: (now) => pruneExpiredSessions(db, now) },
    { name: 'prune-throttle-rows', every: hours(1), prune: (now) => pruneThrottleRows(db, now) },
    { name: 'prune-sent-mail', every: hours(24), prune: (now) => pruneSentMail(db, now) },
  ];
}

/**
 * Periodic clean-up on every instance, each task run by one of them per period.
 * `extraPruneTasks` is where features with their own leftovers plug in (e.g. stray uploads).
 */
export function startHousekeeping(options: {
  db: Db;
  log: Pick<FastifyBaseLogger, 'info' | 'error'>;
  extraPruneTasks?: PruneTask[];
  /** Other periodic work features hand in (e.g. making visits ahead). */
  extraJobs?: PeriodicJob[];
  now?: () => Date;
}): JobRunner {
  const tasks = [...builtInPruneTasks(options.db), ...(options.extraPruneTasks ?? [])];
  const jobs: PeriodicJob[] = tasks.map((task) => ({
    name: task.name,
    every: task.every,
    run: async (now) => {
      const removed = await task.prune(now);
      if (removed > 0) options.log.info({ job: task.name, removed }, 'housekeeping removed what was no longer needed');
    },
  }));
  return startJobRunner({ db: options.db, jobs: [...jobs, ...(options.extraJobs ?? [])], log: options.log, now: options.now });
}
