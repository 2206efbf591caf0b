import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar } from 'ical-generator';
import type { CalendarLink, CalendarSubscription } from '../../../shared/features/visits/portal-visits.contract.ts';
import { sameZone } from '../../../shared/i18n/format.ts';
import type { AppContext } from '../../context.ts';
import type { Tenant } from '../../db/schema.ts';
import type { PortalActor } from '../../http/auth.ts';
import { notFound } from '../../http/errors.ts';
import { newToken } from '../../lib/secrets.ts';
import { days, isoNow } from '../../lib/time.ts';
import { tenantIdOf } from '../../platform/tenants/tenant-id.ts';
import { findTenantBySlug } from '../../platform/tenants/tenants.repository.ts';
import * as repo from './portal-visits.repository.ts';
import { describeVisits } from './visits.service.ts';

/** What `newToken` makes: 32 random bytes, base64url. Anything else cannot be a calendar link. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * Only this hash of a calendar link's secret is kept, so the link is shown once and a copy of the
 * database opens nobody's calendar. The secret is 256 random bits: a plain SHA-256 is enough.
 */
function hashCalendarToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The feed address for a secret; the secret is the last part of the path, which the request log hides. */
export function calendarFeedUrl(publicUrl: string, slug: string, token: string): string {
  return `${publicUrl}/api/calendar/portal/${slug}/${token}.ics`;
}

export async function calendarSubscription(ctx: AppContext, tenant: Tenant, actor: PortalActor): Promise<CalendarSubscription> {
  return { subscribed: await repo.hasCalendarToken(ctx.db, actor.tenantId, actor.userId), feedDays: tenant.calendar_feed_days };
}

/** Makes a new secret link; an earlier one stops working at once. */
export async function subscribeCalendar(ctx: AppContext, tenant: Tenant, actor: PortalActor): Promise<CalendarLink> {
  const token = newToken();
  await repo.setCalendarTokenHash(ctx.db, actor.tenantId, actor.userId, hashCalendarToken(token));
  return { url: calendarFeedUrl(ctx.config.publicUrl, tenant.slug, token) };
}

export async function revokeCalendar(ctx: AppContext, actor: PortalActor): Promise<void> {
  await repo.setCalendarTokenHash(ctx.db, actor.tenantId, actor.userId, null);
}

/** `visits.ics` of the link's owner; a wrong, revoked or locked-out link, and a closed portal, are all 404. */
export async function calendarFeed(ctx: AppContext, slug: string, file: string): Promise<string> {
  const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
  const tenant = await findTenantBySlug(ctx.db, slug);
  if (!tenant || !tenant.portal_enabled || !tokenPattern.test(token)) throw notFound('calendar');
  const tenantId = tenantIdOf(tenant);
  const owner = await repo.findCalendarOwner(ctx.db, tenantId, hashCalendarToken(token));
  if (!owner) throw notFound('calendar');
  const now = ctx.now();
  const locationIds = await repo.visibleLocationIds(ctx.db, tenantId, owner.id);
  const rows = await repo.calendarVisits(ctx.db, tenantId, locationIds, isoNow(now), isoNow(new Date(now.getTime() + days(tenant.calendar_feed_days))));
  return visitsCalendar(tenant, new URL(ctx.config.publicUrl).hostname, now, await describeVisits(ctx.db, tenantId, rows));
}

/**
 * Each visit as an event on its location's clock: its zone named by TZID, with a VTIMEZONE for
 * every zone used, so a calendar in another zone still shows the right moment. A location on UTC
 * needs neither. The team is left out: the portal shows it only a day ahead.
 */
function visitsCalendar(tenant: Tenant, host: string, now: Date, visits: Awaited<ReturnType<typeof describeVisits>>): string {
  const calendar = new ICalCalendar({ name: tenant.display_name, prodId: { company: 'Porter', product: 'Visits' } });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const visit of visits) {
    const zone = sameZone(visit.timeZone, 'UTC') ? null : visit.timeZone;
    const at = (iso: string) => (zone ? new TZDate(Date.parse(iso), zone) : new Date(iso));
    calendar.createEvent({
      id: `${visit.id}@${host}`,
      start: at(visit.startsAt),
      end: at(visit.endsAt),
      timezone: zone,
      stamp: now,
      summary: visit.name,
      location: visit.address,
      description: visit.locationName,
    });
  }
  return calendar.toString();
}
