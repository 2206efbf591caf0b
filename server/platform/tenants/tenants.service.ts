import type { StaffRole } from '../../../shared/roles.ts';
import type { Executor } from '../../db/database.ts';
import { AppError, message } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { findTenantBySlug } from './tenants.repository.ts';
import { unscoped } from '../../db/tenant-scope.ts';

export type NewTenant = {
  name: string;
  slug: string;
  displayName?: string;
  timeZone?: string;
  defaultLanguage?: Language;
  /** Hashed before the transaction: a hash takes tens of milliseconds, which the database should not wait out. */
  owner: { name: string; email: string; passwordHash: string };
};

/** Creates a company and its owner. Run it inside a transaction: both exist or neither. */
export async function createTenantWithOwner(trx: Executor, input: NewTenant): Promise<{ tenantId: string; ownerId: string }> {
  if (await findTenantBySlug(trx, input.slug)) {
    throw new AppError('conflict', message('setup.slugTaken', { slug: input.slug }), { slug: message('setup.slugTakenField') });
  }
  // A staff email is unique across the instance: staff sign in before any tenant is known.
  const emailTaken = await unscoped(trx, 'staff emails are unique across tenants').selectFrom('staff_users').select('id').where('email', '=', input.owner.email).executeTakeFirst();
  if (emailTaken) {
    throw new AppError('conflict', message('setup.ownerEmailTaken'), { ownerEmail: message('setup.ownerEmailTakenField') });
  }
  const tenantId = newId();
  await trx
    .insertInto('tenants')
    .values({
      id: tenantId,
      slug: input.slug,
      name: input.name,
      display_name: input.displayName ?? input.name,
      portal_enabled: true,
      time_zone: input.timeZone ?? 'UTC',
      // Left out, the database's default applies (also on a schema older than the column).
      ...(input.defaultLanguage ? { default_language: input.defaultLanguage } : {}),
      created_at: isoNow(),
    })
    .execute();
  const ownerId = await insertStaffUser(trx, tenantId, { ...input.owner, role: 'owner' });
  await recordAudit(trx, { tenantId: tenantId, actorKind: 'system', actorId: null, action: 'tenant.created', subject: input.slug });
  return { tenantId, ownerId };
}

export async function insertStaffUser(
  trx: Executor,
  tenantId: string,
  user: { name: string; email: string; passwordHash: string; role: StaffRole; mobilePhone?: string },
): Promise<string> {
  const id = newId();
  await trx
    .insertInto('staff_users')
    .values({
      id,
      tenant_id: tenantId,
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      mobile_phone: user.mobilePhone ?? null,
      created_at: isoNow(),
      last_login_at: null,
    })
    .execute();
  return id;
}
