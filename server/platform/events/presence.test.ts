import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { createStaff, createTenant } from '../../test/factories.ts';
import { freshDatabase, inspect, testDialects } from '../../test/harness.ts';
import { markPresent, onlineStaff } from './presence.ts';

describe.each(testDialects())('presence on %s', (kind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database.close());

  it('takes two overlapping marks of a new stream, as its start and first heartbeat make on a slow database', async () => {
    const tenant = await createTenant(database.db);
    const person = await createStaff(database.db, tenant.tenantId, 'technician');
    const stream = newId();
    const now = new Date();
    await Promise.all([markPresent(database.db, tenant.tenantId, person.id, stream, now), markPresent(database.db, tenant.tenantId, person.id, stream, new Date(now.getTime() + 150))]);
    const rows = await inspect(database.db).selectFrom('staff_presence').select('id').where('staff_user_id', '=', person.id).execute();
    expect(rows).toEqual([{ id: stream }]);
    expect(await onlineStaff(database.db, tenant.tenantId, [person.id], now)).toEqual(new Set([person.id]));
  });
});
