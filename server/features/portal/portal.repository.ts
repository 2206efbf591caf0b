import { compileOnce, compileOnceAll } from '../../db/compile-once.ts';
import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export async function hasActiveCustomer(db: Executor, tenantId: TenantId, portalUserId: string): Promise<boolean> {
  const row = await db
    .selectFrom('portal_user_customers as puc')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'puc.customer_id').onRef('c.tenant_id', '=', 'puc.tenant_id'))
    .select('c.id')
    .where('puc.tenant_id', '=', tenantId)
    .where('puc.portal_user_id', '=', portalUserId)
    .where('c.archived_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

// The portal home reads these three on every visit: built once (db/compile-once.ts says why).
const customersOfPortalUserQuery = compileOnceAll((db: Executor, tenantId: TenantId, portalUserId: string) =>
  db
    .selectFrom('portal_user_customers as puc')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'puc.customer_id').onRef('c.tenant_id', '=', 'puc.tenant_id'))
    .select(['c.id', 'c.name', 'c.type', 'puc.is_billing_contact'])
    .where('puc.tenant_id', '=', tenantId)
    .where('puc.portal_user_id', '=', portalUserId)
    .where('c.archived_at', 'is', null)
    .orderBy('c.name'),
);

export function customersOfPortalUser(db: Executor, tenantId: TenantId, portalUserId: string) {
  return customersOfPortalUserQuery(db, tenantId, portalUserId);
}

const portalLocationsQuery = compileOnceAll((db: Executor, tenantId: TenantId, portalUserId: string) =>
  db
    .selectFrom('portal_user_locations as pul')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'pul.location_id').onRef('l.tenant_id', '=', 'pul.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .innerJoin('portal_user_customers as puc', (join) => join.onRef('puc.customer_id', '=', 'c.id').onRef('puc.tenant_id', '=', 'c.tenant_id').on('puc.portal_user_id', '=', portalUserId))
    .selectAll('l')
    .where('pul.tenant_id', '=', tenantId)
    .where('pul.portal_user_id', '=', portalUserId)
    .where('l.portal_enabled', '=', true)
    .where('c.archived_at', 'is', null)
    .orderBy('c.name')
    .orderBy('l.name'),
);

/** Granted locations whose portal is on, of the person's active customers. */
export function portalLocationsOf(db: Executor, tenantId: TenantId, portalUserId: string) {
  return portalLocationsQuery(db, tenantId, portalUserId);
}

// Asked on every portal load, as `me` is: built once per number of locations (db/compile-once.ts says why).
const locationsWithCleaningPlanQuery = compileOnceAll((db: Executor, tenantId: TenantId, locationIds: readonly string[]) =>
  db.selectFrom('cleaning_plan_areas').select('location_id').distinct().where('tenant_id', '=', tenantId).where('location_id', 'in', locationIds),
);

/** Which of these locations have a cleaning plan (at least one area), for the portal to offer What we clean. */
export async function locationsWithCleaningPlan(db: Executor, tenantId: TenantId, locationIds: string[]): Promise<Set<string>> {
  if (locationIds.length === 0) return new Set();
  const rows = await locationsWithCleaningPlanQuery(db, tenantId, locationIds);
  return new Set(rows.map((row) => row.location_id));
}

const portalUserById = compileOnce((db: Executor, tenantId: TenantId, portalUserId: string) =>
  db.selectFrom('portal_users').selectAll().where('tenant_id', '=', tenantId).where('id', '=', portalUserId),
);

export function findPortalUser(db: Executor, tenantId: TenantId, portalUserId: string) {
  return portalUserById(db, tenantId, portalUserId);
}

export async function emailTaken(db: Executor, tenantId: TenantId, email: string, exceptId: string): Promise<boolean> {
  const row = await db
    .selectFrom('portal_users')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('email', '=', email)
    .where('id', '!=', exceptId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function updatePortalUser(
  db: Executor,
  tenantId: TenantId,
  portalUserId: string,
  values: Partial<{ name: string; phone: string | null; email: string; pending_email: string | null; password_hash: string; last_login_at: string; request_status_emails: boolean }>,
): Promise<void> {
  await db.updateTable('portal_users').set(values).where('tenant_id', '=', tenantId).where('id', '=', portalUserId).execute();
}

