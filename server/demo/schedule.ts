import { toRrule, type Frequency } from '../../shared/features/visits/frequency.ts';
import type { RateModification } from '../../shared/features/visits/price.ts';
import type { Executor } from '../db/database.ts';
import { localDateOf } from '../lib/time.ts';
import { extendSeries, horizonFrom } from '../features/visits/visits.service.ts';
import { newId } from '../lib/ids.ts';
import { days, isoNow } from '../lib/time.ts';
import type { TenantId } from '../platform/tenants/tenant-id.ts';

/** How far back the demo's scheduled services reach, so every account has a history. */
const historyDays = 56;

export interface DemoService {
  customerId: string;
  locationId: string;
  name: string;
  serviceId?: string | null;
  frequency: Frequency;
  startDate: string;
  startTime: string;
  durationMinutes: number;
  price: number;
  rateModifications?: RateModification[];
  teamIds: string[];
  notes?: string;
  waiting?: boolean;
}

async function insertService(trx: Executor, tenantId: TenantId, service: DemoService, now: Date): Promise<string> {
  const id = newId();
  const created = isoNow(new Date(now.getTime() - days(historyDays + 14)));
  await trx
    .insertInto('account_services')
    .values({
      id,
      tenant_id: tenantId,
      customer_id: service.customerId,
      location_id: service.locationId,
      service_id: service.serviceId ?? null,
      name: service.name,
      rrule: toRrule(service.frequency),
      start_date: service.startDate,
      start_time: service.startTime,
      duration_minutes: service.durationMinutes,
      price: service.price,
      rate_modifications: JSON.stringify(service.rateModifications ?? []),
      notes: service.notes ?? null,
      status: service.waiting ? 'waiting' : 'scheduled',
      ends_on: null,
      // Visits are made from here on: the past weeks become the account's history.
      visits_until: service.waiting ? null : isoNow(new Date(now.getTime() - days(historyDays))),
      scheduled_at: service.waiting ? null : created,
      created_at: service.waiting ? isoNow(new Date(now.getTime() - days(9))) : created,
      updated_at: created,
    })
    .execute();
  if (service.teamIds.length > 0) {
    await trx.insertInto('account_service_team').values(service.teamIds.map((staff_user_id) => ({ tenant_id: tenantId, account_service_id: id, staff_user_id }))).execute();
  }
  return id;
}

/**
 * Services on the demo accounts with their visits: eight weeks of history (done, one skipped
 * for a holiday) and 90 days ahead, exactly as the horizon job makes them.
 */
export async function seedSchedule(trx: Executor, tenantId: TenantId, services: DemoService[], now = new Date()): Promise<void> {
  for (const service of services) {
    const id = await insertService(trx, tenantId, service, now);
    if (!service.waiting) await extendSeries(trx, tenantId, id, horizonFrom(now));
  }
  await trx.updateTable('visits').set({ status: 'completed' }).where('tenant_id', '=', tenantId).where('starts_at', '<', isoNow(now)).execute();
  const holiday = await trx
    .selectFrom('visits')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('starts_at', '<', isoNow(new Date(now.getTime() - days(14))))
    .orderBy('starts_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (holiday) {
    await trx.updateTable('visits').set({ status: 'skipped', exception: true, status_reason: 'Office closed for the holiday' }).where('tenant_id', '=', tenantId).where('id', '=', holiday.id).execute();
  }
}

/** The day after `now` on a location's clock: a one-off visit there tomorrow. */
export function tomorrowAt(zone: string, now = new Date()): string {
  return localDateOf(new Date(now.getTime() + days(1)), zone);
}

/** A start date this many days back on a location's clock, so a series has history. */
export function daysAgoAt(zone: string, count: number, now = new Date()): string {
  return localDateOf(new Date(now.getTime() - days(count)), zone);
}

/** Each given customer's first contact is reminded three days and one day before every visit. */
export async function seedReminderChoices(trx: Executor, tenantId: TenantId, customerIds: string[]): Promise<void> {
  const updated = isoNow();
  for (const customerId of customerIds) {
    const contact = await trx.selectFrom('customer_contacts').select('id').where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).orderBy('position').executeTakeFirst();
    if (!contact) continue;
    await trx
      .insertInto('reminder_choices')
      .values([3, 1].map((days_before) => ({ tenant_id: tenantId, customer_id: customerId, contact_id: contact.id, days_before, enabled: true, updated_at: updated })))
      .execute();
  }
}

/** A small, steady spread (minutes) from an id, so the demo's clock-ins look human but seed the same every time. */
function spread(id: string, width: number): number {
  let sum = 0;
  for (const char of id) sum = (sum * 31 + char.charCodeAt(0)) % 9973;
  return (sum % (2 * width + 1)) - width;
}

/**
 * Timesheets for the history: everyone on a completed visit clocked in within a few minutes of its
 * start and out around its planned end, some from a phone that shared its position.
 */
export async function seedTimesheets(trx: Executor, tenantId: TenantId): Promise<void> {
  const done = await trx
    .selectFrom('visits as v')
    .innerJoin('visit_team as t', (join) => join.onRef('t.visit_id', '=', 'v.id').onRef('t.tenant_id', '=', 'v.tenant_id'))
    .select(['v.id', 'v.starts_at', 'v.duration_minutes', 't.staff_user_id'])
    .where('v.tenant_id', '=', tenantId)
    .where('v.status', '=', 'completed')
    .execute();
  const rows = done.map((visit) => {
    const key = `${visit.id}${visit.staff_user_id}`;
    const clockedIn = Date.parse(visit.starts_at) + spread(key, 6) * 60_000;
    const clockedOut = clockedIn + (visit.duration_minutes + spread(`${key}out`, 12)) * 60_000;
    const located = spread(key, 3) !== 0;
    return {
      id: newId(),
      tenant_id: tenantId,
      visit_id: visit.id,
      staff_user_id: visit.staff_user_id,
      clock_in_client_id: newId(),
      clocked_in_at: isoNow(new Date(clockedIn)),
      clock_in_latitude: located ? 45.5231 : null,
      clock_in_longitude: located ? -122.6765 : null,
      clock_in_accuracy: located ? 15 : null,
      clock_out_client_id: newId(),
      clocked_out_at: isoNow(new Date(clockedOut)),
      created_at: isoNow(new Date(clockedIn)),
      updated_at: isoNow(new Date(clockedOut)),
    };
  });
  // Batches keep each statement under SQLite's limit on bound values.
  for (let i = 0; i < rows.length; i += 50) await trx.insertInto('timesheets').values(rows.slice(i, i + 50)).execute();
}

/**
 * A visit under way now, so the field app, the schedule and the customer's card show one: a
 * day porter shift that started 40 minutes ago, one of its two people clocked in.
 */
export async function seedVisitUnderWay(trx: Executor, tenantId: TenantId, place: { customerId: string; locationId: string }, team: { inId: string; comingId: string }, now = new Date()): Promise<void> {
  const start = new Date(Math.floor((now.getTime() - 40 * 60_000) / 300_000) * 300_000);
  const stamp = isoNow(now);
  const visitId = newId();
  await trx
    .insertInto('visits')
    .values({
      id: visitId,
      tenant_id: tenantId,
      customer_id: place.customerId,
      location_id: place.locationId,
      account_service_id: null,
      original_date: null,
      name: 'Day porter service',
      starts_at: isoNow(start),
      duration_minutes: 180,
      status: 'in_progress',
      price: 15_000,
      notes: 'Restock the restrooms first; the lobby floor after the lunch rush.',
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await trx.insertInto('visit_team').values([team.inId, team.comingId].map((staff_user_id) => ({ tenant_id: tenantId, visit_id: visitId, staff_user_id }))).execute();
  const clockedIn = isoNow(new Date(start.getTime() + 4 * 60_000));
  await trx
    .insertInto('timesheets')
    .values({ id: newId(), tenant_id: tenantId, visit_id: visitId, staff_user_id: team.inId, clock_in_client_id: newId(), clocked_in_at: clockedIn, clock_in_latitude: 45.5229, clock_in_longitude: -122.6771, clock_in_accuracy: 12, created_at: clockedIn, updated_at: clockedIn })
    .execute();
}
