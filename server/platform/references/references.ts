import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { localDateOf } from '../../lib/time.ts';

/**
 * The next human reference of a kind for a tenant, like SR-2026-0042: numbered per tenant,
 * prefix and year. The upsert increments atomically, so two requests created at once never
 * share a number; call it inside the transaction that stores the numbered row. The year is the
 * company's: an invoice sent on New Year's Eve evening in Los Angeles is numbered in the old year.
 */
export async function nextReference(db: Executor, tenantId: string, prefix: 'SR' | 'SO' | 'INV' | 'CN' | 'Q', now = new Date()): Promise<string> {
  const tenant = await db.selectFrom('tenants').select('time_zone').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const year = Number(localDateOf(now, tenant.time_zone).slice(0, 4));
  const row = await db
    .insertInto('reference_counters')
    .values({ tenant_id: tenantId, prefix, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['tenant_id', 'prefix', 'year']).doUpdateSet({ last_number: sql`reference_counters.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return `${prefix}-${year}-${String(row.last_number).padStart(4, '0')}`;
}
