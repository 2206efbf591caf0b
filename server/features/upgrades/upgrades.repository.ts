import type { Executor } from '../../db/database.ts';
import type { UpgradesTable, VisitUpgradesTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { catalogueCap } from '../../../shared/paging.ts';

const upgradeColumns = ['id', 'name', 'description', 'price', 'extra_minutes', 'active'] as const;

/** The whole catalogue: active upgrades first, each group by name. */
export function listUpgrades(db: Executor, tenantId: TenantId) {
  return db.selectFrom('upgrades').select(upgradeColumns).where('tenant_id', '=', tenantId).orderBy('active', 'desc').orderBy('name').orderBy('id').limit(catalogueCap).execute();
}

export type UpgradeRow = Awaited<ReturnType<typeof listUpgrades>>[number];

export function listActiveUpgrades(db: Executor, tenantId: TenantId) {
  return db.selectFrom('upgrades').select(upgradeColumns).where('tenant_id', '=', tenantId).where('active', '=', true).orderBy('name').orderBy('id').execute();
}

export function findUpgrade(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('upgrades').select(upgradeColumns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** Another upgrade of the company with this name, whatever its case. */
export function clashingUpgrade(db: Executor, tenantId: TenantId, name: string, exceptId: string | null) {
  let query = db
    .selectFrom('upgrades')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', eb.fn('lower', [eb.val(name)])));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

type UpgradeValues = Pick<UpgradesTable, 'name' | 'description' | 'price' | 'extra_minutes'> & { active: boolean };

export async function insertUpgrade(db: Executor, tenantId: TenantId, id: string, values: UpgradeValues, createdAt: string): Promise<void> {
  await db.insertInto('upgrades').values({ id, tenant_id: tenantId, ...values, created_at: createdAt }).execute();
}

/** Answers whether the upgrade was there to change. */
export async function updateUpgrade(db: Executor, tenantId: TenantId, id: string, values: UpgradeValues): Promise<boolean> {
  const result = await db.updateTable('upgrades').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A visit with what the upgrade page shows of it: its service, its clock and its price. */
export function findVisit(db: Executor, tenantId: TenantId, id: string) {
  return db
    .selectFrom('visits as v')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'v.location_id').onRef('l.tenant_id', '=', 'v.tenant_id'))
    .select(['v.id', 'v.name', 'v.starts_at', 'v.status', 'v.price', 'v.rate_modifications', 'v.location_id', 'l.name as location_name', 'l.time_zone', 'l.customer_id'])
    .where('v.tenant_id', '=', tenantId)
    .where('v.id', '=', id)
    .executeTakeFirst();
}

export type VisitRow = NonNullable<Awaited<ReturnType<typeof findVisit>>>;

const visitUpgradeColumns = ['id', 'visit_id', 'upgrade_id', 'name', 'price', 'extra_minutes', 'status', 'request_id', 'created_at'] as const;

/** The upgrades on a visit, oldest first; those added together, by name. */
export function upgradesOfVisit(db: Executor, tenantId: TenantId, visitId: string) {
  return db.selectFrom('visit_upgrades').select(visitUpgradeColumns).where('tenant_id', '=', tenantId).where('visit_id', '=', visitId).orderBy('created_at').orderBy('name').orderBy('id').execute();
}

export type VisitUpgradeRow = Awaited<ReturnType<typeof upgradesOfVisit>>[number];

export function upgradesOfRequest(db: Executor, tenantId: TenantId, requestId: string) {
  return db.selectFrom('visit_upgrades').select(visitUpgradeColumns).where('tenant_id', '=', tenantId).where('request_id', '=', requestId).orderBy('created_at').orderBy('name').orderBy('id').execute();
}

export function findVisitUpgrade(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('visit_upgrades').select(visitUpgradeColumns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertVisitUpgrades(db: Executor, tenantId: TenantId, rows: Omit<VisitUpgradesTable, 'tenant_id'>[]): Promise<void> {
  await db
    .insertInto('visit_upgrades')
    .values(rows.map((row) => ({ ...row, tenant_id: tenantId })))
    .execute();
}

export async function linkRequest(db: Executor, tenantId: TenantId, ids: string[], requestId: string): Promise<void> {
  await db.updateTable('visit_upgrades').set({ request_id: requestId }).where('tenant_id', '=', tenantId).where('id', 'in', ids).execute();
}

/** Decides a pending upgrade; answers false when someone decided it first. */
export async function decideUpgrade(db: Executor, tenantId: TenantId, id: string, status: 'accepted' | 'declined'): Promise<boolean> {
  const result = await db.updateTable('visit_upgrades').set({ status }).where('tenant_id', '=', tenantId).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function findRequest(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('service_requests').select(['id', 'portal_user_id', 'reference']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findPortalUser(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('portal_users').select(['id', 'name', 'email', 'language', 'browser_language', 'locked_at']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** Active upgrades among these ids, by name. */
export function activeUpgradesByIds(db: Executor, tenantId: TenantId, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('upgrades').select(upgradeColumns).where('tenant_id', '=', tenantId).where('id', 'in', ids).where('active', '=', true).orderBy('name').orderBy('id').execute();
}
