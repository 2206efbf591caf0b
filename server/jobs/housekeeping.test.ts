import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { days, isoAfter } from '../lib/time.ts';
import { newId } from '../lib/ids.ts';
import { freshDatabase, inspect, testDialects } from '../test/harness.ts';
import { createTenant } from '../test/factories.ts';
import { pruneExpiredSessions, pruneSentMail, pruneThrottleRows, sentMailRetention, startHousekeeping, throttleRetention } from './housekeeping.ts';

const now = new Date('2026-12-02T12:00:00.000Z');
const at = (offset: number) => isoAfter(offset, now);

describe.each(testDialects())('housekeeping on %s', (kind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let tenantId: string;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    tenantId = (await createTenant(database.db)).tenantId;
  });
  afterAll(() => database.close());

  async function session(expiresAt: string): Promise<string> {
    const id = newId();
    await database.db
      .insertInto('sessions')
      .values({ id, token_hash: id, tenant_id: tenantId, principal_kind: 'staff', principal_id: id, created_at: at(-days(20)), last_seen_at: at(-days(1)), expires_at: expiresAt, ip: null, user_agent: null, impersonator_id: null })
      .execute();
    return id;
  }

  async function email(status: 'sent' | 'queued' | 'held', createdAt: string, sentAt: string | null): Promise<string> {
    const id = newId();
    await database.db
      .insertInto('outbox_emails')
      .values({ id, tenant_id: tenantId, to_address: 'a@example.test', subject: 's', text_body: 't', status, next_attempt_at: createdAt, created_at: createdAt, sent_at: sentAt, last_error: status === 'queued' ? 'refused' : null })
      .execute();
    return id;
  }

  it('removes sessions from the moment they expire, and keeps live ones', async () => {
    const expired = await session(at(-1));
    const expiringNow = await session(at(0));
    const live = await session(at(1));
    expect(await pruneExpiredSessions(database.db, now)).toBe(2);
    const left = await inspect(database.db).selectFrom('sessions').select('id').where('id', 'in', [expired, expiringNow, live]).execute();
    expect(left.map((r) => r.id)).toEqual([live]);
  });

  it('removes throttle rows a day past their window, but not a recent or still-blocking one', async () => {
    const rows = [
      { key: 'old', failures: 2, window_started_at: at(-throttleRetention - 1), blocked_until: null },
      { key: 'boundary', failures: 2, window_started_at: at(-throttleRetention), blocked_until: null },
      { key: 'recent', failures: 4, window_started_at: at(-1000), blocked_until: null },
      { key: 'blocking', failures: 0, window_started_at: at(-throttleRetention - 1), blocked_until: at(1) },
    ];
    await database.db.insertInto('auth_throttle').values(rows).execute();
    expect(await pruneThrottleRows(database.db, now)).toBe(1);
    const left = await database.db.selectFrom('auth_throttle').select('key').orderBy('key').execute();
    expect(left.map((r) => r.key)).toEqual(['blocking', 'boundary', 'recent']);
  });

  it('removes sent mail older than 30 days and keeps everything not yet sent', async () => {
    const old = await email('sent', at(-sentMailRetention - days(1)), at(-sentMailRetention - 1));
    const boundary = await email('sent', at(-sentMailRetention - days(1)), at(-sentMailRetention));
    const failing = await email('queued', at(-days(60)), null);
    const held = await email('held', at(-days(60)), null);
    expect(await pruneSentMail(database.db, now)).toBe(1);
    const left = await inspect(database.db).selectFrom('outbox_emails').select('id').where('id', 'in', [old, boundary, failing, held]).execute();
    expect(left.map((r) => r.id).sort()).toEqual([boundary, failing, held].sort());
  });

  it('runs the built-in prunes and any extra prune task given to it', async () => {
    const expired = await session(at(-1));
    const extraRuns: Date[] = [];
    const housekeeping = startHousekeeping({
      db: database.db,
      log: { info: () => undefined, error: () => undefined },
      now: () => now,
      extraPruneTasks: [{ name: 'prune-stray-uploads', every: days(1), prune: async (when) => extraRuns.push(when) }],
    });
    try {
      expect((await housekeeping.runDue()).sort()).toEqual(['prune-expired-sessions', 'prune-sent-mail', 'prune-stray-uploads', 'prune-throttle-rows']);
    } finally {
      await housekeeping.stop();
    }
    expect(extraRuns).toEqual([now]);
    expect(await inspect(database.db).selectFrom('sessions').select('id').where('id', '=', expired).executeTakeFirst()).toBeUndefined();
  });
});
