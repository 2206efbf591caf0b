import { toRrule, type Frequency } from '../../shared/features/visits/frequency.ts';
import type { RateModification } from '../../shared/features/visits/price.ts';
import type { Executor } from '../db/database.ts';
import { localDateOf } from '../features/visits/recurrence.ts';
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
