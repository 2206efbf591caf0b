import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { unscoped } from '../db/tenant-scope.ts';
import { newId } from '../lib/ids.ts';
import { isoNow } from '../lib/time.ts';

// Upgrade tests write rows as the tables were before the tenant vocabulary migration
// (`organizations`, `organization_id`), which today's types and factories no longer describe.

function before(db: Db) {
  return unscoped(db, 'rows written as the tables were before a migration, to upgrade over them');
}

export async function insertEarlierTenant(db: Db): Promise<string> {
  const id = newId();
  await sql`insert into organizations (id, slug, name, display_name, portal_enabled, time_zone, created_at)
    values (${id}, ${`co-${id.slice(-8)}`}, ${'Earlier company'}, ${'Earlier company'}, ${false}, ${'UTC'}, ${isoNow()})`.execute(before(db));
  return id;
}

export async function insertEarlierCustomer(db: Db, tenantId: string): Promise<string> {
  const id = newId();
  await sql`insert into customers (id, organization_id, name, type, created_at) values (${id}, ${tenantId}, ${'Earlier customer'}, ${'commercial'}, ${isoNow()})`.execute(before(db));
  return id;
}

export async function insertEarlierLocation(db: Db, tenantId: string, customerId: string): Promise<string> {
  const id = newId();
  await sql`insert into locations (id, organization_id, customer_id, name, address, time_zone, created_at)
    values (${id}, ${tenantId}, ${customerId}, ${'Earlier location'}, ${'1 Test Street'}, ${'UTC'}, ${isoNow()})`.execute(before(db));
  return id;
}

export async function runRaw(db: Db, statement: ReturnType<typeof sql>): Promise<void> {
  await statement.execute(before(db));
}
