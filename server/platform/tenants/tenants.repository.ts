import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';

// Tenants are the scope itself, so these lookups are unscoped by nature.
export function findTenantBySlug(db: Executor, slug: string): Promise<Tenant | undefined> {
  return db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findTenantById(db: Executor, id: string): Promise<Tenant | undefined> {
  return db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTenants(db: Executor): Promise<Tenant[]> {
  return db.selectFrom('tenants').selectAll().orderBy('created_at').execute();
}

export async function countTenants(db: Executor): Promise<number> {
  const row = await db.selectFrom('tenants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function toCompanySummary(tenant: Tenant) {
  return { id: tenant.id, slug: tenant.slug, name: tenant.name, displayName: tenant.display_name, timeZone: tenant.time_zone, defaultLanguage: tenant.default_language, currency: tenant.currency };
}
