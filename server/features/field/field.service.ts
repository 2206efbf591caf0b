import type { z } from 'zod';
import {
  onMyWayLeadMinutes,
  upcomingDays,
  type ClockResult,
  type clockInputSchema,
  type FieldVisit,
  type FieldVisitList,
  type OnMyWayResult,
  type OnSite,
  type onMyWayInputSchema,
  type Timesheet,
  type timesheetCorrectionSchema,
  type WhosWorking,
} from '../../../shared/features/field/field.contract.ts';
import type { VisitStatus } from '../../../shared/features/visits/visits.contract.ts';
import { deviceTime, maxClockAheadMinutes, maxOfflineHours } from '../../../shared/offline-writes.ts';
import { formatDateTime } from '../../../shared/i18n/format.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { days, hours, isoNow, localDateOf, minutes } from '../../lib/time.ts';
import { readStaffPhoto } from '../../platform/attachments/staff-photos.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { ensureChecklist, firstName, type PlanOfLocation } from './checklist.service.ts';
import { tellCustomerDone } from './completion.ts';
import * as repo from './field.repository.ts';
import { visitCustomerGets } from '../../platform/notifications/customer-notices.ts';

type ClockInput = z.output<typeof clockInputSchema>;
type OnMyWayInput = z.output<typeof onMyWayInputSchema>;
type Correction = z.output<typeof timesheetCorrectionSchema>;

/**
 * The arrival the customer was given for a visit. The visits feature knows the company's window
 * rule; `app.ts` hands it in, so this feature does not reach into that one.
 */
export type CompanyArrival = (start: Date, zone: string, company: Tenant) => { from: Date; to: Date };

export interface FieldDependencies {
  companyArrival: CompanyArrival;
  planOfLocation: PlanOfLocation;
}

const fieldVisitNotFound = () => notFound('visit');

// ── My visits ───────────────────────────────────────────────────────────────────────────

/** My visits and clock-ins around the visits On my way is weighed for, read once for them all. */
interface MyDays {
  visits: repo.FieldVisitRow[];
  clockIns: string[];
}

/**
 * Everything On my way's rule reads for these visits, in two statements however many there are:
 * my visits from 26 hours before the earliest (the longest day on any clock) to the latest, and my
 * clock-ins from 26 hours before the first visit of that earliest day until now.
 */
async function myDaysAround(ctx: AppContext, actor: StaffActor, visits: repo.FieldVisitRow[], now: Date): Promise<MyDays> {
  const starts = visits.filter((visit) => visit.status === 'scheduled').map((visit) => Date.parse(visit.starts_at));
  if (starts.length === 0) return { visits: [], clockIns: [] };
  const from = Math.min(...starts) - hours(26);
  const [mine, clockIns] = await Promise.all([
    repo.visitsOf(ctx.db, actor.tenantId, actor.userId, isoNow(new Date(from)), isoNow(new Date(Math.max(...starts) + 1))),
    repo.clockInsBetween(ctx.db, actor.tenantId, actor.userId, isoNow(new Date(from - hours(26))), isoNow(new Date(now.getTime() + 1))),
  ]);
  return { visits: mine, clockIns };
}

/**
 * Whether On my way is offered for a visit: only before it starts, once per person, and from an
 * hour before the first visit of my day on its location's clock, or for a later visit once I have
 * clocked in anywhere that day.
 */
function onMyWayOffered(visit: repo.FieldVisitRow, now: Date, myDays: MyDays): boolean {
  if (visit.status !== 'scheduled') return false;
  const start = Date.parse(visit.starts_at);
  const day = localDateOf(new Date(start), visit.time_zone);
  // A day is at most 26 hours long on any clock, so my visits that day all start in this span.
  const first = myDays.visits.find((row) => {
    const at = Date.parse(row.starts_at);
    return at >= start - hours(26) && at <= start && localDateOf(new Date(at), visit.time_zone) === day;
  });
  if (!first || first.id === visit.id) return now.getTime() >= start - minutes(onMyWayLeadMinutes);
  const from = Date.parse(first.starts_at) - hours(26);
  return myDays.clockIns.some((at) => Date.parse(at) >= from && Date.parse(at) <= now.getTime());
}

async function describeFieldVisits(ctx: AppContext, deps: FieldDependencies, actor: StaffActor, rows: repo.FieldVisitRow[]): Promise<FieldVisit[]> {
  const ids = rows.map((row) => row.id);
  const now = ctx.now();
  const [tenant, teams, sheets, sent, myDays] = await Promise.all([
    requireTenant(ctx.db, actor.tenantId),
    repo.teamsOf(ctx.db, actor.tenantId, ids),
    repo.timesheetsOf(ctx.db, actor.tenantId, ids),
    repo.onMyWaySent(ctx.db, actor.tenantId, actor.userId, ids),
    myDaysAround(ctx, actor, rows, now),
  ]);
  return rows.map((row) => {
    const start = new Date(row.starts_at);
    const arrival = deps.companyArrival(start, row.time_zone, tenant);
    const own = sheets.filter((sheet) => sheet.visit_id === row.id);
    const mine = own.find((sheet) => sheet.staff_user_id === actor.userId) ?? null;
    const sentAt = sent.get(row.id) ?? null;
    return {
      id: row.id,
      name: row.name,
      customerName: row.customer_name,
      locationName: row.location_name,
      address: row.address,
      timeZone: row.time_zone,
      startsAt: row.starts_at,
      endsAt: isoNow(new Date(start.getTime() + minutes(row.duration_minutes))),
      durationMinutes: row.duration_minutes,
      arrivalFrom: isoNow(arrival.from),
      arrivalTo: isoNow(arrival.to),
      status: row.status,
      accessNotes: row.access_notes,
      notes: row.notes,
      team: teams
        .filter((member) => member.visit_id === row.id)
        .map((member) => ({ id: member.id, name: member.name, onSite: own.some((sheet) => sheet.staff_user_id === member.id && !sheet.clocked_out_at) })),
      myTimesheet: mine ? { id: mine.id, clockedInAt: mine.clocked_in_at, clockedOutAt: mine.clocked_out_at } : null,
      canClockIn: !mine && row.status !== 'completed',
      canClockOut: Boolean(mine && !mine.clocked_out_at),
      onMyWay: { offered: !sentAt && !mine && onMyWayOffered(row, now, myDays), sentAt },
    };
  });
}

/** My visits today (on each location's clock) and in the seven days after, in order. */
export async function myVisits(ctx: AppContext, deps: FieldDependencies, actor: StaffActor): Promise<FieldVisitList> {
  const now = ctx.now();
  // Wide enough for today on any clock, and for a visit still under way since yesterday.
  const rows = await repo.visitsOf(ctx.db, actor.tenantId, actor.userId, isoNow(new Date(now.getTime() - days(2))), isoNow(new Date(now.getTime() + days(upcomingDays + 2))));
  const today: repo.FieldVisitRow[] = [];
  const upcoming: repo.FieldVisitRow[] = [];
  for (const row of rows) {
    const day = localDateOf(new Date(row.starts_at), row.time_zone);
    const todayThere = localDateOf(now, row.time_zone);
    const lastDay = localDateOf(new Date(now.getTime() + days(upcomingDays)), row.time_zone);
    if (day === todayThere || (day < todayThere && row.status === 'in_progress')) today.push(row);
    else if (day > todayThere && day <= lastDay) upcoming.push(row);
  }
  const described = await describeFieldVisits(ctx, deps, actor, [...today, ...upcoming]);
  return { today: described.slice(0, today.length), upcoming: described.slice(today.length) };
}

export async function myVisit(ctx: AppContext, deps: FieldDependencies, actor: StaffActor, visitId: string): Promise<FieldVisit> {
  const row = await repo.visitOf(ctx.db, actor.tenantId, actor.userId, visitId);
  if (!row) throw fieldVisitNotFound();
  return (await describeFieldVisits(ctx, deps, actor, [row]))[0]!;
}

// ── Clock in and out ────────────────────────────────────────────────────────────────────

/**
 * The visit's status from its timesheets: completed when every team member has clocked out,
 * in progress once anyone clocked in, scheduled before that. Skipped and cancelled stay.
 */
async function settleVisitStatus(ctx: AppContext, db: Executor, tenantId: TenantId, visitId: string, stamp: string): Promise<VisitStatus> {
  const visit = await repo.findVisit(db, tenantId, visitId);
  if (!visit) throw fieldVisitNotFound();
  if (visit.status === 'skipped' || visit.status === 'cancelled') return visit.status;
  const [team, sheets] = await Promise.all([repo.teamClockOuts(db, tenantId, visitId), repo.timesheetsOf(db, tenantId, [visitId])]);
  const status: VisitStatus =
    sheets.length === 0 ? 'scheduled' : team.length > 0 && team.every((member) => member.clocked_out_at) && sheets.every((sheet) => sheet.clocked_out_at) ? 'completed' : 'in_progress';
  if (status !== visit.status) await repo.setVisitStatus(db, tenantId, visitId, status, stamp);
  if (status === 'completed') await tellCustomerDone(ctx, db, tenantId, visitId, stamp);
  return status;
}

function clockResult(sheet: { id: string; clocked_in_at: string; clocked_out_at: string | null }, visitStatus: VisitStatus): ClockResult {
  return { timesheet: { id: sheet.id, clockedInAt: sheet.clocked_in_at, clockedOutAt: sheet.clocked_out_at }, visitStatus };
}

/** The first answer to a write the device sends again; a client id used for something else is refused. */
async function replayed(ctx: AppContext, actor: StaffActor, visitId: string, column: 'clock_in_client_id' | 'clock_out_client_id', clientId: string): Promise<ClockResult | null> {
  const earlier = await repo.timesheetByClientId(ctx.db, actor.tenantId, column, clientId);
  if (!earlier) return null;
  if (earlier.visit_id !== visitId || earlier.staff_user_id !== actor.userId) throw new AppError('conflict', message('field.clientIdTaken'));
  // A phone sends its kept writes again in the order it made them, so a clock-in can come back after
  // its clock-out: it is answered as it was, an open timesheet on a visit under way (a clock-in of a
  // skipped or cancelled visit is refused, so a first clock-in never answered anything else).
  if (column === 'clock_in_client_id') return clockResult({ ...earlier, clocked_out_at: null }, 'in_progress');
  const visit = await repo.findVisit(ctx.db, actor.tenantId, visitId);
  return clockResult(earlier, visit?.status ?? 'in_progress');
}

/**
 * When a clock-in or out happened: the tap's time from the device when it gives one (a write kept
 * without a signal arrives long after it was made), otherwise the server's. A device clock a little
 * ahead is skew, so the time is never later than the server's now; a time further ahead, or older
 * than a phone may keep a write, is refused, and the office corrects the timesheet instead.
 */
function tapTime(at: string | undefined, now: Date): string {
  if (at === undefined) return isoNow(now);
  const tapped = deviceTime(at, now);
  if (tapped === 'ahead') throw new AppError('validation_failed', message('field.tapAhead'), { at: message('field.tapAheadField', { minutes: maxClockAheadMinutes }) });
  if (tapped === 'tooOld') throw new AppError('validation_failed', message('field.tapTooOld', { hours: maxOfflineHours }), { at: message('field.tapTooOldField', { hours: maxOfflineHours }) });
  return isoNow(tapped);
}

function announce(ctx: AppContext, tenantId: TenantId, locationId: string, visitId: string): void {
  ctx.events.publish({ tenantId, topic: 'visits', locationId, id: visitId });
}

/** Clocks me in at a visit of my team. The visit is in progress from the first clock-in. */
export async function clockIn(ctx: AppContext, deps: FieldDependencies, actor: StaffActor, visitId: string, input: ClockInput): Promise<ClockResult> {
  const visit = await repo.visitOf(ctx.db, actor.tenantId, actor.userId, visitId);
  if (!visit) throw fieldVisitNotFound();
  const again = await replayed(ctx, actor, visitId, 'clock_in_client_id', input.clientId);
  if (again) return again;
  if (visit.status === 'skipped' || visit.status === 'cancelled') throw new AppError('conflict', message('field.visitClosed'));
  const now = ctx.now();
  const clockedInAt = tapTime(input.at, now);
  const stamp = isoNow(now);
  try {
    const result = await ctx.db.transaction().execute(async (trx) => {
      if (await repo.timesheetOfPerson(trx, actor.tenantId, visitId, actor.userId)) throw new AppError('conflict', message('field.alreadyClockedIn'));
      // Work starts: the checklist is the plan as it is now, even if nobody opened the visit first.
      await ensureChecklist(trx, deps.planOfLocation, actor.tenantId, visit);
      const sheet = {
        id: newId(),
        visit_id: visitId,
        staff_user_id: actor.userId,
        clock_in_client_id: input.clientId,
        clocked_in_at: clockedInAt,
        clock_in_latitude: input.position?.latitude ?? null,
        clock_in_longitude: input.position?.longitude ?? null,
        clock_in_accuracy: input.position?.accuracy ?? null,
        clock_out_client_id: null,
        clocked_out_at: null,
        clock_out_latitude: null,
        clock_out_longitude: null,
        clock_out_accuracy: null,
        corrected_at: null,
        created_at: stamp,
        updated_at: stamp,
      };
      await repo.insertTimesheet(trx, actor.tenantId, sheet);
      return clockResult(sheet, await settleVisitStatus(ctx, trx, actor.tenantId, visitId, stamp));
    });
    announce(ctx, actor.tenantId, visit.location_id, visitId);
    return result;
  } catch (error) {
    // Two sends of one write at once: the second finds the first's row; a true second clock-in is refused.
    if (!isUniqueViolation(error)) throw error;
    const again = await replayed(ctx, actor, visitId, 'clock_in_client_id', input.clientId);
    if (again) return again;
    throw new AppError('conflict', message('field.alreadyClockedIn'));
  }
}

/** Clocks me out of a visit; the visit completes when every team member has clocked out. */
export async function clockOut(ctx: AppContext, actor: StaffActor, visitId: string, input: ClockInput): Promise<ClockResult> {
  const visit = await repo.visitOf(ctx.db, actor.tenantId, actor.userId, visitId);
  if (!visit) throw fieldVisitNotFound();
  const again = await replayed(ctx, actor, visitId, 'clock_out_client_id', input.clientId);
  if (again) return again;
  const now = ctx.now();
  const clockedOutAt = tapTime(input.at, now);
  const stamp = isoNow(now);
  try {
    const result = await ctx.db.transaction().execute(async (trx) => {
      const sheet = await repo.timesheetOfPerson(trx, actor.tenantId, visitId, actor.userId);
      if (!sheet) throw new AppError('conflict', message('field.notClockedIn'));
      if (sheet.clocked_out_at) throw new AppError('conflict', message('field.alreadyClockedOut'));
      if (Date.parse(clockedOutAt) < Date.parse(sheet.clocked_in_at)) {
        throw new AppError('validation_failed', message('field.outBeforeIn'), { at: message('validation.outBeforeIn') });
      }
      const values = {
        clock_out_client_id: input.clientId,
        clocked_out_at: clockedOutAt,
        clock_out_latitude: input.position?.latitude ?? null,
        clock_out_longitude: input.position?.longitude ?? null,
        clock_out_accuracy: input.position?.accuracy ?? null,
        updated_at: stamp,
      };
      // Closed meanwhile by another clock-out that got there first.
      if (!(await repo.clockOut(trx, actor.tenantId, sheet.id, values))) throw new AppError('conflict', message('field.alreadyClockedOut'));
      return clockResult({ ...sheet, ...values }, await settleVisitStatus(ctx, trx, actor.tenantId, visitId, stamp));
    });
    announce(ctx, actor.tenantId, visit.location_id, visitId);
    // The customer's done email went to the outbox with the last clock-out.
    if (result.visitStatus === 'completed') ctx.wakeMailWorker();
    return result;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const again = await replayed(ctx, actor, visitId, 'clock_out_client_id', input.clientId);
    if (again) return again;
    throw new AppError('conflict', message('field.alreadyClockedOut'));
  }
}

// ── On my way ───────────────────────────────────────────────────────────────────────────

/** Tells the location's portal users, each in their language, that I am on my way and when I expect to arrive. Once per visit per person. */
export async function sendOnMyWay(ctx: AppContext, actor: StaffActor, visitId: string, input: OnMyWayInput): Promise<OnMyWayResult> {
  const visit = await repo.visitOf(ctx.db, actor.tenantId, actor.userId, visitId);
  if (!visit) throw fieldVisitNotFound();
  if (visit.status !== 'scheduled') throw new AppError('conflict', message('field.onMyWayNotNow'));
  const now = ctx.now();
  const sentBefore = (await repo.onMyWaySent(ctx.db, actor.tenantId, actor.userId, [visitId])).get(visitId);
  if (sentBefore) throw new AppError('conflict', message('field.onMyWayAlreadySent'));
  if (!onMyWayOffered(visit, now, await myDaysAround(ctx, actor, [visit], now))) throw new AppError('conflict', message('field.onMyWayNotYet'));
  const expectedAt = isoNow(new Date(now.getTime() + minutes(input.minutes)));
  const sentAt = isoNow(now);
  const recipients = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.claimOnMyWay(trx, actor.tenantId, { visit_id: visitId, staff_user_id: actor.userId, expected_at: expectedAt, sent_at: sentAt }))) {
      throw new AppError('conflict', message('field.onMyWayAlreadySent'));
    }
    const tenant = await requireTenant(trx, actor.tenantId);
    // A customer the office switched On my way off for is told nothing; the claim still stands, so the team is not offered it again.
    const people = (await visitCustomerGets(trx, actor.tenantId, visitId, 'onMyWay')) ? await repo.locationPortalUsers(trx, actor.tenantId, visit.location_id) : [];
    for (const person of people) {
      const language = addresseeLanguage(person, tenant);
      const t = translator(language);
      const names = { ns: 'field' as const, company: tenant.display_name, name: firstName(actor.name), location: visit.location_name, time: formatDateTime(expectedAt, { locale: language, zone: visit.time_zone }) };
      await enqueueEmail(
        trx,
        {
          tenantId: actor.tenantId,
          to: person.email,
          subject: t('onMyWayEmail.subject', names),
          text: [t('greeting', { ns: 'emails', name: person.name }), '', t('onMyWayEmail.text', names), '', tenant.display_name].join('\n'),
        },
        ctx.smtpConfigured,
        now,
      );
    }
    return people.length;
  });
  ctx.wakeMailWorker();
  return { expectedAt, sentAt, recipients };
}

// ── Office ──────────────────────────────────────────────────────────────────────────────

function toTimesheet(row: repo.TimesheetRow): Timesheet {
  const position = (latitude: number | null, longitude: number | null, accuracy: number | null) => (latitude === null || longitude === null ? null : { latitude, longitude, accuracy });
  return {
    id: row.id,
    visitId: row.visit_id,
    staffId: row.staff_user_id,
    staffName: row.staff_name,
    clockedInAt: row.clocked_in_at,
    clockedOutAt: row.clocked_out_at,
    clockInPosition: position(row.clock_in_latitude, row.clock_in_longitude, row.clock_in_accuracy),
    clockOutPosition: position(row.clock_out_latitude, row.clock_out_longitude, row.clock_out_accuracy),
    correctedAt: row.corrected_at,
  };
}

export async function visitTimesheets(ctx: AppContext, tenantId: TenantId, visitId: string): Promise<Timesheet[]> {
  if (!(await repo.findVisit(ctx.db, tenantId, visitId))) throw notFound('visit');
  return (await repo.timesheetsOf(ctx.db, tenantId, [visitId])).map(toTimesheet);
}

/** A manager corrects a clocked time; the reason and both versions go to the audit log, and the visit's status follows. */
export async function correctTimesheet(ctx: AppContext, actor: StaffActor, id: string, input: Correction): Promise<Timesheet> {
  const stamp = isoNow(ctx.now());
  const { result, locationId } = await ctx.db.transaction().execute(async (trx) => {
    const sheet = await repo.findTimesheet(trx, actor.tenantId, id);
    if (!sheet) throw notFound('timesheet');
    const visit = await repo.findVisit(trx, actor.tenantId, sheet.visit_id);
    if (!visit) throw notFound('timesheet');
    const clockedInAt = isoNow(new Date(input.clockedInAt));
    const clockedOutAt = input.clockedOutAt ? isoNow(new Date(input.clockedOutAt)) : null;
    await repo.updateTimesheet(trx, actor.tenantId, id, { clocked_in_at: clockedInAt, clocked_out_at: clockedOutAt, corrected_at: stamp, updated_at: stamp });
    await recordAudit(trx, {
      tenantId: actor.tenantId,
      actorKind: 'staff',
      actorId: actor.userId,
      action: 'timesheet.corrected',
      subject: id,
      details: { visitId: sheet.visit_id, staffId: sheet.staff_user_id, reason: input.reason, before: { clockedInAt: sheet.clocked_in_at, clockedOutAt: sheet.clocked_out_at }, after: { clockedInAt, clockedOutAt } },
    });
    await settleVisitStatus(ctx, trx, actor.tenantId, sheet.visit_id, stamp);
    const [row] = await repo.timesheetsOf(trx, actor.tenantId, [sheet.visit_id]).then((rows) => rows.filter((r) => r.id === id));
    return { result: toTimesheet(row!), locationId: visit.location_id };
  });
  announce(ctx, actor.tenantId, locationId, result.visitId);
  // A correction may complete the visit, whose done email is then waiting.
  ctx.wakeMailWorker();
  return result;
}

/** Who is on site now at visits starting in a range: the schedule marks them. */
export async function onSite(ctx: AppContext, tenantId: TenantId, range: { from: string; to: string }): Promise<OnSite> {
  const rows = await repo.onSiteBetween(ctx.db, tenantId, range.from, range.to);
  const byVisit = new Map<string, { id: string; name: string }[]>();
  for (const row of rows) byVisit.set(row.visit_id, [...(byVisit.get(row.visit_id) ?? []), { id: row.id, name: row.name }]);
  return { items: [...byVisit].map(([visitId, people]) => ({ visitId, people })) };
}

// ── What the customer sees ──────────────────────────────────────────────────────────────

/**
 * Who is clocked in at a location now, by first name and role; only where the location has Who's
 * working on. `photoBase` is the portal's address of the location's staff photos.
 */
export async function whosWorking(ctx: AppContext, actor: PortalActor, locationId: string, photoBase: string): Promise<WhosWorking> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'whosWorking');
  const rows = await repo.onSiteAtLocation(ctx.db, actor.tenantId, location.id);
  // One line per person, even if they are clocked in at two visits there.
  const seen = new Set<string>();
  const people = rows.filter((row) => !seen.has(row.id) && seen.add(row.id));
  return {
    people: people.map((row) => ({
      firstName: firstName(row.name),
      role: row.role,
      // The file name changes with each new photo, so the address does too and browsers may cache it.
      photoUrl: row.photo_file ? `${photoBase}/${row.id}/photo?v=${encodeURIComponent(row.photo_file)}` : null,
      since: row.clocked_in_at,
    })),
    timeZone: location.time_zone,
  };
}

/**
 * A person's photo for the location's Who's working: only while they are clocked in there, so a
 * customer can never fetch the photo of someone who is not on their site now (404, as for an unknown id).
 */
export async function whosWorkingPhoto(ctx: AppContext, actor: PortalActor, locationId: string, staffId: string): Promise<Buffer> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'whosWorking');
  const person = (await repo.onSiteAtLocation(ctx.db, actor.tenantId, location.id)).find((row) => row.id === staffId);
  const data = person?.photo_file ? await readStaffPhoto(ctx.files, actor.tenantId, person.id, person.photo_file) : null;
  if (!data) throw notFound('file');
  return data;
}

/** A visit's clock-ins as the customer's next-visit card reads them: the first in, the last out, and whether anyone is still in. */
export type VisitProgress = { firstClockIn: string | null; lastClockOut: string | null; anyoneIn: boolean };

export async function visitProgress(db: Executor, tenantId: TenantId, visitId: string): Promise<VisitProgress> {
  const sheets = await repo.timesheetsOf(db, tenantId, [visitId]);
  const outs = sheets.map((sheet) => sheet.clocked_out_at).filter((at): at is string => at !== null).sort();
  return { firstClockIn: sheets[0]?.clocked_in_at ?? null, lastClockOut: outs.at(-1) ?? null, anyoneIn: sheets.some((sheet) => !sheet.clocked_out_at) };
}
