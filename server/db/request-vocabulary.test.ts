import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { newId } from '../lib/ids.ts';
import { isoNow } from '../lib/time.ts';
import { insertEarlierTenant, runRaw } from '../test/earlier-schema.ts';
import { freshDatabase, testDialects } from '../test/harness.ts';
import type { DatabaseKind } from './database.ts';
import { migrateToLatest } from './migrate.ts';

describe.each(testDialects())('upgrading a company that still says "ticket" on %s', (kind: DatabaseKind) => {
  it('keeps its request categories and portal choices under their new names', async () => {
    const database = await freshDatabase(kind, { migrateTo: '20261203090000_languages_and_company' });
    try {
      const tenantId = await insertEarlierTenant(database.db);
      const categoryId = newId();
      await runRaw(database.db, sql`insert into ticket_categories (id, organization_id, name, created_at) values (${categoryId}, ${tenantId}, ${'Missed bin'}, ${isoNow()})`);
      await runRaw(database.db, sql`update organizations set tickets_allowed = ${false}, show_closed_tickets = ${false} where id = ${tenantId}`);

      await migrateToLatest(database.db, database.schema);

      const category = await database.db.selectFrom('request_categories').select(['id', 'name']).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
      expect(category).toEqual({ id: categoryId, name: 'Missed bin' });
      const company = await database.db.selectFrom('tenants').select(['requests_allowed', 'show_open_requests', 'show_closed_requests']).where('id', '=', tenantId).executeTakeFirstOrThrow();
      expect([company.requests_allowed, company.show_open_requests, company.show_closed_requests].map(Boolean)).toEqual([false, true, false]);
    } finally {
      await database.close();
    }
  });
});
