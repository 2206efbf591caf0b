import type { Language } from '../../../shared/i18n/languages.ts';
import type { Executor } from '../../db/database.ts';
import type { PrincipalKind } from '../../db/schema.ts';
import { isoNow } from '../../lib/time.ts';
import type { TenantId } from '../tenants/tenant-id.ts';
import { unscoped } from '../../db/tenant-scope.ts';

// Staff sign in at one office address before any tenant is known, which is why a staff email
// is unique across the instance.
export function findStaffByEmail(db: Executor, email: string) {
  return unscoped(db, 'staff sign-in finds the tenant by email').selectFrom('staff_users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findPortalUserByEmail(db: Executor, tenantId: TenantId, email: string) {
  return db
    .selectFrom('portal_users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('email', '=', email)
    .executeTakeFirst();
}

/**
 * A sign-in: when, and the browser's language, so emails reach a person who never chose a language
 * in the one they read Porter in. A browser Porter does not speak leaves the last known one.
 */
export async function touchLogin(db: Executor, tenantId: TenantId, kind: PrincipalKind, id: string, browserLanguage: Language | null | undefined): Promise<void> {
  await db
    .updateTable(tableOf(kind))
    .set({ last_login_at: isoNow(), ...(browserLanguage ? { browser_language: browserLanguage } : {}) })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

function tableOf(kind: PrincipalKind) {
  return kind === 'staff' ? ('staff_users' as const) : ('portal_users' as const);
}

export async function passwordHashOf(db: Executor, tenantId: TenantId, kind: PrincipalKind, id: string): Promise<string | null> {
  const row = await db.selectFrom(tableOf(kind)).select('password_hash').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function emailOf(db: Executor, tenantId: TenantId, kind: PrincipalKind, id: string): Promise<string | undefined> {
  const row = await db.selectFrom(tableOf(kind)).select('email').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row?.email;
}

export async function setPasswordHash(db: Executor, tenantId: TenantId, kind: PrincipalKind, id: string, hash: string): Promise<void> {
  await db.updateTable(tableOf(kind)).set({ password_hash: hash }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** A staff member of this tenant by id, whatever their state; the caller judges role and state. */
export function findStaffInTenant(db: Executor, tenantId: TenantId, staffId: string) {
  return db.selectFrom('staff_users').select(['id', 'name', 'role', 'deactivated_at']).where('tenant_id', '=', tenantId).where('id', '=', staffId).executeTakeFirst();
}
