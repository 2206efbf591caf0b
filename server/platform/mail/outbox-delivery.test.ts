import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { freshDatabase, inspect, testDialects } from '../../test/harness.ts';
import { enqueueEmail } from './outbox.ts';
import { claimNextEmail, markEmailSent, recordDeliveryFailure } from './outbox-delivery.ts';

const lease = 600_000;

describe.each(testDialects())('outbox leases on %s', (kind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database.close());

  it('lets only the current lease holder mark an email sent, and never hands out a sent one', async () => {
    const id = await enqueueEmail(database.db, { tenantId: null, to: 'a@example.test', subject: 'Hi', text: 'Hello' }, true);
    const t0 = Date.now();
    const first = await claimNextEmail(database.db, kind, newId(), lease, new Date(t0));
    expect(first?.id).toBe(id);

    // The lease holds up to its last millisecond, then lapses.
    expect(await claimNextEmail(database.db, kind, newId(), lease, new Date(t0 + lease - 1))).toBeNull();
    const second = await claimNextEmail(database.db, kind, newId(), lease, new Date(t0 + lease + 1));
    expect(second?.id).toBe(id);

    expect(await markEmailSent(database.db, first!, new Date(t0 + lease + 2))).toBe(false);
    expect(await recordDeliveryFailure(database.db, first!, 'late', new Date(t0 + lease + 2))).toBe(false);
    expect(await markEmailSent(database.db, second!, new Date(t0 + lease + 3))).toBe(true);
    expect(await markEmailSent(database.db, second!, new Date(t0 + lease + 4))).toBe(false);

    const row = await inspect(database.db).selectFrom('outbox_emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null, lease_id: null });
    expect(await claimNextEmail(database.db, kind, newId(), lease, new Date(t0 + 100 * lease))).toBeNull();
  });
});
