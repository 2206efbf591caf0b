import { newId } from '../../server/lib/ids.ts';
import { inspect } from '../../server/test/harness.ts';
import type { RunningPorter } from './porter-server.ts';

/**
 * Clears the demo home's own visits for one that starts in half an hour with Tess on it, so a
 * journey follows a single visit from the field app to the customer. Answers the visit's id.
 */
export async function tessVisitsTheHome(porter: RunningPorter, notes: string | null): Promise<string> {
  const db = inspect(porter.ctx.db);
  const home = await db.selectFrom('locations').select(['id', 'tenant_id', 'customer_id']).where('address', '=', '88 Willow Crescent, Beaverton, OR 97005').executeTakeFirstOrThrow();
  const tess = await db.selectFrom('staff_users').select('id').where('email', '=', 'tech@demo.test').executeTakeFirstOrThrow();
  await db.deleteFrom('visits').where('location_id', '=', home.id).execute();
  await db.deleteFrom('account_services').where('location_id', '=', home.id).execute();
  const visitId = newId();
  const now = new Date().toISOString();
  const start = new Date(Math.ceil((Date.now() + 30 * 60_000) / 300_000) * 300_000).toISOString();
  await db
    .insertInto('visits')
    .values({ id: visitId, tenant_id: home.tenant_id, customer_id: home.customer_id, location_id: home.id, account_service_id: null, original_date: null, name: 'Home clean', starts_at: start, duration_minutes: 150, status: 'scheduled', price: 16_500, notes, created_at: now, updated_at: now })
    .execute();
  await db.insertInto('visit_team').values({ tenant_id: home.tenant_id, visit_id: visitId, staff_user_id: tess.id }).execute();
  return visitId;
}
