import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { hours, minutes } from '../lib/time.ts';
import { anotherConnection, freshDatabase, testDialects } from '../test/harness.ts';
import { claimJobRun, jobLease, startJobRunner, type JobRunner, type PeriodicJob } from './job-runner.ts';

const quietLog = { error: () => undefined };

describe.each(testDialects())('periodic jobs on two instances on %s', (kind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let second: DatabaseHandle;
  const runners: JobRunner[] = [];
  let at = Date.parse('2026-12-02T10:00:00.000Z');
  const now = () => new Date(at);
  const runs = new Map<string, number>();
  const counted = (name: string, every: number): PeriodicJob => ({
    name,
    every,
    run: async () => {
      runs.set(name, (runs.get(name) ?? 0) + 1);
      // Gives the other instance every chance to claim the same run meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
  });

  beforeAll(async () => {
    database = await freshDatabase(kind);
    second = anotherConnection(database);
  });
  afterAll(async () => {
    for (const runner of runners) await runner.stop();
    await second.close();
    await database.close();
  });

  function runner(handle: DatabaseHandle, jobs: PeriodicJob[]) {
    const started = startJobRunner({ db: handle.db, jobs, log: quietLog, now });
    runners.push(started);
    return started;
  }

  it('runs each job once per period however many instances try', async () => {
    const jobs = [counted('hourly', hours(1)), counted('daily', hours(24))];
    const a = runner(database, jobs);
    const b = runner(second, jobs);

    const first = await Promise.all([a.runDue(), b.runDue()]);
    expect(first.flat().sort()).toEqual(['daily', 'hourly']);
    expect((await Promise.all([a.runDue(), b.runDue()])).flat()).toEqual([]);
    expect(Object.fromEntries(runs)).toEqual({ hourly: 1, daily: 1 });

    at += hours(1) - 1;
    expect((await Promise.all([a.runDue(), b.runDue()])).flat()).toEqual([]);
    at += 1;
    expect((await Promise.all([a.runDue(), b.runDue()])).flat()).toEqual(['hourly']);
    expect(Object.fromEntries(runs)).toEqual({ hourly: 2, daily: 1 });
  });

  it('tries a failed run again after five minutes, keeping the error', async () => {
    let calls = 0;
    const flaky: PeriodicJob = {
      name: 'flaky',
      every: hours(24),
      run: async () => {
        calls++;
        if (calls === 1) throw new Error('disk full');
      },
    };
    const a = runner(database, [flaky]);
    await a.runDue();
    const row = await database.db.selectFrom('job_runs').selectAll().where('name', '=', 'flaky').executeTakeFirstOrThrow();
    expect(row.last_error).toBe('disk full');
    expect(row.next_run_at).toBe(new Date(at + minutes(5)).toISOString());

    at += minutes(5);
    expect(await runner(second, [flaky]).runDue()).toEqual(['flaky']);
    expect(calls).toBe(2);
    expect((await database.db.selectFrom('job_runs').select('last_error').where('name', '=', 'flaky').executeTakeFirstOrThrow()).last_error).toBeNull();
  });

  it('lets another instance take a run whose instance died, once its lease lapses', async () => {
    // An instance claims the run and dies before finishing it.
    expect(await claimJobRun(database.db, 'orphan', now())).toBe(true);
    const job = counted('orphan', hours(24));
    at += jobLease - 1;
    expect(await runner(second, [job]).runDue()).toEqual([]);
    at += 1;
    expect(await runner(second, [job]).runDue()).toEqual(['orphan']);
    expect(runs.get('orphan')).toBe(1);
  });
});
