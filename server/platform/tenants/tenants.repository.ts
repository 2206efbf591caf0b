import { compileOnce } from '../../db/compile-once.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';

// Tenants are the scope itself, so these lookups are unscoped by nature.
// Every portal request finds its company by slug: built once (compile-once.ts says why).
const tenantBySlug = compileOnce((db: Executor, slug: string) => db.selectFrom('tenants').selectAll().where('slug', '=', slug));
const tenantById = compileOnce((db: Executor, id: string) => db.selectFrom('tenants').selectAll().where('id', '=', id));

export function findTenantBySlug(db: Executor, slug: string): Promise<Tenant | undefined> {
  return tenantBySlug(db, slug);
}

export function findTenantById(db: Executor, id: string): Promise<Tenant | undefined> {
  return tenantById(db, id);
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
