import type { z } from 'zod';
import { textGatewayAddress } from '../../../shared/carriers.ts';
import {
  portalFeatures,
  startingPortalFeatures,
  type Assignment,
  type assignmentInputSchema,
  type LocationDetail,
  type locationInputSchema,
  type LocationPortalInput,
  type PortalFeatureFlags,
} from '../../../shared/features/locations/locations.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { featureColumnValues, featureFlagsOf } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { findTenantById } from '../../platform/tenants/tenants.repository.ts';
import * as repo from './locations.repository.ts';

type ParsedLocation = z.output<typeof locationInputSchema>;

export async function getLocation(db: Executor, tenantId: TenantId, id: string): Promise<LocationDetail> {
  const location = await repo.findLocation(db, tenantId, id);
  if (!location) throw notFound('location');
  return {
    id: location.id,
    name: location.name,
    customerId: location.customer_id,
    customerName: location.customer_name,
    customerArchived: location.customer_archived_at !== null,
    address: location.address,
    timeZone: location.time_zone,
    accessNotes: location.access_notes,
    portalEnabled: location.portal_enabled,
    features: featureFlagsOf(location),
    portalUsers: await repo.portalUsersOfLocation(db, tenantId, id),
    createdAt: location.created_at,
  };
}

async function assertCustomerExists(db: Executor, tenantId: TenantId, customerId: string): Promise<void> {
  if (!(await repo.customerExists(db, tenantId, customerId))) throw notFound('customer');
}

export async function createLocation(ctx: AppContext, actor: StaffActor, customerId: string, input: ParsedLocation): Promise<LocationDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    await assertCustomerExists(trx, actor.tenantId, customerId);
    const id = newId();
    // New locations start with the portal off; the office opts each one in.
    await repo.insertLocation(trx, actor.tenantId, {
      id,
      customer_id: customerId,
      name: input.name,
      address: input.address,
      time_zone: input.timeZone,
      access_notes: input.accessNotes ?? null,
      created_at: isoNow(),
    });
    return getLocation(trx, actor.tenantId, id);
  });
}

export async function updateLocation(ctx: AppContext, actor: StaffActor, id: string, input: ParsedLocation): Promise<LocationDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findLocation(trx, actor.tenantId, id))) throw notFound('location');
    await repo.updateLocation(trx, actor.tenantId, id, { name: input.name, address: input.address, time_zone: input.timeZone, access_notes: input.accessNotes ?? null });
    return getLocation(trx, actor.tenantId, id);
  });
}

/** Switching the portal on with nothing in it starts it with the features every customer can use. */
function featuresToSave(wasEnabled: boolean, input: LocationPortalInput): PortalFeatureFlags {
  const switchedOn = input.portalEnabled && !wasEnabled;
  if (!switchedOn || portalFeatures.some((feature) => input.features[feature])) return input.features;
  return Object.fromEntries(portalFeatures.map((feature) => [feature, startingPortalFeatures.includes(feature)])) as PortalFeatureFlags;
}

export async function setLocationPortal(ctx: AppContext, actor: StaffActor, id: string, input: LocationPortalInput): Promise<LocationDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const location = await repo.findLocation(trx, actor.tenantId, id);
    if (!location) throw notFound('location');
    await repo.updateLocation(trx, actor.tenantId, id, { portal_enabled: input.portalEnabled, ...featureColumnValues(featuresToSave(location.portal_enabled, input)) });
    return getLocation(trx, actor.tenantId, id);
  });
}

type AssignmentRow = Awaited<ReturnType<typeof repo.assignmentsOfLocation>>[number];

function toAssignment(row: AssignmentRow): Assignment {
  const assigned = row.assigned ?? false;
  const trained = row.trained ?? false;
  return {
    staffId: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    assigned,
    trained,
    notificationStyle: assigned && trained ? (row.notification_style ?? 'none') : null,
    canReceiveTexts: textGatewayAddress(row.mobile_phone, row.mobile_carrier, row.mobile_carrier_domain) !== null,
  };
}

export async function listAssignments(db: Executor, tenantId: TenantId, locationId: string): Promise<Assignment[]> {
  if (!(await repo.findLocation(db, tenantId, locationId))) throw notFound('location');
  return (await repo.assignmentsOfLocation(db, tenantId, locationId)).map(toAssignment);
}

/**
 * Assigns or trains a staff member on a location. A notification style exists only while
 * both are true; text needs a mobile number and carrier on the staff profile.
 */
export async function setAssignment(
  ctx: AppContext,
  actor: StaffActor,
  locationId: string,
  staffId: string,
  input: z.output<typeof assignmentInputSchema>,
): Promise<Assignment> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findLocation(trx, actor.tenantId, locationId))) throw notFound('location');
    const staff = await repo.findStaffMember(trx, actor.tenantId, staffId);
    if (!staff || staff.role === 'no_access') throw notFound('staffMember');
    const notifiable = input.assigned && input.trained;
    const style = notifiable ? (input.notificationStyle ?? 'none') : 'none';
    if (style === 'text' && !textGatewayAddress(staff.mobile_phone, staff.mobile_carrier, staff.mobile_carrier_domain)) {
      throw new AppError('validation_failed', message('locations.noTextAddress', { name: staff.name }), { notificationStyle: message('locations.noTextAddressField') });
    }
    await repo.saveAssignment(trx, actor.tenantId, { location_id: locationId, staff_user_id: staffId, assigned: input.assigned, trained: input.trained, notification_style: style });
    const row = (await repo.assignmentsOfLocation(trx, actor.tenantId, locationId)).find((r) => r.id === staffId)!;
    return toAssignment(row);
  });
}

/**
 * Opens the portal as one of the location's portal users, read-only: a portal session that
 * remembers who is looking, so every write is refused and the audit log says who looked.
 */
export async function viewAsCustomer(
  ctx: AppContext,
  actor: StaffActor,
  locationId: string,
  portalUserId: string,
  client: { ip: string; userAgent: string | null },
): Promise<{ token: string; portalUrl: string }> {
  const location = await repo.findLocation(ctx.db, actor.tenantId, locationId);
  if (!location) throw notFound('location');
  if (!(await repo.isPortalUserOfLocation(ctx.db, actor.tenantId, locationId, portalUserId))) throw notFound('portalUser');
  if (!location.portal_enabled) {
    throw new AppError('validation_failed', message('locations.portalOff'));
  }
  const tenant = (await findTenantById(ctx.db, actor.tenantId))!;
  const token = await ctx.db.transaction().execute(async (trx) => {
    await recordAudit(trx, {
      tenantId: actor.tenantId,
      actorKind: 'staff',
      actorId: actor.userId,
      action: 'portal.viewed_as',
      subject: `portal:${portalUserId}`,
      ip: client.ip,
      details: { locationId },
    });
    return (await createSession(trx, ctx.config.sessionSecret, { kind: 'portal', id: portalUserId, tenantId: actor.tenantId }, client, actor.userId)).token;
  });
  return { token, portalUrl: `${ctx.config.publicUrl}/portal/${tenant.slug}?location=${locationId}` };
}
