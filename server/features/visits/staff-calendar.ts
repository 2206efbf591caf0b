import { TZDate } from '@date-fns/tz';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Visit } from '../../../shared/features/visits/visits.contract.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { hashToken, newToken } from '../../lib/secrets.ts';
import { days, hours, minutes } from '../../lib/time.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { findTenantBySlug } from '../../platform/tenants/tenants.repository.ts';
import * as scheduleRepo from './schedule.repository.ts';
import { describeVisits } from './visits.service.ts';
import * as visitsRepo from './visits.repository.ts';

/** The feed looks back this far, so a visit just done is still in the calendar. */
const feedDaysBack = 7;
/** A feed lists at most this many visits; a calendar app could not show more usefully. */
const feedLimit = 1000;

// The token is the whole secret: it sits in the address, and only its keyed SHA-256 hash is stored.
export const calendarFeedPath = (slug: string, token: string) => `/api/calendar/staff/${slug}/${token}.ics`;

// ── The link ────────────────────────────────────────────────────────────────────────────

export async function calendarLinkStatus(ctx: AppContext, actor: StaffActor): Promise<{ active: boolean }> {
  const row = await scheduleRepo.staffCalendarHash(ctx.db, actor.tenantId, actor.userId);
  return { active: Boolean(row?.calendar_token_hash) };
}

/** A new secret link, shown this once; any earlier link stops working. */
export async function createCalendarLink(ctx: AppContext, actor: StaffActor): Promise<{ url: string }> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const token = newToken();
  await scheduleRepo.setStaffCalendarHash(ctx.db, actor.tenantId, actor.userId, hashToken(token, ctx.config.sessionSecret));
  return { url: `${ctx.config.publicUrl}${calendarFeedPath(tenant.slug, token)}` };
}

export async function revokeCalendarLink(ctx: AppContext, actor: StaffActor): Promise<void> {
  await scheduleRepo.setStaffCalendarHash(ctx.db, actor.tenantId, actor.userId, null);
}

// ── The feed ────────────────────────────────────────────────────────────────────────────

/** `+0530`, `-0400`: an offset as iCalendar writes it. */
function offsetText(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const whole = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}${String(whole % 60).padStart(2, '0')}`;
}

/** Minutes the zone's clock is ahead of UTC at an instant, read with Intl so the server's own zone never matters. */
function offsetAt(zone: string, instant: number): number {
  return new TZDate(instant, zone).getTimezoneOffset() * -1;
}

/** `20260308T020000`: the zone's wall clock at an instant, before the change it starts. */
function wallClock(instant: number, offsetMinutes: number): string {
  return new Date(instant + minutes(offsetMinutes)).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** The instants in [from, to) where the zone's offset changes, found hour by hour and then to the minute. */
function transitions(zone: string, from: number, to: number): { at: number; before: number; after: number }[] {
  const found: { at: number; before: number; after: number }[] = [];
  let previous = offsetAt(zone, from);
  for (let hour = from + hours(1); hour < to + hours(1); hour += hours(1)) {
    const offset = offsetAt(zone, hour);
    if (offset === previous) continue;
    let low = hour - hours(1);
    let high = hour;
    while (high - low > minutes(1)) {
      const middle = low + Math.floor((high - low) / minutes(2)) * minutes(1);
      if (offsetAt(zone, middle) === previous) low = middle;
      else high = middle;
    }
    found.push({ at: high, before: previous, after: offset });
    previous = offset;
  }
  return found;
}

/**
 * The VTIMEZONE RFC 5545 asks for with each TZID, written from the zone rules Node itself
 * knows (so never older than the server's): the offset in force at the feed's start, and each
 * change in the feed's span. The larger of two offsets a year is its summer (daylight) time.
 */
export function vtimezone(zone: string, from: number, to: number): string {
  const year = new Date(from).getUTCFullYear();
  const standard = Math.min(offsetAt(zone, Date.UTC(year, 0, 1)), offsetAt(zone, Date.UTC(year, 6, 1)));
  const part = (onset: string, before: number, after: number) => {
    const kind = after > standard ? 'DAYLIGHT' : 'STANDARD';
    return [`BEGIN:${kind}`, `DTSTART:${onset}`, `TZOFFSETFROM:${offsetText(before)}`, `TZOFFSETTO:${offsetText(after)}`, `END:${kind}`];
  };
  const initial = offsetAt(zone, from);
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...part(wallClock(from, initial), initial, initial),
    ...transitions(zone, from, to).flatMap((change) => part(wallClock(change.at, change.before), change.before, change.after)),
    'END:VTIMEZONE',
  ];
  return lines.join('\r\n');
}

function eventDescription(visit: Visit, t: ReturnType<typeof translator>): string {
  return [
    t('calendar.team', { ns: 'emails', team: visit.team.map((member) => member.name).join(', ') || '—' }),
    ...(visit.notes ? ['', t('calendar.notes', { ns: 'emails' }), visit.notes] : []),
  ].join('\n');
}

/**
 * A staff member's visits from a week ago to the company's calendar horizon, as iCalendar: each
 * at its location's time zone (TZID with its VTIMEZONE) and address. A token that is wrong,
 * replaced or revoked, or of someone no longer let in, finds nothing: 404.
 */
export async function staffCalendarFeed(ctx: AppContext, slug: string, file: string): Promise<string> {
  const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
  const tenant = await findTenantBySlug(ctx.db, slug);
  if (!tenant || token === '') throw notFound('calendar');
  const tenantId = tenant.id as TenantId;
  const staff = await scheduleRepo.staffByCalendarHash(ctx.db, tenantId, hashToken(token, ctx.config.sessionSecret));
  if (!staff) throw notFound('calendar');

  const now = ctx.now().getTime();
  const from = now - days(feedDaysBack);
  const to = now + days(tenant.calendar_feed_days);
  const rows = await visitsRepo.visits(ctx.db, tenantId, { staffId: staff.id, from: new Date(from).toISOString(), to: new Date(to).toISOString() }, { limit: feedLimit, order: 'asc' });
  const visits = (await describeVisits(ctx.db, tenantId, rows)).filter((visit) => visit.status !== 'skipped' && visit.status !== 'cancelled');

  const t = translator(addresseeLanguage(staff, tenant));
  const calendar = ical({
    name: t('calendar.name', { ns: 'emails', company: tenant.display_name, person: staff.name }),
    prodId: { company: 'Porter', product: 'Porter schedule', language: 'EN' },
    // Visits span at most a few zones; each gets its rules for this feed's span (a visit ends at most two days after it starts).
    timezone: { name: null, generator: (zone) => vtimezone(zone, from, to + days(2)) },
    ttl: hours(1) / 1000,
  });
  for (const visit of visits) {
    calendar.createEvent({
      id: `${visit.id}@porter`,
      start: new TZDate(Date.parse(visit.startsAt), visit.timeZone),
      end: new TZDate(Date.parse(visit.endsAt), visit.timeZone),
      timezone: visit.timeZone,
      stamp: ctx.now(),
      summary: t('calendar.summary', { ns: 'emails', service: visit.name, customer: visit.customerName }),
      location: visit.address,
      description: eventDescription(visit, t),
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
