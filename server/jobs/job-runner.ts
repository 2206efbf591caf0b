import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import { isoAfter, isoNow, minutes } from '../lib/time.ts';

/** Work done once per period by whichever instance claims it first. Must be safe to run twice. */
export type PeriodicJob = { name: string; every: number; run: (now: Date) => Promise<void> };

export type JobRunner = {
  /** Runs every job that is due and this instance could claim; resolves with their names. */
  runDue: () => Promise<string[]>;
  stop: () => Promise<void>;
};

/** A claimed run that has not finished by then (the instance died) is taken by another: at-least-once. */
export const jobLease = minutes(30);
/** A failed run is tried again this soon, or at its next period if that comes first. */
const retryAfterFailure = minutes(5);
const neverRun = '1970-01-01T00:00:00.000Z';

/**
 * Claims one due run of a job. The UPDATE's condition is the claim: however many instances
 * race, one moves next_run_at forward and the others match no row (PostgreSQL re-checks the
 * condition after waiting on the row lock; SQLite runs one write at a time).
 */
export async function claimJobRun(db: Db, name: string, now: Date): Promise<boolean> {
  await db.insertInto('job_runs').values({ name, next_run_at: neverRun }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const claimed = await db
    .updateTable('job_runs')
    .set({ next_run_at: isoAfter(jobLease, now), last_started_at: isoNow(now) })
    .where('name', '=', name)
    .where('next_run_at', '<=', isoNow(now))
    .executeTakeFirst();
  return claimed.numUpdatedRows > 0n;
}

async function finishJobRun(db: Db, job: PeriodicJob, startedAt: Date, now: Date, error: string | null): Promise<void> {
  const next = error ? isoAfter(Math.min(retryAfterFailure, job.every), now) : isoAfter(job.every, startedAt);
  await db
    .updateTable('job_runs')
    .set({ next_run_at: next, last_finished_at: isoNow(now), last_error: error?.slice(0, 500) ?? null })
    .where('name', '=', job.name)
    // A run that outlived its lease has been taken over; the newer run's schedule stands.
    .where('last_started_at', '=', isoNow(startedAt))
    .execute();
}

/** Runs periodic jobs on every instance; the job_runs table makes each run happen on one of them. */
export function startJobRunner(options: {
  db: Db;
  jobs: PeriodicJob[];
  log: Pick<FastifyBaseLogger, 'error'>;
  now?: () => Date;
  pollIntervalMs?: number;
}): JobRunner {
  const now = options.now ?? (() => new Date());
  let running: Promise<string[]> | null = null;
  let stopped = false;

  async function runJob(job: PeriodicJob): Promise<boolean> {
    const startedAt = now();
    if (!(await claimJobRun(options.db, job.name, startedAt))) return false;
    let error: string | null = null;
    try {
      await job.run(startedAt);
    } catch (err) {
      error = String((err as Error).message ?? err);
      options.log.error({ err, job: job.name }, 'periodic job failed; will retry');
    }
    await finishJobRun(options.db, job, startedAt, now(), error);
    return true;
  }

  async function runDueJobs(): Promise<string[]> {
    const ran: string[] = [];
    for (const job of options.jobs) {
      if (stopped) break;
      if (await runJob(job)) ran.push(job.name);
    }
    return ran;
  }

  function runDue(): Promise<string[]> {
    running ??= runDueJobs()
      .catch((err: unknown) => {
        options.log.error({ err }, 'job runner pass failed');
        return [];
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const timer = setInterval(() => {
    if (!stopped) void runDue();
  }, options.pollIntervalMs ?? minutes(1));
  timer.unref();

  return {
    runDue,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
