import type { z } from 'zod';
import {
  scheduleMembersPerPage,
  type moveVisitSchema,
  type OneOffVisit,
  type oneOffVisitInputSchema,
  type Schedule,
  type ScheduleGroup,
  type ScheduleList,
  type scheduleListQuerySchema,
  type scheduleQuerySchema,
  type ScheduleVisit,
  type VisitChange,
  type visitReasonSchema,
  type visitTeamInputSchema,
} from '../../../shared/features/visits/schedule.contract.ts';
import type { TeamMember, Visit } from '../../../shared/features/visits/visits.contract.ts';
import { formatDate, formatDateTime } from '../../../shared/i18n/format.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { days, hours, isoNow, localDateOf, minutes } from '../../lib/time.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { instantAt } from './recurrence.ts';
import * as scheduleRepo from './schedule.repository.ts';
import { addService, describeVisits, listVisits, oneVisit, scheduleService } from './visits.service.ts';
import * as visitsRepo from './visits.repository.ts';
import { visitCustomerGets } from '../../platform/notifications/customer-notices.ts';

type ScheduleQuery = z.output<typeof scheduleQuerySchema>;
type ListQuery = z.output<typeof scheduleListQuerySchema>;
type MoveInput = z.output<typeof moveVisitSchema>;
type TeamInput = z.output<typeof visitTeamInputSchema>;
type ReasonInput = z.output<typeof visitReasonSchema>;
type OneOffInput = z.output<typeof oneOffVisitInputSchema>;

/** One schedule answer holds at most this many visits; a busier range asks for a filter. */
const scheduleLimit = 2000;
/** No zone is more than 14 hours from UTC: a location's day lies within its UTC day widened by this. */
const widestOffset = hours(14);
/** Bookings that started this long before a visit may still overlap it: a full day plus upgrades. */
const longestBooking = days(2);

// ── Double-booking ──────────────────────────────────────────────────────────────────────

/** Skipped and cancelled visits take nobody's time. */
const takesTime = (visit: Pick<Visit, 'status'>) => visit.status !== 'skipped' && visit.status !== 'cancelled';

type Booking = { staffId: string; visitId: string; start: number; end: number };

/** The bookings around these visits of everyone on them, by person. */
async function bookingsAround(db: Executor, tenantId: TenantId, visits: Visit[]): Promise<Map<string, Booking[]>> {
  const busy = visits.filter(takesTime);
  const staffIds = [...new Set(busy.flatMap((visit) => visit.team.map((member) => member.id)))];
  if (staffIds.length === 0) return new Map();
  const first = Math.min(...busy.map((visit) => Date.parse(visit.startsAt)));
  const last = Math.max(...busy.map((visit) => Date.parse(visit.endsAt)));
  const rows = await scheduleRepo.staffBookings(db, tenantId, staffIds, isoNow(new Date(first - longestBooking)), isoNow(new Date(last)));
  const bookings = rows.filter(takesTime).map((row): Booking => {
    const start = Date.parse(row.starts_at);
    return { staffId: row.staff_user_id, visitId: row.visit_id, start, end: start + minutes(row.duration_minutes + Number(row.extra_minutes ?? 0)) };
  });
  // By person, so each visit compares its team's own bookings, not the whole week's.
  return Map.groupBy(bookings, (booking) => booking.staffId);
}

/**
 * The team members of a visit who have another visit at the same time. Times are half-open:
 * a visit ending at 10:00 and another starting at 10:00 do not overlap.
 */
function doubleBookedOn(visit: Visit, bookingsOf: Map<string, Booking[]>): TeamMember[] {
  if (!takesTime(visit)) return [];
  const start = Date.parse(visit.startsAt);
  const end = Date.parse(visit.endsAt);
  return visit.team.filter((member) => (bookingsOf.get(member.id) ?? []).some((b) => b.visitId !== visit.id && b.start < end && start < b.end));
}

/** localDates: each visit's day on its location's clock where the caller already knows it. */
async function markDoubleBookings(db: Executor, tenantId: TenantId, visits: Visit[], localDates?: ReadonlyMap<string, string>): Promise<ScheduleVisit[]> {
  const bookings = await bookingsAround(db, tenantId, visits);
  return visits.map((visit) => {
    const doubleBooked = doubleBookedOn(visit, bookings);
    const localDate = localDates?.get(visit.id) ?? localDateOf(new Date(visit.startsAt), visit.timeZone);
    return { ...visit, localDate, conflicts: doubleBooked.length > 0, doubleBooked };
  });
}

// ── The schedule ────────────────────────────────────────────────────────────────────────

function daysFrom(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + days(i)).toISOString().slice(0, 10));
}

/**
 * Whose rows a schedule shows: everyone who can be sent, a page at a time, unless it is narrowed.
 * Only the staff it needs are read: one person's week has no use for the company's whole team.
 */
async function membersShown(db: Executor, tenantId: TenantId, query: ScheduleQuery): Promise<{ paged: boolean; members: TeamMember[]; total: number }> {
  if (query.staffId) return { paged: false, members: await scheduleRepo.activeStaffMember(db, tenantId, query.staffId), total: 1 };
  if (query.customerId || query.locationId) return { paged: false, members: [], total: 0 };
  const everyone = await scheduleRepo.activeStaff(db, tenantId);
  const first = (query.page - 1) * scheduleMembersPerPage;
  return { paged: true, members: everyone.slice(first, first + scheduleMembersPerPage), total: everyone.length };
}

/**
 * Rows of the schedule: each person with their visits, by name, then the visits nobody is on.
 * Narrowed to a customer or location, the rows are the people on its visits; otherwise the page's
 * people have a row each, so a free person shows as free.
 */
function groupByMember(visits: ScheduleVisit[], shown: TeamMember[], query: ScheduleQuery): ScheduleGroup[] {
  const members = new Map(shown.map((member) => [member.id, member]));
  if (query.customerId || query.locationId) {
    for (const visit of visits) for (const member of visit.team) if (!query.staffId || member.id === query.staffId) members.set(member.id, member);
  }
  const groups: ScheduleGroup[] = [...members.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((member) => ({ member, visitIds: visits.filter((visit) => visit.team.some((m) => m.id === member.id)).map((visit) => visit.id) }));
  const unassigned = visits.filter((visit) => visit.team.length === 0).map((visit) => visit.id);
  return unassigned.length > 0 ? [...groups, { member: null, visitIds: unassigned }] : groups;
}

/**
 * The visits of a day or a week, each on the day its location's clock shows, grouped by team
 * member, with double-bookings marked. Without a filter, one page of team members at a time,
 * and the visits nobody is on yet with the first page.
 */
export async function schedule(ctx: AppContext, tenantId: TenantId, query: ScheduleQuery): Promise<Schedule> {
  const dayList = daysFrom(query.from, query.days);
  const from = Date.parse(`${dayList[0]}T00:00:00Z`) - widestOffset;
  const to = Date.parse(`${dayList.at(-1)}T00:00:00Z`) + days(1) + widestOffset;
  const [shown, tenant] = await Promise.all([membersShown(ctx.db, tenantId, query), requireTenant(ctx.db, tenantId)]);
  const team = shown.paged ? { staffIds: shown.members.map((member) => member.id), unassigned: query.page === 1 } : undefined;
  const filter = { from: isoNow(new Date(from)), to: isoNow(new Date(to)), customerId: query.customerId, locationId: query.locationId, staffId: query.staffId, team };
  const rows = await visitsRepo.visits(ctx.db, tenantId, filter, { limit: scheduleLimit + 1, order: 'asc' });
  const inRange = new Set(dayList);
  const localDates = new Map<string, string>();
  for (const row of rows.slice(0, scheduleLimit)) {
    const day = localDateOf(new Date(row.starts_at), row.time_zone);
    if (inRange.has(day)) localDates.set(row.id, day);
  }
  const inDays = rows.filter((row) => localDates.has(row.id));
  const visits = await markDoubleBookings(ctx.db, tenantId, await describeVisits(ctx.db, tenantId, inDays, tenant.currency), localDates);
  return {
    from: query.from,
    days: dayList,
    visits,
    groups: groupByMember(visits, shown.members, query),
    page: query.page,
    pageSize: scheduleMembersPerPage,
    totalMembers: shown.total,
    truncated: rows.length > scheduleLimit,
    currency: tenant.currency,
  };
}

/** The list view: visits a page at a time, double-bookings marked. */
export async function scheduleList(ctx: AppContext, tenantId: TenantId, query: ListQuery): Promise<ScheduleList> {
  const page = await listVisits(ctx, tenantId, query);
  return { ...page, items: await markDoubleBookings(ctx.db, tenantId, page.items) };
}

export async function scheduleTeam(ctx: AppContext, tenantId: TenantId): Promise<{ items: TeamMember[] }> {
  return { items: await scheduleRepo.activeStaff(ctx.db, tenantId) };
}

// ── Changing one visit ──────────────────────────────────────────────────────────────────

/** The instant a day and time on a place's clock stand for. */
function instantOn(date: string, time: string, zone: string): Date {
  return instantAt(Date.parse(`${date}T${time}:00Z`), zone);
}

function refusePast(start: Date, now: Date): void {
  if (start >= now) return;
  throw new AppError('validation_failed', message('visits.startInPast'), { date: message('visits.startInPastField'), time: message('visits.startInPastField') });
}

async function scheduledVisit(db: Executor, tenantId: TenantId, id: string): Promise<Visit> {
  const visit = await oneVisit(db, tenantId, id);
  if (visit.status !== 'scheduled') throw new AppError('conflict', message('visits.notScheduled'));
  return visit;
}

/** Writes the change to a still-scheduled visit and marks it an exception, so series edits leave it alone. */
async function changeVisit(db: Executor, tenantId: TenantId, id: string, values: Parameters<typeof scheduleRepo.updateScheduledVisit>[3]): Promise<void> {
  const changed = await scheduleRepo.updateScheduledVisit(db, tenantId, id, { ...values, exception: true, updated_at: isoNow() });
  if (!changed) throw new AppError('conflict', message('visits.notScheduled'));
}

async function answerChange(db: Executor, tenantId: TenantId, id: string): Promise<VisitChange> {
  const visit = await oneVisit(db, tenantId, id);
  const doubleBooked = doubleBookedOn(visit, await bookingsAround(db, tenantId, [visit]));
  return { visit, doubleBooked };
}

/**
 * Moves a visit to another day and time on its location's clock, so 09:00 stays 09:00 whatever
 * daylight saving does in between. Its customer is emailed the new time.
 */
export async function moveVisit(ctx: AppContext, actor: StaffActor, id: string, input: MoveInput): Promise<VisitChange> {
  const answer = await ctx.db.transaction().execute(async (trx) => {
    const before = await scheduledVisit(trx, actor.tenantId, id);
    const start = instantOn(input.date, input.time, before.timeZone);
    refusePast(start, ctx.now());
    // The stored duration is the service's own; minutes added by upgrades stay on top of it.
    await changeVisit(trx, actor.tenantId, id, { starts_at: isoNow(start), ...(input.durationMinutes ? { duration_minutes: input.durationMinutes } : {}) });
    if (start.getTime() !== Date.parse(before.startsAt)) await tellCustomer(trx, ctx, actor.tenantId, before, { kind: 'moved', newStart: isoNow(start) });
    return answerChange(trx, actor.tenantId, id);
  });
  ctx.wakeMailWorker();
  announce(ctx, actor.tenantId, answer.visit);
  return answer;
}

/** Sends other people to a visit: staff of the company who are not deactivated. */
export async function changeVisitTeam(ctx: AppContext, actor: StaffActor, id: string, input: TeamInput): Promise<VisitChange> {
  const answer = await ctx.db.transaction().execute(async (trx) => {
    await scheduledVisit(trx, actor.tenantId, id);
    const teamIds = [...new Set(input.teamIds)];
    if ((await visitsRepo.assignableStaff(trx, actor.tenantId, teamIds)).length !== teamIds.length) {
      throw new AppError('validation_failed', message('visits.checkVisit', { problems: [message('visits.teamMissing')] }), { teamIds: message('visits.teamMissing') });
    }
    await changeVisit(trx, actor.tenantId, id, {});
    await visitsRepo.replaceVisitTeam(trx, actor.tenantId, [id], teamIds);
    return answerChange(trx, actor.tenantId, id);
  });
  announce(ctx, actor.tenantId, answer.visit);
  return answer;
}

/** Skips or cancels a visit with the reason the customer is emailed. */
export async function stopVisit(ctx: AppContext, actor: StaffActor, id: string, status: 'skipped' | 'cancelled', input: ReasonInput): Promise<VisitChange> {
  const answer = await ctx.db.transaction().execute(async (trx) => {
    const before = await scheduledVisit(trx, actor.tenantId, id);
    await changeVisit(trx, actor.tenantId, id, { status, status_reason: input.reason });
    await tellCustomer(trx, ctx, actor.tenantId, before, { kind: status, reason: input.reason });
    return answerChange(trx, actor.tenantId, id);
  });
  ctx.wakeMailWorker();
  announce(ctx, actor.tenantId, answer.visit);
  return answer;
}

// ── A one-off visit ─────────────────────────────────────────────────────────────────────

/**
 * A visit that happens once: a one-off service on the customer's account, scheduled at once, so
 * it has the same life as any other (the horizon job makes it if it lies beyond 90 days).
 */
export async function createOneOffVisit(ctx: AppContext, actor: StaffActor, input: OneOffInput): Promise<OneOffVisit> {
  const location = await visitsRepo.findLocation(ctx.db, actor.tenantId, input.locationId);
  // A location of someone else is refused by addService, with the words it uses for services.
  if (location?.customer_id === input.customerId) refusePast(instantOn(input.date, input.time, location.time_zone), ctx.now());
  const service = await addService(ctx, actor, input.customerId, {
    locationId: input.locationId,
    serviceId: input.serviceId ?? null,
    name: input.name ?? null,
    frequency: { kind: 'once' },
    startDate: input.date,
    startTime: input.time,
    durationMinutes: input.durationMinutes,
    price: input.price,
    rateModifications: input.rateModifications,
    teamIds: input.teamIds,
    notes: input.notes ?? null,
  });
  await scheduleService(ctx, actor, service.id);
  const [row] = await visitsRepo.visits(ctx.db, actor.tenantId, { accountServiceId: service.id }, { limit: 1, order: 'asc' });
  if (!row) return { accountServiceId: service.id, visit: null, doubleBooked: [] };
  const { visit, doubleBooked } = await answerChange(ctx.db, actor.tenantId, row.id);
  announce(ctx, actor.tenantId, visit);
  return { accountServiceId: service.id, visit, doubleBooked };
}

/** Tells open pages (the schedule, the customer's next visit) that a visit changed; called after the change commits. */
function announce(ctx: AppContext, tenantId: TenantId, visit: Pick<Visit, 'id' | 'locationId'>): void {
  ctx.events.publish({ tenantId, topic: 'visits', locationId: visit.locationId, id: visit.id });
}

// ── Telling the customer ────────────────────────────────────────────────────────────────

type News = { kind: 'moved'; newStart: string } | { kind: 'skipped' | 'cancelled'; reason: string };

/**
 * Emails the customer's portal users who can see the visit, each in their own language, with
 * times on the location's clock and the zone named (an email has no reader's zone to leave it out for).
 */
async function tellCustomer(db: Executor, ctx: AppContext, tenantId: TenantId, visit: Visit, news: News): Promise<void> {
  const tenant = await requireTenant(db, tenantId);
  if (!tenant.portal_enabled || !(await visitCustomerGets(db, tenantId, visit.id, 'visitChanges'))) return;
  const addressees = await scheduleRepo.visitAddressees(db, tenantId, visit.customerId, visit.locationId);
  for (const person of addressees) {
    await enqueueEmail(db, visitEmail(tenant, person, visit, news, `${ctx.config.publicUrl}/portal/${tenant.slug}`), ctx.smtpConfigured, ctx.now());
  }
}

function visitEmail(tenant: Tenant, to: Awaited<ReturnType<typeof scheduleRepo.visitAddressees>>[number], visit: Visit, news: News, portalLink: string) {
  const language = addresseeLanguage(to, tenant);
  const t = translator(language);
  const clock = { locale: language, zone: visit.timeZone };
  const names = { service: visit.name, location: visit.locationName, date: formatDate(visit.startsAt, clock), time: formatDateTime(visit.startsAt, clock) };
  const body =
    news.kind === 'moved'
      ? [t('visitChange.moved', { ns: 'emails', ...names, newTime: formatDateTime(news.newStart, clock) })]
      : [t(`visitChange.${news.kind}`, { ns: 'emails', ...names }), '', t('visitChange.reasonFrom', { ns: 'emails', company: tenant.display_name }), news.reason];
  return {
    tenantId: tenant.id,
    to: to.email,
    subject: t(`visitChange.subjects.${news.kind}`, { ns: 'emails', ...names }),
    text: [t('greeting', { ns: 'emails', name: to.name }), '', ...body, '', t('visitChange.seePortal', { ns: 'emails', link: portalLink }), '', tenant.display_name].join('\n'),
  };
}
