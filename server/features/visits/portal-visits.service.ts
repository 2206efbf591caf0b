import type { z } from 'zod';
import { fromRrule, type Frequency } from '../../../shared/features/visits/frequency.ts';
import {
  customerSkipReason,
  visitNoticeHours,
  type PortalArrival,
  type PortalNextVisitResponse,
  type PortalVisit,
  type PortalVisitList,
  type PortalWaitingService,
  type portalVisitQuerySchema,
  type rescheduleRequestSchema,
  type skipRequestSchema,
  type VisitProgress,
  type VisitRequestOpened,
} from '../../../shared/features/visits/portal-visits.contract.ts';
import { priceBreakdown, type RateModification } from '../../../shared/features/visits/price.ts';
import type { Visit } from '../../../shared/features/visits/visits.contract.ts';
import { formatDate, formatDateTime } from '../../../shared/i18n/format.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import type { Location, Tenant } from '../../db/schema.ts';
import type { PortalActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { days, hours, isoNow, localDateOf, minutes } from '../../lib/time.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import { addStaffNotifications, notifyLocationStaff, type StaffNotice } from '../../platform/notifications/staff-notifications.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import { arrivalWindow } from './arrival-window.ts';
import * as repo from './portal-visits.repository.ts';
import { describeVisits } from './visits.service.ts';
import type { VisitRow } from './visits.repository.ts';

type VisitQuery = z.output<typeof portalVisitQuerySchema>;
type Reschedule = z.output<typeof rescheduleRequestSchema>;
type SkipAsk = z.output<typeof skipRequestSchema>;

/**
 * Opens a request about a visit in the customer's name, assigned and announced as every new
 * request is. The requests feature builds it; `app.ts` hands it in, so neither feature reaches
 * into the other.
 */
export type OpenVisitRequest = (
  ctx: AppContext,
  tenant: Tenant,
  actor: PortalActor,
  draft: { locationId: string; visitId: string; subject: string; text: string },
) => Promise<{ id: string; reference: string }>;

/** A visit's clock-ins as the field feature keeps them; `app.ts` hands the reader in. */
export type ReadVisitProgress = (db: Executor, tenantId: TenantId, visitId: string) => Promise<{ firstClockIn: string | null; lastClockOut: string | null; anyoneIn: boolean }>;

const notice = hours(visitNoticeHours);

/** The card's phase: arrival until the first clock-in, then the estimated completion, then actual times once the visit completed. */
export function progressOf(visit: Pick<Visit, 'status' | 'durationMinutes'>, clocks: Awaited<ReturnType<ReadVisitProgress>>): VisitProgress {
  if (!clocks.firstClockIn) return { phase: 'arrival' };
  if (visit.status === 'completed' && clocks.lastClockOut && !clocks.anyoneIn) return { phase: 'done', startedAt: clocks.firstClockIn, finishedAt: clocks.lastClockOut };
  return { phase: 'working', startedAt: clocks.firstClockIn, estimatedCompletionAt: isoNow(new Date(Date.parse(clocks.firstClockIn) + minutes(visit.durationMinutes))) };
}

/** "Ana" of "Ana María López": the customer learns who comes, not their full names. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

function arrivalOf(visit: Visit, tenant: Tenant): PortalArrival {
  if (!tenant.show_arrival_window) return { kind: 'time', at: visit.startsAt };
  const window = arrivalWindow(
    new Date(visit.startsAt),
    visit.timeZone,
    { minutesBefore: tenant.arrival_window_before_minutes, minutesAfter: tenant.arrival_window_after_minutes },
    { opens: tenant.business_hours_opens, closes: tenant.business_hours_closes },
  );
  return { kind: 'window', from: isoNow(window.from), to: isoNow(window.to) };
}

/** How often the visit's service comes: a visit outside any series, or of a one-off service, is `once`. */
function frequencyOf(visit: Visit, rules: Map<string, string | null>): Frequency | null {
  return fromRrule(visit.accountServiceId ? (rules.get(visit.accountServiceId) ?? null) : null);
}

/**
 * A visit of the portal user's, with the location it is at; a visit at a location they may not
 * see looks exactly like one that does not exist.
 */
async function portalVisitRow(ctx: AppContext, actor: PortalActor, visitId: string): Promise<{ row: VisitRow; location: Location }> {
  const row = await repo.findVisit(ctx.db, actor.tenantId, visitId);
  if (!row) throw notFound('visit');
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, row.location_id).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'not_found' ? notFound('visit') : error;
  });
  return { row, location };
}

// ── The next visit ──────────────────────────────────────────────────────────────────────

/**
 * The coming rows that may be the next visit, so only they are described (their team, upgrades and
 * price): up to the first one under way or not over by its own length. One before it can still be
 * the next only if accepted upgrades made it run past now, so those stay in.
 */
function nextVisitCandidates(rows: VisitRow[], now: number): VisitRow[] {
  const surely = rows.findIndex((row) => row.status === 'in_progress' || Date.parse(row.starts_at) + minutes(row.duration_minutes) > now);
  return surely === -1 ? rows : rows.slice(0, surely + 1);
}

/**
 * The next visit at a location: the one under way, or else the soonest still to come. The team's
 * first names only when it starts in under 24 hours, the address only when the customer has more
 * than one location; both are left out of the answer otherwise, not merely hidden by the page.
 */
export async function nextVisit(ctx: AppContext, tenant: Tenant, actor: PortalActor, readProgress: ReadVisitProgress, locationId: string): Promise<PortalNextVisitResponse> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId);
  const now = ctx.now().getTime();
  // A visit lasts at most a day, so one that started more than a day ago is over.
  const rows = await repo.comingVisits(ctx.db, actor.tenantId, location.id, isoNow(new Date(now - days(1))));
  // A visit under way stays the next one however late it runs; a completed one until its planned end.
  const visit = (await describeVisits(ctx.db, actor.tenantId, nextVisitCandidates(rows, now), tenant.currency)).find((candidate) => candidate.status === 'in_progress' || Date.parse(candidate.endsAt) > now);
  if (!visit) return { visit: null };
  const [rules, locationCount, clocks] = await Promise.all([
    repo.seriesRules(ctx.db, actor.tenantId, visit.accountServiceId ? [visit.accountServiceId] : []),
    repo.countCustomerLocations(ctx.db, actor.tenantId, location.customer_id),
    readProgress(ctx.db, actor.tenantId, visit.id),
  ]);
  const untilStart = Date.parse(visit.startsAt) - now;
  return {
    visit: {
      id: visit.id,
      locationId: visit.locationId,
      name: visit.name,
      startsAt: visit.startsAt,
      endsAt: visit.endsAt,
      timeZone: visit.timeZone,
      status: visit.status,
      arrival: arrivalOf(visit, tenant),
      frequency: frequencyOf(visit, rules),
      ...(untilStart < notice ? { team: visit.team.map((member) => firstName(member.name)) } : {}),
      ...(locationCount > 1 ? { address: visit.address } : {}),
      price: visit.price,
      canUpgrade: visit.status === 'scheduled' && untilStart > notice,
      progress: progressOf(visit, clocks),
    },
  };
}

// ── The Services page ───────────────────────────────────────────────────────────────────

/** A visit card: what the customer may still do with it follows from its status, its start and the company's skip cutoff. */
function toPortalVisit(visit: Visit, tenant: Tenant, now: number): PortalVisit {
  const start = Date.parse(visit.startsAt);
  const cutoff = start - hours(tenant.skip_cutoff_hours);
  const open = visit.status === 'scheduled' && start > now;
  const canSkip = open && now <= cutoff;
  return {
    id: visit.id,
    locationId: visit.locationId,
    name: visit.name,
    startsAt: visit.startsAt,
    endsAt: visit.endsAt,
    timeZone: visit.timeZone,
    status: visit.status,
    statusReason: visit.status === 'skipped' || visit.status === 'cancelled' ? visit.statusReason : null,
    total: visit.price.total,
    currency: visit.price.currency,
    canSkip,
    canAskToSkip: open && !canSkip,
    canReschedule: open,
    skipCutoffAt: isoNow(new Date(cutoff)),
  };
}

/** A location's visits still to come (soonest first) or past (newest first), a page at a time. */
export async function listVisits(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string, query: VisitQuery): Promise<PortalVisitList> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId);
  const now = ctx.now();
  const when = { upcoming: query.when === 'upcoming', now: isoNow(now) };
  const [rows, total] = await Promise.all([
    repo.locationVisits(ctx.db, actor.tenantId, location.id, when, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countLocationVisits(ctx.db, actor.tenantId, location.id, when),
  ]);
  const visits = await describeVisits(ctx.db, actor.tenantId, rows, tenant.currency);
  return {
    items: visits.map((visit) => toPortalVisit(visit, tenant, now.getTime())),
    total,
    page: query.page,
    pageSize: query.pageSize,
    requestsEnabled: location.feature_service_requests && tenant.requests_allowed,
  };
}

export async function oneVisit(ctx: AppContext, tenant: Tenant, actor: PortalActor, visitId: string): Promise<PortalVisit> {
  const { row } = await portalVisitRow(ctx, actor, visitId);
  const [visit] = await describeVisits(ctx.db, actor.tenantId, [row], tenant.currency);
  return toPortalVisit(visit!, tenant, ctx.now().getTime());
}

/** Services on the account at this location that the office has not scheduled yet (SA's waiting list). */
export async function waitingServices(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string): Promise<PortalWaitingService[]> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId);
  const rows = await repo.waitingServices(ctx.db, actor.tenantId, location.id);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    frequency: fromRrule(row.rrule),
    durationMinutes: row.duration_minutes,
    total: priceBreakdown(row.price, JSON.parse(row.rate_modifications) as RateModification[]).total,
    currency: tenant.currency,
    createdAt: row.created_at,
  }));
}

// ── Skipping and asking ─────────────────────────────────────────────────────────────────

function assertStillToCome(row: VisitRow, now: number): void {
  if (row.status !== 'scheduled' || Date.parse(row.starts_at) <= now) throw new AppError('conflict', message('portalVisits.notComing'));
}

/**
 * The customer skips a visit themselves, allowed until the company's cutoff before it starts
 * (at the cutoff itself still allowed); later they can only ask. The visit becomes an exception,
 * so edits to its series leave it skipped, and the staff who look after the location are told.
 */
export async function skipVisit(ctx: AppContext, tenant: Tenant, actor: PortalActor, visitId: string): Promise<PortalVisit> {
  const { row, location } = await portalVisitRow(ctx, actor, visitId);
  const now = ctx.now();
  assertStillToCome(row, now.getTime());
  if (now.getTime() > Date.parse(row.starts_at) - hours(tenant.skip_cutoff_hours)) {
    throw new AppError('conflict', message('portalVisits.pastSkipCutoff', { hours: tenant.skip_cutoff_hours }));
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.skipScheduledVisit(trx, actor.tenantId, row.id, customerSkipReason, isoNow(now)))) throw new AppError('conflict', message('portalVisits.notComing'));
    const customer = await repo.findCustomerName(trx, actor.tenantId, row.customer_id);
    const skipped: StaffNotice = {
      kind: 'visit_skipped',
      words: (language) => {
        const t = translator(language);
        const names = { person: actor.name, customer, location: location.name, service: row.name, when: formatDateTime(row.starts_at, { locale: language, zone: row.time_zone }) };
        return { title: t('staffNotices.visitSkipped.title', { ns: 'emails', ...names }), body: t('staffNotices.visitSkipped.body', { ns: 'emails', ...names }) };
      },
      link: `/office/customers/${row.customer_id}`,
    };
    await notifyLocationStaff(trx, { publicUrl: ctx.config.publicUrl, smtpConfigured: ctx.smtpConfigured }, actor.tenantId, location.id, skipped);
    await addStaffNotifications(trx, actor.tenantId, skipped);
  });
  ctx.wakeMailWorker();
  // The office's schedule, and the customer's other open pages, show the skip without a refresh.
  ctx.events.publish({ tenantId: actor.tenantId, topic: 'visits', locationId: location.id, id: row.id });
  return oneVisit(ctx, tenant, actor, row.id);
}

/** Words of a request about a visit, in the language the customer reads their emails in. */
async function customerWords(ctx: AppContext, tenant: Tenant, actor: PortalActor, row: VisitRow) {
  const person = await repo.findPortalPerson(ctx.db, actor.tenantId, actor.userId);
  const language = addresseeLanguage(person, tenant);
  const t = translator(language);
  // On the location's clock, written as the customer reads it there: no zone named.
  const when = formatDateTime(row.starts_at, { locale: language, zone: row.time_zone, viewerZone: row.time_zone });
  const day = (date: string) => formatDate(`${date}T12:00:00Z`, { locale: language, zone: 'UTC' });
  return { t, names: { service: row.name, when }, day };
}

async function openRequest(ctx: AppContext, tenant: Tenant, actor: PortalActor, open: OpenVisitRequest, location: Location, visitId: string, words: { subject: string; text: string }): Promise<VisitRequestOpened> {
  const opened = await open(ctx, tenant, actor, { locationId: location.id, visitId, ...words });
  return { requestId: opened.id, reference: opened.reference, visible: location.feature_service_requests };
}

/** Asks the office to move a visit to one of up to three days; opens a request linked to the visit. */
export async function askToReschedule(ctx: AppContext, tenant: Tenant, actor: PortalActor, open: OpenVisitRequest, visitId: string, input: Reschedule): Promise<VisitRequestOpened> {
  const { row, location } = await portalVisitRow(ctx, actor, visitId);
  const now = ctx.now();
  assertStillToCome(row, now.getTime());
  const today = localDateOf(now, row.time_zone);
  if (input.preferredDates.some((date) => date < today)) {
    throw new AppError('validation_failed', message('portalVisits.datesAhead'), { preferredDates: message('validation.datesAhead') });
  }
  const { t, names, day } = await customerWords(ctx, tenant, actor, row);
  const lines = [
    t('requests.reschedule.text', { ns: 'portalVisits', ...names }),
    t('requests.reschedule.preferred', { ns: 'portalVisits', dates: input.preferredDates.map(day).join('; ') }),
    ...(input.note ? ['', input.note] : []),
  ];
  return openRequest(ctx, tenant, actor, open, location, row.id, { subject: t('requests.reschedule.subject', { ns: 'portalVisits', ...names }), text: lines.join('\n') });
}

/** Asks the office to skip a visit the customer may no longer skip themselves; opens a request linked to it. */
export async function askToSkip(ctx: AppContext, tenant: Tenant, actor: PortalActor, open: OpenVisitRequest, visitId: string, input: SkipAsk): Promise<VisitRequestOpened> {
  const { row, location } = await portalVisitRow(ctx, actor, visitId);
  assertStillToCome(row, ctx.now().getTime());
  const { t, names } = await customerWords(ctx, tenant, actor, row);
  const lines = [t('requests.skip.text', { ns: 'portalVisits', ...names }), ...(input.note ? ['', input.note] : [])];
  return openRequest(ctx, tenant, actor, open, location, row.id, { subject: t('requests.skip.subject', { ns: 'portalVisits', ...names }), text: lines.join('\n') });
}
