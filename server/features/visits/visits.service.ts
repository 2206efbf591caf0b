import type { z } from 'zod';
import { fromRrule, toRrule } from '../../../shared/features/visits/frequency.ts';
import { priceBreakdown, type RateModification } from '../../../shared/features/visits/price.ts';
import {
  visitHorizonDays,
  type AccountService,
  type accountServiceInputSchema,
  type Visit,
  type VisitList,
  type visitQuerySchema,
  type waitingListQuerySchema,
} from '../../../shared/features/visits/visits.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound, type Message } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { readKeysetPage } from '../../lib/page-cursor.ts';
import { days, isoNow, localDateOf, minutes } from '../../lib/time.ts';
import { tenantIdOf, type TenantId } from '../../platform/tenants/tenant-id.ts';
import { findTenantById, listTenants } from '../../platform/tenants/tenants.repository.ts';
import { instantAt, occurrencesBetween } from './recurrence.ts';
import * as repo from './visits.repository.ts';

type ServiceInput = z.output<typeof accountServiceInputSchema>;
type VisitQuery = z.output<typeof visitQuerySchema>;
type WaitingQuery = z.output<typeof waitingListQuerySchema>;

/** Visits of a scheduled service exist up to this instant. */
export const horizonFrom = (now: Date) => new Date(now.getTime() + days(visitHorizonDays));

function parseModifications(json: string): RateModification[] {
  return JSON.parse(json) as RateModification[];
}

async function currencyOf(db: Executor, tenantId: TenantId): Promise<string> {
  return (await findTenantById(db, tenantId))?.currency ?? 'USD';
}

function refused(field: string, problem: Message): AppError {
  return new AppError('validation_failed', message('visits.checkService', { problems: [problem] }), { [field]: problem });
}

// ── Services on an account ──────────────────────────────────────────────────────────────

function toAccountService(row: repo.AccountServiceRow, team: { id: string; name: string }[], nextVisitAt: string | null, currency: string): AccountService {
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    locationId: row.location_id,
    locationName: row.location_name,
    timeZone: row.time_zone,
    serviceId: row.service_id,
    name: row.name,
    frequency: fromRrule(row.rrule),
    rrule: row.rrule,
    startDate: row.start_date,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    price: row.price,
    currency,
    rateModifications: parseModifications(row.rate_modifications),
    team,
    notes: row.notes,
    endsOn: row.ends_on,
    status: row.status,
    createdAt: row.created_at,
    scheduledAt: row.scheduled_at,
    nextVisitAt,
  };
}

async function describeServices(db: Executor, tenantId: TenantId, rows: repo.AccountServiceRow[], now: Date): Promise<AccountService[]> {
  const ids = rows.map((row) => row.id);
  const [teams, next, currency] = await Promise.all([repo.accountServiceTeams(db, tenantId, ids), repo.nextVisitStarts(db, tenantId, ids, isoNow(now)), currencyOf(db, tenantId)]);
  return rows.map((row) =>
    toAccountService(
      row,
      teams.filter((member) => member.account_service_id === row.id).map(({ id, name }) => ({ id, name })),
      next.get(row.id) ?? null,
      currency,
    ),
  );
}

async function oneService(db: Executor, tenantId: TenantId, id: string, now: Date): Promise<AccountService> {
  const [row] = await repo.accountServices(db, tenantId, { id });
  if (!row) throw notFound('accountService');
  return (await describeServices(db, tenantId, [row], now))[0]!;
}

export async function customerServices(ctx: AppContext, tenantId: TenantId, customerId: string): Promise<AccountService[]> {
  if (!(await repo.findCustomer(ctx.db, tenantId, customerId))) throw notFound('customer');
  return describeServices(ctx.db, tenantId, await repo.accountServices(ctx.db, tenantId, { customerId }), ctx.now());
}

/** Services waiting to be scheduled, oldest first. */
export async function waitingList(ctx: AppContext, tenantId: TenantId, query: WaitingQuery) {
  const filter = { status: 'waiting' as const };
  const [rows, total] = await Promise.all([
    repo.accountServices(ctx.db, tenantId, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countAccountServices(ctx.db, tenantId, filter),
  ]);
  return { items: await describeServices(ctx.db, tenantId, rows, ctx.now()), total, page: query.page, pageSize: query.pageSize };
}

/** Checks what the input points at and answers the values to store. */
async function resolveInput(db: Executor, tenantId: TenantId, customerId: string, input: ServiceInput) {
  const location = await repo.findLocation(db, tenantId, input.locationId);
  if (!location || location.customer_id !== customerId) throw refused('locationId', message('visits.locationOfCustomer'));
  const catalogue = input.serviceId ? await repo.findCatalogueService(db, tenantId, input.serviceId) : undefined;
  if (input.serviceId && !catalogue) throw refused('serviceId', message('visits.serviceMissing'));
  const teamIds = [...new Set(input.teamIds)];
  if ((await repo.assignableStaff(db, tenantId, teamIds)).length !== teamIds.length) throw refused('teamIds', message('visits.teamMissing'));
  const values = {
    location_id: location.id,
    service_id: catalogue?.id ?? null,
    name: input.name ?? catalogue!.name,
    rrule: toRrule(input.frequency),
    start_date: input.startDate,
    start_time: input.startTime,
    duration_minutes: input.durationMinutes,
    price: input.price,
    rate_modifications: JSON.stringify(input.rateModifications),
    notes: input.notes ?? null,
    ends_on: input.endsOn ?? null,
    updated_at: isoNow(),
  };
  return { values, teamIds };
}

/** Adds a service to the customer's account, on the waiting list until the office schedules it. */
export async function addService(ctx: AppContext, actor: StaffActor, customerId: string, input: ServiceInput): Promise<AccountService> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findCustomer(trx, actor.tenantId, customerId))) throw notFound('customer');
    const { values, teamIds } = await resolveInput(trx, actor.tenantId, customerId, input);
    const id = newId();
    await repo.insertAccountService(trx, actor.tenantId, { ...values, id, customer_id: customerId, status: 'waiting', created_at: values.updated_at });
    await repo.replaceAccountServiceTeam(trx, actor.tenantId, id, teamIds);
    return oneService(trx, actor.tenantId, id, ctx.now());
  });
}

/**
 * Changes a service. On a scheduled one the change reaches its visits from now on; visits
 * already past, and visits changed on their own, stay as they are.
 */
export async function changeService(ctx: AppContext, actor: StaffActor, id: string, input: ServiceInput): Promise<AccountService> {
  return ctx.db.transaction().execute(async (trx) => {
    const [row] = await repo.accountServices(trx, actor.tenantId, { id });
    if (!row) throw notFound('accountService');
    const { values, teamIds } = await resolveInput(trx, actor.tenantId, row.customer_id, input);
    await repo.updateAccountService(trx, actor.tenantId, id, values);
    await repo.replaceAccountServiceTeam(trx, actor.tenantId, id, teamIds);
    if (row.status === 'scheduled') await rewriteFutureVisits(trx, actor.tenantId, id, ctx.now());
    return oneService(trx, actor.tenantId, id, ctx.now());
  });
}

/** Removes a service still on the waiting list; a scheduled one keeps its history. */
export async function removeWaitingService(ctx: AppContext, actor: StaffActor, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const [row] = await repo.accountServices(trx, actor.tenantId, { id });
    if (!row) throw notFound('accountService');
    if (row.status !== 'waiting') throw new AppError('conflict', message('visits.notWaiting'));
    await repo.deleteAccountService(trx, actor.tenantId, id);
  });
}

/** Takes a service off the waiting list and makes its visits up to the horizon. */
export async function scheduleService(ctx: AppContext, actor: StaffActor, id: string): Promise<AccountService> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const [row] = await repo.accountServices(trx, actor.tenantId, { id });
    if (!row) throw notFound('accountService');
    if (row.status !== 'waiting') throw new AppError('conflict', message('visits.notWaiting'));
    await repo.updateAccountService(trx, actor.tenantId, id, { status: 'scheduled', scheduled_at: isoNow(now), visits_until: isoNow(now) });
    await extendSeries(trx, actor.tenantId, id, horizonFrom(now));
    return oneService(trx, actor.tenantId, id, now);
  });
}

// ── Making a series' visits ─────────────────────────────────────────────────────────────

type SeriesRow = repo.AccountServiceRow;

/** The end of the service's last day, or the given instant if that is sooner. */
function lastInstant(service: SeriesRow, until: Date): Date {
  if (!service.ends_on) return until;
  const dayAfter = new Date(Date.parse(`${service.ends_on}T00:00:00Z`) + days(1));
  const end = instantAt(dayAfter.getTime(), service.time_zone);
  return end < until ? end : until;
}

function seriesStarts(service: SeriesRow, from: Date, until: Date): Date[] {
  const to = lastInstant(service, until);
  if (to <= from) return [];
  return occurrencesBetween(service.rrule, { date: service.start_date, time: service.start_time }, service.time_zone, from, to);
}

function visitValues(service: SeriesRow, start: Date, stamp: string) {
  return {
    customer_id: service.customer_id,
    location_id: service.location_id,
    account_service_id: service.id,
    original_date: localDateOf(start, service.time_zone),
    name: service.name,
    starts_at: isoNow(start),
    duration_minutes: service.duration_minutes,
    price: service.price,
    rate_modifications: service.rate_modifications,
    notes: service.notes,
    updated_at: stamp,
  };
}

async function insertVisits(db: Executor, tenantId: TenantId, service: SeriesRow, starts: Date[], teamIds: string[]): Promise<number> {
  const stamp = isoNow();
  // A customer on autopay has every new visit paid by autopay, from the moment it is made.
  const autopay = service.customer_autopay_since !== null;
  const rows = starts.map((start) => ({ ...visitValues(service, start, stamp), id: newId(), status: 'scheduled' as const, status_reason: null, autopay, created_at: stamp }));
  let made = 0;
  // SQLite binds at most 32,766 values in one statement: 500 visits of 16 columns stay well inside.
  for (let i = 0; i < rows.length; i += 500) {
    const ids = await repo.insertSeriesVisits(db, tenantId, rows.slice(i, i + 500));
    await repo.insertVisitTeams(db, tenantId, ids, teamIds);
    made += ids.length;
  }
  return made;
}

/**
 * Makes a scheduled service's visits from where they stop up to `until`, and moves the mark.
 * Safe to run twice and on two instances at once: a day the series already has is skipped by
 * the unique key (series, day), so a visit changed on its own is never made again.
 */
export async function extendSeries(db: Executor, tenantId: TenantId, serviceId: string, until: Date): Promise<number> {
  const [service] = await repo.accountServices(db, tenantId, { id: serviceId });
  if (!service || service.status !== 'scheduled') return 0;
  const from = new Date(service.visits_until ?? isoNow());
  if (from >= until) return 0;
  const team = (await repo.accountServiceTeams(db, tenantId, [serviceId])).map((member) => member.id);
  const made = await insertVisits(db, tenantId, service, seriesStarts(service, from, until), team);
  await repo.updateAccountService(db, tenantId, serviceId, { visits_until: isoNow(until) });
  return made;
}

/**
 * After a series changed: its own future visits on days the new rule keeps are changed to match;
 * the others are removed; days the new rule adds get visits. Exceptions and the past stay.
 */
async function rewriteFutureVisits(db: Executor, tenantId: TenantId, serviceId: string, now: Date): Promise<void> {
  const [service] = await repo.accountServices(db, tenantId, { id: serviceId });
  if (!service?.visits_until) return;
  const until = new Date(service.visits_until);
  const starts = seriesStarts(service, now, until);
  const startByDay = new Map(starts.map((start) => [localDateOf(start, service.time_zone), start]));
  const future = await repo.futureSeriesVisits(db, tenantId, serviceId, isoNow(now));
  const kept = future.filter((visit) => visit.original_date !== null && startByDay.has(visit.original_date));
  await repo.deleteVisits(db, tenantId, future.filter((visit) => !kept.includes(visit)).map((visit) => visit.id));
  const stamp = isoNow();
  for (const visit of kept) await repo.updateVisit(db, tenantId, visit.id, visitValues(service, startByDay.get(visit.original_date!)!, stamp));
  const team = (await repo.accountServiceTeams(db, tenantId, [serviceId])).map((member) => member.id);
  await repo.replaceVisitTeam(db, tenantId, kept.map((visit) => visit.id), team);
  const keptDays = new Set(kept.map((visit) => visit.original_date));
  await insertVisits(db, tenantId, service, starts.filter((start) => !keptDays.has(localDateOf(start, service.time_zone))), team);
}

/**
 * The horizon job: every company's scheduled services get their visits up to 90 days ahead.
 * Each service is its own transaction, so one bad series cannot hold back the rest.
 */
export async function extendAllSeries(db: Db, now: Date): Promise<number> {
  const until = horizonFrom(now);
  let made = 0;
  for (const tenant of await listTenants(db)) {
    const tenantId = tenantIdOf(tenant);
    for (const { id } of await repo.servicesShortOf(db, tenantId, isoNow(until))) {
      made += await db.transaction().execute((trx) => extendSeries(trx, tenantId, id, until));
    }
  }
  return made;
}

// ── Visits ──────────────────────────────────────────────────────────────────────────────

/** Visits as the API answers them. A caller that has the company's currency at hand passes it, saving a read. */
export async function describeVisits(db: Executor, tenantId: TenantId, rows: repo.VisitRow[], knownCurrency?: string): Promise<Visit[]> {
  const ids = rows.map((row) => row.id);
  const [teams, upgrades, currency] = await Promise.all([repo.visitTeams(db, tenantId, ids), repo.visitUpgrades(db, tenantId, ids), knownCurrency ?? currencyOf(db, tenantId)]);
  // Grouped once: filtering the lists per row is quadratic on a busy week.
  const teamOf = Map.groupBy(teams, (member) => member.visit_id);
  const upgradesOf = Map.groupBy(upgrades, (upgrade) => upgrade.visit_id);
  return rows.map((row) => {
    const own = upgradesOf.get(row.id) ?? [];
    const duration = row.duration_minutes + own.filter((u) => u.status === 'accepted').reduce((sum, u) => sum + u.extra_minutes, 0);
    return {
      id: row.id,
      customerId: row.customer_id,
      customerName: row.customer_name,
      locationId: row.location_id,
      locationName: row.location_name,
      address: row.address,
      timeZone: row.time_zone,
      accountServiceId: row.account_service_id,
      name: row.name,
      startsAt: row.starts_at,
      endsAt: new Date(Date.parse(row.starts_at) + minutes(duration)).toISOString(),
      durationMinutes: duration,
      status: row.status,
      exception: Boolean(row.exception),
      team: (teamOf.get(row.id) ?? []).map(({ id, name }) => ({ id, name })),
      notes: row.notes,
      statusReason: row.status_reason,
      price: { ...priceBreakdown(row.price, parseModifications(row.rate_modifications), own), currency },
    };
  });
}

/**
 * A page of visits in start order. Its cursor is signed for the company, the order and every
 * filter, so one made for another list is refused, naming it. No total: counting a customer's or a
 * person's visits reads every one of them.
 */
export async function listVisits(ctx: AppContext, tenantId: TenantId, query: VisitQuery): Promise<VisitList> {
  const { cursor, pageSize, ...list } = query;
  const filter = { from: list.from, to: list.to, customerId: list.customerId, locationId: list.locationId, staffId: list.staffId, status: list.status };
  const scope = `office-visits:${tenantId}:${JSON.stringify(list)}`;
  const page = await readKeysetPage(ctx.config.sessionSecret, scope, { cursor, pageSize }, (keyset) => repo.visits(ctx.db, tenantId, filter, { ...keyset, order: list.order }), (row) => ({ at: row.starts_at, id: row.id }));
  return { items: await describeVisits(ctx.db, tenantId, page.items), nextCursor: page.nextCursor };
}

export async function oneVisit(db: Executor, tenantId: TenantId, id: string): Promise<Visit> {
  const rows = await repo.visits(db, tenantId, { id }, { limit: 1, order: 'asc' });
  if (rows.length === 0) throw notFound('visit');
  return (await describeVisits(db, tenantId, rows))[0]!;
}
