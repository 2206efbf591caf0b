import type { DatabaseKind, Executor } from '../../db/database.ts';
import type { StaffUser, TokenPurpose } from '../../db/schema.ts';
import { isoNow } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { unscoped } from '../../db/tenant-scope.ts';
import { staffListCap } from '../../../shared/paging.ts';

export function listStaffRows(db: Executor, tenantId: TenantId): Promise<StaffUser[]> {
  return db.selectFrom('staff_users').selectAll().where('tenant_id', '=', tenantId).orderBy('name').orderBy('id').limit(staffListCap).execute();
}

export function findStaff(db: Executor, tenantId: TenantId, id: string): Promise<StaffUser | undefined> {
  return db.selectFrom('staff_users').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

// A staff email signs in at one office address, so it is unique instance-wide.
export async function staffEmailTaken(db: Executor, email: string, exceptId?: string): Promise<boolean> {
  let query = unscoped(db, 'staff emails are unique across tenants').selectFrom('staff_users').select('id').where('email', '=', email);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertStaff(
  db: Executor,
  tenantId: TenantId,
  values: Pick<StaffUser, 'id' | 'name' | 'email' | 'role' | 'mobile_phone' | 'mobile_carrier' | 'mobile_carrier_domain' | 'invited_at'>,
): Promise<void> {
  await db
    .insertInto('staff_users')
    .values({ ...values, tenant_id: tenantId, password_hash: null, created_at: isoNow(), last_login_at: null, deactivated_at: null })
    .execute();
}

export async function updateStaff(
  db: Executor,
  tenantId: TenantId,
  id: string,
  values: Partial<Pick<StaffUser, 'name' | 'email' | 'role' | 'mobile_phone' | 'mobile_carrier' | 'mobile_carrier_domain' | 'invited_at' | 'deactivated_at' | 'password_hash' | 'photo_file'>>,
): Promise<void> {
  await db.updateTable('staff_users').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/**
 * The ids of the company's owners who can sign in. On PostgreSQL the rows are locked until the
 * transaction ends, so two owners demoting each other at the same moment cannot both succeed;
 * SQLite runs one write transaction at a time anyway.
 */
export async function lockActiveOwnerIds(db: Executor, dbKind: DatabaseKind, tenantId: TenantId): Promise<string[]> {
  let query = db
    .selectFrom('staff_users')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'owner')
    .where('deactivated_at', 'is', null)
    .where('password_hash', 'is not', null);
  if (dbKind === 'postgres') query = query.forUpdate();
  return (await query.execute()).map((r) => r.id);
}

/**
 * The person's photo file, locked on PostgreSQL until the transaction ends, so two photos saved at
 * once each remove the file the other replaced and none is left behind; SQLite writes one at a time.
 */
export async function lockPhotoFile(db: Executor, dbKind: DatabaseKind, tenantId: TenantId, id: string): Promise<string | null> {
  let query = db.selectFrom('staff_users').select('photo_file').where('tenant_id', '=', tenantId).where('id', '=', id);
  if (dbKind === 'postgres') query = query.forUpdate();
  return (await query.executeTakeFirst())?.photo_file ?? null;
}

/** Spends the person's unused emailed links, so a link sent to an old address or before deactivation stops working. */
export async function spendLinks(db: Executor, tenantId: TenantId, staffId: string, purposes: TokenPurpose[]): Promise<void> {
  await db
    .updateTable('account_tokens')
    .set({ used_at: isoNow() })
    .where('tenant_id', '=', tenantId)
    .where('principal_kind', '=', 'staff')
    .where('principal_id', '=', staffId)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .execute();
}
