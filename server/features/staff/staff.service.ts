import type { z } from 'zod';
import { textGatewayAddress } from '../../../shared/carriers.ts';
import type { StaffMember, staffProfileInputSchema } from '../../../shared/features/staff/staff.contract.ts';
import type { StaffRole } from '../../../shared/roles.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { StaffUser } from '../../db/schema.ts';
import type { StaffActor } from '../../http/auth.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { endSessionsOf } from '../../platform/auth/sessions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

type ProfileInput = z.output<typeof staffProfileInputSchema>;

function toStaffMember(row: StaffUser): StaffMember {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    mobilePhone: row.mobile_phone,
    mobileCarrier: row.mobile_carrier,
    mobileCarrierDomain: row.mobile_carrier_domain,
    textAddress: textGatewayAddress(row.mobile_phone, row.mobile_carrier, row.mobile_carrier_domain),
    lastLoginAt: row.last_login_at,
  };
}

function findStaff(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('staff_users').selectAll().where('organization_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function listStaff(ctx: AppContext, tenantId: TenantId): Promise<StaffMember[]> {
  const rows = await ctx.db.selectFrom('staff_users').selectAll().where('organization_id', '=', tenantId).orderBy('name').execute();
  return rows.map(toStaffMember);
}

export async function getStaffMember(ctx: AppContext, tenantId: TenantId, id: string): Promise<StaffMember> {
  const row = await findStaff(ctx.db, tenantId, id);
  if (!row) throw notFound('That staff member');
  return toStaffMember(row);
}

export async function saveProfile(ctx: AppContext, tenantId: TenantId, id: string, input: ProfileInput): Promise<StaffMember> {
  if (!(await findStaff(ctx.db, tenantId, id))) throw notFound('That staff member');
  await ctx.db
    .updateTable('staff_users')
    .set({
      name: input.name,
      mobile_phone: input.mobilePhone,
      mobile_carrier: input.mobileCarrier,
      mobile_carrier_domain: input.mobileCarrier === 'other' ? (input.mobileCarrierDomain ?? null) : null,
    })
    .where('organization_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
  return getStaffMember(ctx, tenantId, id);
}

/**
 * Changes a role. Only an owner grants or takes away ownership and nobody changes their own
 * role, so the owner making a change always remains: a company cannot lose its last owner.
 * Someone set to no access is signed out.
 */
export async function changeRole(ctx: AppContext, actor: StaffActor, id: string, role: StaffRole): Promise<StaffMember> {
  return ctx.db.transaction().execute(async (trx) => {
    const target = await findStaff(trx, actor.tenantId, id);
    if (!target) throw notFound('That staff member');
    if (target.id === actor.userId) throw forbidden('You cannot change your own role; ask another owner or admin.');
    if ((role === 'owner' || target.role === 'owner') && actor.role !== 'owner') throw forbidden('Only an owner can make someone an owner or change an owner’s role.');
    if (target.role === role) return toStaffMember(target);
    await trx.updateTable('staff_users').set({ role }).where('organization_id', '=', actor.tenantId).where('id', '=', id).execute();
    if (role === 'no_access') await endSessionsOf(trx, 'staff', id);
    await recordAudit(trx, { organizationId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'role.changed', subject: `staff:${id}`, details: { from: target.role, to: role } });
    return toStaffMember({ ...target, role });
  });
}
