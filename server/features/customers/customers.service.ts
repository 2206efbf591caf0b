import type { z } from 'zod';
import {
  associatedStaffWindowDays,
  type AssociatedStaff,
  type AssociatedStaffMember,
  type CustomerDetail,
  type customerInputSchema,
} from '../../../shared/features/customers/customers.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { days, isoAfter, isoNow } from '../../lib/time.ts';
import { endSessionsOf } from '../../platform/auth/sessions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './customers.repository.ts';

type ParsedCustomer = z.output<typeof customerInputSchema>;

function columnsOf(input: ParsedCustomer) {
  return {
    name: input.name,
    type: input.type,
    email: input.email ?? null,
    phone: input.phone ?? null,
    billing_address: input.billingAddress ?? null,
    city: input.city ?? null,
    website: input.website ?? null,
    comments: input.comments ?? null,
  };
}

export async function getCustomer(db: Executor, tenantId: TenantId, id: string): Promise<CustomerDetail> {
  const customer = await repo.findCustomer(db, tenantId, id);
  if (!customer) throw notFound('customer');
  const [contacts, counts] = await Promise.all([repo.contactsOf(db, tenantId, id), repo.countsOf(db, tenantId, id)]);
  return {
    id: customer.id,
    name: customer.name,
    type: customer.type,
    email: customer.email,
    phone: customer.phone,
    billingAddress: customer.billing_address,
    city: customer.city,
    website: customer.website,
    comments: customer.comments,
    contacts: contacts.map((c) => ({ id: c.id, name: c.name, email: c.email, mobile: c.mobile, mobileCarrier: c.mobile_carrier, mobileCarrierDomain: c.mobile_carrier_domain })),
    locationCount: counts.locations,
    portalUserCount: counts.portalUsers,
    archivedAt: customer.archived_at,
    createdAt: customer.created_at,
  };
}

/** Keeps the ids of contacts that already belong to this customer; anything else is a new contact. */
async function contactRows(db: Executor, tenantId: TenantId, customerId: string, contacts: ParsedCustomer['contacts']) {
  const existing = new Set((await repo.contactsOf(db, tenantId, customerId)).map((c) => c.id));
  return contacts.map((c) => ({
    id: c.id && existing.has(c.id) ? c.id : newId(),
    name: c.name,
    email: c.email ?? null,
    mobile: c.mobile ?? null,
    mobile_carrier: c.mobileCarrier ?? null,
    // The domain is typed only for a carrier that is not listed; a listed one knows its own.
    mobile_carrier_domain: c.mobileCarrier === 'other' ? (c.mobileCarrierDomain ?? null) : null,
  }));
}

export async function createCustomer(ctx: AppContext, actor: StaffActor, input: ParsedCustomer): Promise<CustomerDetail> {
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    await repo.insertCustomer(trx, actor.tenantId, id, columnsOf(input), isoNow());
    await repo.replaceContacts(trx, actor.tenantId, id, await contactRows(trx, actor.tenantId, id, input.contacts));
    return getCustomer(trx, actor.tenantId, id);
  });
}

export async function updateCustomer(ctx: AppContext, actor: StaffActor, id: string, input: ParsedCustomer): Promise<CustomerDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findCustomer(trx, actor.tenantId, id))) throw notFound('customer');
    await repo.updateCustomer(trx, actor.tenantId, id, columnsOf(input));
    await repo.replaceContacts(trx, actor.tenantId, id, await contactRows(trx, actor.tenantId, id, input.contacts));
    return getCustomer(trx, actor.tenantId, id);
  });
}

/** Moves a customer to the archive: it leaves the lists, and its portal users can no longer sign in. */
export async function archiveCustomer(ctx: AppContext, actor: StaffActor, id: string): Promise<CustomerDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await repo.findCustomer(trx, actor.tenantId, id);
    if (!customer) throw notFound('customer');
    if (customer.archived_at) throw new AppError('conflict', message('customers.alreadyArchived', { name: customer.name }));
    await repo.updateCustomer(trx, actor.tenantId, id, { archived_at: isoNow() });
    for (const { portal_user_id } of await repo.portalUsersOnlyOf(trx, actor.tenantId, id)) {
      await endSessionsOf(trx, actor.tenantId, 'portal', portal_user_id);
    }
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'customer.archived', subject: id });
    return getCustomer(trx, actor.tenantId, id);
  });
}

export async function restoreCustomer(ctx: AppContext, actor: StaffActor, id: string): Promise<CustomerDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await repo.findCustomer(trx, actor.tenantId, id);
    if (!customer) throw notFound('customer');
    if (!customer.archived_at) throw new AppError('conflict', message('customers.notArchived', { name: customer.name }));
    await repo.updateCustomer(trx, actor.tenantId, id, { archived_at: null });
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'customer.restored', subject: id });
    return getCustomer(trx, actor.tenantId, id);
  });
}

/**
 * The staff who belong with a customer, each with why: assigned to one of its locations, and
 * the latest of its visits they worked within the window (a visit started exactly
 * `associatedStaffWindowDays` ago still counts). Sorted by name.
 */
export async function associatedStaff(ctx: AppContext, actor: StaffActor, customerId: string): Promise<AssociatedStaff> {
  if (!(await repo.findCustomer(ctx.db, actor.tenantId, customerId))) throw notFound('customer');
  const now = ctx.now();
  const [assigned, worked] = await Promise.all([
    repo.assignedStaff(ctx.db, actor.tenantId, customerId),
    repo.workedVisits(ctx.db, actor.tenantId, customerId, isoAfter(-days(associatedStaffWindowDays), now), isoNow(now)),
  ]);
  const people = new Map<string, AssociatedStaffMember>();
  const personOf = (row: { staff_id: string; name: string; role: AssociatedStaffMember['role'] }) => {
    const person = people.get(row.staff_id) ?? { staffId: row.staff_id, name: row.name, role: row.role, assignedTo: [], lastWorked: null };
    people.set(row.staff_id, person);
    return person;
  };
  for (const row of assigned) personOf(row).assignedTo.push({ locationId: row.location_id, locationName: row.location_name });
  // Latest first, so the first visit met for a person is their latest.
  for (const row of worked) {
    const person = personOf(row);
    person.lastWorked ??= { visitId: row.visit_id, startsAt: row.starts_at, locationName: row.location_name, locationTimeZone: row.time_zone };
  }
  const items = [...people.values()].sort((a, b) => a.name.localeCompare(b.name) || a.staffId.localeCompare(b.staffId));
  return { items, windowDays: associatedStaffWindowDays };
}
