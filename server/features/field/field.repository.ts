import type { Updateable } from 'kysely';
import type { VisitStatus } from '../../../shared/features/visits/visits.contract.ts';
import { compileOnceAll } from '../../db/compile-once.ts';
import type { Executor } from '../../db/database.ts';
import type { TimesheetsTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/** Visits nobody works at any more: the field app leaves them out. */
const closedStatuses: VisitStatus[] = ['skipped', 'cancelled'];

/** Visits with their place (customer, address, access notes, clock), as the field app shows them. */
function visitsWithPlaces(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('visits as v')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'v.location_id').onRef('l.tenant_id', '=', 'v.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'v.customer_id').onRef('c.tenant_id', '=', 'v.tenant_id'))
    .select([
      'v.id',
      'v.location_id',
      'v.name',
      'v.starts_at',
      'v.duration_minutes',
      'v.status',
      'v.notes',
      'l.name as location_name',
      'l.address',
      'l.time_zone',
      'l.access_notes',
      'c.name as customer_name',
    ])
    .where('v.tenant_id', '=', tenantId);
}
export type FieldVisitRow = Awaited<ReturnType<ReturnType<typeof visitsWithPlaces>['execute']>>[number];

/** A person's visits starting in [from, to), soonest first, leaving out skipped and cancelled ones. */
export function visitsOf(db: Executor, tenantId: TenantId, staffId: string, from: string, to: string): Promise<FieldVisitRow[]> {
  return visitsWithPlaces(db, tenantId)
    .innerJoin('visit_team as t', (join) => join.onRef('t.visit_id', '=', 'v.id').onRef('t.tenant_id', '=', 'v.tenant_id').on('t.staff_user_id', '=', staffId))
    .where('v.starts_at', '>=', from)
    .where('v.starts_at', '<', to)
    .where('v.status', 'not in', closedStatuses)
    .orderBy('v.starts_at')
    .orderBy('v.id')
    .execute();
}

/** One visit the person is on the team of; undefined for any other, in this company or not. */
export function visitOf(db: Executor, tenantId: TenantId, staffId: string, visitId: string): Promise<FieldVisitRow | undefined> {
  return visitsWithPlaces(db, tenantId)
    .innerJoin('visit_team as t', (join) => join.onRef('t.visit_id', '=', 'v.id').onRef('t.tenant_id', '=', 'v.tenant_id').on('t.staff_user_id', '=', staffId))
    .where('v.id', '=', visitId)
    .executeTakeFirst();
}

/** Any visit of the company with its place, for the office and the customer's report. */
export function visitWithPlace(db: Executor, tenantId: TenantId, visitId: string): Promise<FieldVisitRow | undefined> {
  return visitsWithPlaces(db, tenantId).where('v.id', '=', visitId).executeTakeFirst();
}

export function findVisit(db: Executor, tenantId: TenantId, visitId: string) {
  return db.selectFrom('visits').select(['id', 'location_id', 'status', 'starts_at', 'duration_minutes']).where('tenant_id', '=', tenantId).where('id', '=', visitId).executeTakeFirst();
}

export function teamsOf(db: Executor, tenantId: TenantId, visitIds: string[]) {
  if (visitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('visit_team as t')
    .innerJoin('staff_users as u', (join) => join.onRef('u.id', '=', 't.staff_user_id').onRef('u.tenant_id', '=', 't.tenant_id'))
    .select(['t.visit_id', 'u.id', 'u.name'])
    .where('t.tenant_id', '=', tenantId)
    .where('t.visit_id', 'in', visitIds)
    .orderBy('u.name')
    .execute();
}

/** Every timesheet of these visits, with the person's name, earliest clock-in first. */
// The portal's next visit and the technician's day read these on every visit: built once per number of visits (db/compile-once.ts).
const timesheetsQuery = compileOnceAll((db: Executor, tenantId: TenantId, visitIds: readonly string[]) =>
  db
    .selectFrom('timesheets as s')
    .innerJoin('staff_users as u', (join) => join.onRef('u.id', '=', 's.staff_user_id').onRef('u.tenant_id', '=', 's.tenant_id'))
    .selectAll('s')
    .select(['u.name as staff_name', 'u.role as staff_role'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.visit_id', 'in', visitIds)
    .orderBy('s.clocked_in_at')
    .orderBy('s.id'),
);

export function timesheetsOf(db: Executor, tenantId: TenantId, visitIds: string[]) {
  if (visitIds.length === 0) return Promise.resolve([]);
  return timesheetsQuery(db, tenantId, visitIds);
}
export type TimesheetRow = Awaited<ReturnType<typeof timesheetsOf>>[number];

export function findTimesheet(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('timesheets').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** The timesheet a device's write made, found by the id the device gave it. */
export function timesheetByClientId(db: Executor, tenantId: TenantId, column: 'clock_in_client_id' | 'clock_out_client_id', clientId: string) {
  return db.selectFrom('timesheets').selectAll().where('tenant_id', '=', tenantId).where(column, '=', clientId).executeTakeFirst();
}

export function timesheetOfPerson(db: Executor, tenantId: TenantId, visitId: string, staffId: string) {
  return db.selectFrom('timesheets').selectAll().where('tenant_id', '=', tenantId).where('visit_id', '=', visitId).where('staff_user_id', '=', staffId).executeTakeFirst();
}

export async function insertTimesheet(db: Executor, tenantId: TenantId, row: Omit<TimesheetsTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('timesheets').values({ ...row, tenant_id: tenantId }).execute();
}

/** Closes a timesheet still open; false when it was closed meanwhile. */
export async function clockOut(db: Executor, tenantId: TenantId, id: string, values: Pick<TimesheetsTable, 'clock_out_client_id' | 'clocked_out_at' | 'clock_out_latitude' | 'clock_out_longitude' | 'clock_out_accuracy' | 'updated_at'>): Promise<boolean> {
  const result = await db.updateTable('timesheets').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).where('clocked_out_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function updateTimesheet(db: Executor, tenantId: TenantId, id: string, values: Omit<Updateable<TimesheetsTable>, 'id' | 'tenant_id'>): Promise<void> {
  await db.updateTable('timesheets').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** Who is on the visit's team and whether each has clocked out: the completion rule reads it. */
export function teamClockOuts(db: Executor, tenantId: TenantId, visitId: string) {
  return db
    .selectFrom('visit_team as t')
    .leftJoin('timesheets as s', (join) => join.onRef('s.visit_id', '=', 't.visit_id').onRef('s.staff_user_id', '=', 't.staff_user_id').onRef('s.tenant_id', '=', 't.tenant_id'))
    .select(['t.staff_user_id', 's.clocked_out_at'])
    .where('t.tenant_id', '=', tenantId)
    .where('t.visit_id', '=', visitId)
    .execute();
}

export async function setVisitStatus(db: Executor, tenantId: TenantId, visitId: string, status: VisitStatus, stamp: string): Promise<void> {
  await db.updateTable('visits').set({ status, updated_at: stamp }).where('tenant_id', '=', tenantId).where('id', '=', visitId).execute();
}

/** When the person clocked in, anywhere, in [from, to). */
export async function clockInsBetween(db: Executor, tenantId: TenantId, staffId: string, from: string, to: string): Promise<string[]> {
  const rows = await db
    .selectFrom('timesheets')
    .select('clocked_in_at')
    .where('tenant_id', '=', tenantId)
    .where('staff_user_id', '=', staffId)
    .where('clocked_in_at', '>=', from)
    .where('clocked_in_at', '<', to)
    .execute();
  return rows.map((row) => row.clocked_in_at);
}

export async function onMyWaySent(db: Executor, tenantId: TenantId, staffId: string, visitIds: string[]): Promise<Map<string, string>> {
  if (visitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('on_my_way_messages')
    .select(['visit_id', 'sent_at'])
    .where('tenant_id', '=', tenantId)
    .where('staff_user_id', '=', staffId)
    .where('visit_id', 'in', visitIds)
    .execute();
  return new Map(rows.map((row) => [row.visit_id, row.sent_at]));
}

/** Claims the one On my way message of a person for a visit: true for the first caller only. */
export async function claimOnMyWay(db: Executor, tenantId: TenantId, claim: { visit_id: string; staff_user_id: string; expected_at: string; sent_at: string }): Promise<boolean> {
  const inserted = await db
    .insertInto('on_my_way_messages')
    .values({ ...claim, tenant_id: tenantId })
    .onConflict((oc) => oc.columns(['tenant_id', 'visit_id', 'staff_user_id']).doNothing())
    .returning('visit_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The portal users who can see a location now: granted it, of its (active) customer, not locked out, with an account set up. */
export function locationPortalUsers(db: Executor, tenantId: TenantId, locationId: string) {
  return db
    .selectFrom('portal_user_locations as pul')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'pul.location_id').onRef('l.tenant_id', '=', 'pul.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .innerJoin('portal_user_customers as puc', (join) => join.onRef('puc.customer_id', '=', 'c.id').onRef('puc.tenant_id', '=', 'c.tenant_id').onRef('puc.portal_user_id', '=', 'pul.portal_user_id'))
    .innerJoin('portal_users as p', (join) => join.onRef('p.id', '=', 'pul.portal_user_id').onRef('p.tenant_id', '=', 'pul.tenant_id'))
    .select(['p.id', 'p.name', 'p.email', 'p.language', 'p.browser_language'])
    .where('pul.tenant_id', '=', tenantId)
    .where('pul.location_id', '=', locationId)
    .where('l.portal_enabled', '=', true)
    .where('c.archived_at', 'is', null)
    .where('p.locked_at', 'is', null)
    .where('p.password_hash', 'is not', null)
    .orderBy('p.id')
    .execute();
}

/** Who is clocked in and not yet out at visits of a location. */
export function onSiteAtLocation(db: Executor, tenantId: TenantId, locationId: string) {
  return db
    .selectFrom('timesheets as s')
    .innerJoin('visits as v', (join) => join.onRef('v.id', '=', 's.visit_id').onRef('v.tenant_id', '=', 's.tenant_id'))
    .innerJoin('staff_users as u', (join) => join.onRef('u.id', '=', 's.staff_user_id').onRef('u.tenant_id', '=', 's.tenant_id'))
    .select(['u.id', 'u.name', 'u.role', 'u.photo_file', 's.clocked_in_at'])
    .where('s.tenant_id', '=', tenantId)
    .where('v.location_id', '=', locationId)
    .where('s.clocked_out_at', 'is', null)
    .orderBy('s.clocked_in_at')
    .execute();
}

/** Who is clocked in now at visits starting in [from, to): the schedule marks them on site. */
export function onSiteBetween(db: Executor, tenantId: TenantId, from: string, to: string) {
  return db
    .selectFrom('timesheets as s')
    .innerJoin('visits as v', (join) => join.onRef('v.id', '=', 's.visit_id').onRef('v.tenant_id', '=', 's.tenant_id'))
    .innerJoin('staff_users as u', (join) => join.onRef('u.id', '=', 's.staff_user_id').onRef('u.tenant_id', '=', 's.tenant_id'))
    .select(['s.visit_id', 'u.id', 'u.name'])
    .where('s.tenant_id', '=', tenantId)
    .where('v.starts_at', '>=', from)
    .where('v.starts_at', '<', to)
    .where('s.clocked_out_at', 'is', null)
    .orderBy('u.name')
    .execute();
}

/** Marks that the customer was told the visit is done; true only for the one call that marked it. */
export async function claimCompletionNotice(db: Executor, tenantId: TenantId, visitId: string, stamp: string): Promise<boolean> {
  const result = await db.updateTable('visits').set({ completion_told_at: stamp }).where('tenant_id', '=', tenantId).where('id', '=', visitId).where('completion_told_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether the location's portal has Feedback on: the done email then asks for a rating. */
export async function takesFeedback(db: Executor, tenantId: TenantId, locationId: string): Promise<boolean> {
  const row = await db.selectFrom('locations').select('feature_feedback').where('tenant_id', '=', tenantId).where('id', '=', locationId).executeTakeFirst();
  return row?.feature_feedback === true;
}
