import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { createTenant } from '../../test/factories.ts';
import { freshDatabase, inspect, testDialects } from '../../test/harness.ts';
import { nextReference } from './references.ts';

describe.each(testDialects())('references on %s', (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database.close());

  async function companyIn(zone: string) {
    const { tenantId } = await createTenant(database.db);
    await inspect(database.db).updateTable('tenants').set({ time_zone: zone }).where('id', '=', tenantId).execute();
    return tenantId;
  }

  it("numbers by the company's year: New Year's Eve evening in Los Angeles is still the old year", async () => {
    const tenantId = await companyIn('America/Los_Angeles');
    // Midnight in Los Angeles is 08:00 UTC on 1 January 2027.
    expect(await nextReference(database.db, tenantId, 'INV', new Date('2027-01-01T07:59:59Z'))).toBe('INV-2026-0001');
    expect(await nextReference(database.db, tenantId, 'INV', new Date('2027-01-01T07:59:59Z'))).toBe('INV-2026-0002');
    expect(await nextReference(database.db, tenantId, 'INV', new Date('2027-01-01T08:00:00Z'))).toBe('INV-2027-0001');
  });

  it('starts the new year early east of Greenwich, and counts each prefix apart', async () => {
    const tenantId = await companyIn('Europe/Copenhagen');
    expect(await nextReference(database.db, tenantId, 'INV', new Date('2026-12-31T23:30:00Z'))).toBe('INV-2027-0001');
    expect(await nextReference(database.db, tenantId, 'CN', new Date('2026-12-31T23:30:00Z'))).toBe('CN-2027-0001');
    expect(await nextReference(database.db, tenantId, 'INV', new Date('2026-12-31T22:59:59Z'))).toBe('INV-2026-0001');
  });
});
