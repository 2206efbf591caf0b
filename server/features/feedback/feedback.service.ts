import type { TFunction } from 'i18next';
import type { z } from 'zod';
import {
  feedbackRatings,
  type createFeedbackSchema,
  type Feedback,
  type feedbackQuerySchema,
  type FeedbackTrend,
  type feedbackTrendQuerySchema,
  type LastJob,
  type VisitRating,
  rateLastJobDays,
} from '../../../shared/features/feedback/feedback.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { PortalActor } from '../../http/auth.ts';
import { maxDurationMinutes } from '../../../shared/features/visits/visits.contract.ts';
import { numberFormat } from '../../../shared/i18n/intl.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { days, isoAfter, minutes } from '../../lib/time.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { addStaffNotifications, notifyLocationStaff, type StaffNotice } from '../../platform/notifications/staff-notifications.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './feedback.repository.ts';

type ParsedFeedback = z.output<typeof createFeedbackSchema>;
type FeedbackQuery = z.output<typeof feedbackQuerySchema>;
type TrendQuery = z.output<typeof feedbackTrendQuerySchema>;
type Row = NonNullable<Awaited<ReturnType<typeof repo.findFeedback>>>;
type Page = { page: number; pageSize: number };
type FeedbackList = { items: Feedback[]; total: number; page: number; pageSize: number };

function toFeedback(row: Row): Feedback {
  return {
    id: row.id,
    rating: row.rating,
    note: row.note,
    locationId: row.location_id,
    locationName: row.location_name,
    locationTimeZone: row.location_time_zone,
    customerId: row.customer_id,
    customerName: row.customer_name,
    givenBy: row.given_by,
    visitId: row.visit_id,
    createdAt: row.created_at,
  };
}

/** A rating's words in the reader's language ("Dissatisfied"); validation keeps it on the scale. */
function ratingName(t: TFunction, rating: number): string {
  const step = feedbackRatings.find((r) => r.value === rating);
  return step ? t(`staffNotices.ratings.${step.value}`, { ns: 'emails' }) : String(rating);
}

/** The earliest end a visit may have and still be rated at `now`: 45 days back, to the millisecond. */
const ratingCutoff = (now: Date) => now.getTime() - days(rateLastJobDays);

/** Whether a visit ended before the rating window: the rating link in an old email no longer rates it. */
function tooOldToRate(visit: { starts_at: string; duration_minutes: number }, now: Date): boolean {
  return Date.parse(visit.starts_at) + minutes(visit.duration_minutes) < ratingCutoff(now);
}

/** A visit at the location that is done, recent enough and not rated yet; another location's is not found. */
async function rateableVisit(db: Executor, tenantId: TenantId, locationId: string, visitId: string, now: Date): Promise<string> {
  const visit = await repo.findVisitAt(db, tenantId, locationId, visitId);
  if (!visit) throw notFound('visit');
  if (visit.status !== 'completed') throw new AppError('conflict', message('feedback.visitNotDone'));
  if (tooOldToRate(visit, now)) throw new AppError('conflict', message('feedback.visitTooOld', { days: rateLastJobDays }));
  if (await repo.isRated(db, tenantId, visitId)) throw new AppError('conflict', message('feedback.visitRated'));
  return visit.id;
}

/**
 * A visit the portal user may rate or read the rating of: at a location of theirs with Feedback on.
 * Anything else — another company's, another customer's, a location not granted to them, Feedback
 * off — is the same 404, so the link cannot be used to learn that a visit exists.
 */
async function portalRatedVisit(db: Executor, actor: PortalActor, visitId: string) {
  const visit = await repo.findVisit(db, actor.tenantId, visitId);
  if (!visit) throw notFound('visit');
  try {
    await requirePortalLocation(db, actor.tenantId, actor.userId, visit.location_id, 'feedback');
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound('visit');
    throw error;
  }
  return visit;
}

/** What the rating link opens: the visit on its location's clock, its rating if it has one, and whether it can be rated. */
export async function visitRating(ctx: AppContext, actor: PortalActor, visitId: string): Promise<VisitRating> {
  const visit = await portalRatedVisit(ctx.db, actor, visitId);
  const given = await repo.findVisitFeedback(ctx.db, actor.tenantId, visit.id);
  const completed = visit.status === 'completed';
  return {
    visit: { id: visit.id, name: visit.name, startsAt: visit.starts_at, timeZone: visit.time_zone, locationId: visit.location_id, locationName: visit.location_name },
    rating: given ? { rating: given.rating, note: given.note, createdAt: given.created_at } : null,
    completed,
    expired: completed && tooOldToRate(visit, ctx.now()),
  };
}

/**
 * What the dashboard asks the customer to rate (MaidCentral's "Rate last job"): the location's
 * last completed visit, while it ended no more than 45 days ago and nobody has rated it. Only the
 * last one: a nightly clean must not turn into a pile of questions about every earlier night.
 */
export async function lastJob(ctx: AppContext, actor: PortalActor, locationId: string): Promise<LastJob> {
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'feedback');
  const cutoff = ratingCutoff(ctx.now());
  // A visit that ended inside the window may have started up to its longest length before it.
  const last = await repo.latestCompletedVisit(ctx.db, actor.tenantId, locationId, isoNow(new Date(cutoff - minutes(maxDurationMinutes))));
  const asked = last && !last.rated && Date.parse(last.starts_at) + minutes(last.duration_minutes) >= cutoff;
  return { visit: asked ? { id: last.id, name: last.name, startsAt: last.starts_at, timeZone: last.time_zone } : null };
}

/** A portal user rates a location, or a visit there; the staff who look after it are told at once. */
export async function giveFeedback(ctx: AppContext, actor: PortalActor, input: ParsedFeedback): Promise<Feedback> {
  const feedback = await ctx.db.transaction().execute(async (trx) => {
    const location = await requirePortalLocation(trx, actor.tenantId, actor.userId, input.locationId, 'feedback');
    const customer = (await repo.findCustomer(trx, actor.tenantId, location.customer_id))!;
    const visitId = input.visitId ? await rateableVisit(trx, actor.tenantId, location.id, input.visitId, ctx.now()) : null;
    const id = newId();
    await repo
      .insertFeedback(trx, actor.tenantId, {
        id,
        customer_id: customer.id,
        location_id: location.id,
        portal_user_id: actor.userId,
        visit_id: visitId,
        rating: input.rating,
        note: input.note ?? null,
        created_at: isoNow(),
      })
      .catch((error: unknown) => {
        // Two people of the customer rating the same visit at once: the first one counts.
        throw isUniqueViolation(error) ? new AppError('conflict', message('feedback.visitRated')) : error;
      });
    const notice: StaffNotice = {
      kind: 'feedback',
      words: (language) => {
        const t = translator(language);
        const numbers = numberFormat(language);
        const names = { customer: customer.name, location: location.name, rating: ratingName(t, input.rating) };
        const body = t('staffNotices.feedback.body', { ns: 'emails', ...names, person: actor.name, score: numbers.format(input.rating), max: numbers.format(feedbackRatings.length) });
        return { title: t('staffNotices.feedback.title', { ns: 'emails', ...names }), body: [body, ...(input.note ? ['', input.note] : [])].join('\n') };
      },
      // The office reads feedback by location; a single rating has no page of its own.
      link: `/office/feedback?locationId=${location.id}`,
    };
    await notifyLocationStaff(trx, { publicUrl: ctx.config.publicUrl, smtpConfigured: ctx.smtpConfigured }, actor.tenantId, location.id, notice);
    await addStaffNotifications(trx, actor.tenantId, notice);
    return toFeedback((await repo.findFeedback(trx, actor.tenantId, id))!);
  });
  ctx.wakeMailWorker();
  return feedback;
}

async function pageOfFeedback(db: Executor, tenantId: TenantId, filter: repo.FeedbackFilter, page: Page): Promise<FeedbackList> {
  const { items, total } = await repo.listFeedback(db, tenantId, filter, page);
  return { items: items.map(toFeedback), total, page: page.page, pageSize: page.pageSize };
}

export async function listLocationFeedback(ctx: AppContext, actor: PortalActor, locationId: string, query: Page & { maxRating?: number }): Promise<FeedbackList> {
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'feedback');
  return pageOfFeedback(ctx.db, actor.tenantId, { locationId, maxRating: query.maxRating }, query);
}

/** Another company's customer or location is not found, like any unknown id. */
async function assertScope(db: Executor, tenantId: TenantId, scope: { customerId?: string; locationId?: string }): Promise<void> {
  if (scope.customerId && !(await repo.findCustomer(db, tenantId, scope.customerId))) throw notFound('customer');
  if (scope.locationId && !(await repo.findLocation(db, tenantId, scope.locationId))) throw notFound('location');
}

export async function listFeedback(db: Executor, tenantId: TenantId, query: FeedbackQuery, now: Date): Promise<FeedbackList> {
  await assertScope(db, tenantId, query);
  const since = query.withinDays ? isoAfter(-days(query.withinDays), now) : undefined;
  return pageOfFeedback(db, tenantId, { customerId: query.customerId, locationId: query.locationId, maxRating: query.maxRating, since }, query);
}

/** The `count` calendar months (UTC) ending with the month of `now`, oldest first, as YYYY-MM. */
export function monthsUpTo(now: Date, count: number): string[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month - (count - 1 - i), 1)).toISOString().slice(0, 7));
}

const twoDecimals = (n: number) => Math.round(n * 100) / 100;

/**
 * Average rating per month, and over all ratings of those months together. Grouped here
 * rather than in SQL: timestamps are ISO text in UTC, so the month is the first seven
 * characters on both databases, with no date functions that differ between them.
 */
export function trendOf(ratings: { rating: number; created_at: string }[], months: string[]): FeedbackTrend {
  const byMonth = new Map(months.map((m) => [m, { sum: 0, count: 0 }]));
  for (const { rating, created_at } of ratings) {
    const bucket = byMonth.get(created_at.slice(0, 7));
    if (!bucket) continue;
    bucket.sum += rating;
    bucket.count += 1;
  }
  const buckets = [...byMonth.values()];
  const sum = buckets.reduce((total, b) => total + b.sum, 0);
  const count = buckets.reduce((total, b) => total + b.count, 0);
  return {
    months: [...byMonth].map(([month, b]) => ({ month, average: b.count ? twoDecimals(b.sum / b.count) : null, count: b.count })),
    overallAverage: count ? twoDecimals(sum / count) : null,
  };
}

export async function feedbackTrend(db: Executor, tenantId: TenantId, query: TrendQuery, now = new Date()): Promise<FeedbackTrend> {
  const scope = query.locationId ? { locationId: query.locationId } : { customerId: query.customerId };
  await assertScope(db, tenantId, scope);
  const months = monthsUpTo(now, query.months);
  const ratings = await repo.ratingsSince(db, tenantId, scope, `${months[0]}-01T00:00:00.000Z`);
  return trendOf(ratings, months);
}
