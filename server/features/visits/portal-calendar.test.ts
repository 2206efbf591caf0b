import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createPortalUser, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, startTestPorter, testDialects } from '../../test/harness.ts';
import { portalVisitsWorld } from './portal-visits.fixtures.ts';

type Feed = { uid: string; start: string; end: string; zone: string | null; summary: string; location: string };

/** The feed as a real iCalendar parser reads it, each zone's rules taken from the feed's own VTIMEZONEs. */
function parseFeed(text: string): Feed[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      zone: (component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
      summary: event.summary,
      location: event.location,
    };
  });
}

describe.each(testDialects())('calendar subscriptions on %s', (kind) => {
  let world: Awaited<ReturnType<typeof portalVisitsWorld>>;
  let home: string;
  let cabin: string;
  const feedPath = (url: string) => new URL(url).pathname;
  const fetchFeed = (url: string) => world.porter.app.inject({ url: feedPath(url) });

  beforeAll(async () => {
    world = await portalVisitsWorld(kind);
    [home, cabin] = world.family.locationIds as [string, string];
    // The second location keeps Copenhagen's clock: its visits at 09:00 there are 08:00 UTC in March, 07:00 from April.
    const db = inspect(world.porter.ctx.db);
    await db.updateTable('locations').set({ time_zone: 'Europe/Copenhagen' }).where('id', '=', cabin).execute();
    await db.deleteFrom('visits').where('location_id', '=', cabin).execute();
    await db.deleteFrom('account_services').where('location_id', '=', cabin).execute();
    await world.scheduleWeekly(world.a.owner, world.family.id, cabin);
    await db.updateTable('tenants').set({ calendar_feed_days: 34 }).where('id', '=', world.a.tenantId).execute();
  });
  afterAll(() => world.porter.close());

  async function subscribe(cookie: string): Promise<string> {
    const response = await callApi(world.porter, cookie, 'POST', `/api/portal/${world.a.slug}/calendar`);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().url;
  }

  it('gives a secret link once, keeps only its SHA-256 hash, and its feed lists the visits ahead on each location’s clock', async () => {
    const cookie = await world.signIn(world.a.slug, world.contact.email);
    expect((await callApi(world.porter, cookie, 'GET', `/api/portal/${world.a.slug}/calendar`)).json()).toEqual({ subscribed: false, feedDays: 34 });
    const url = await subscribe(cookie);
    expect(url).toMatch(new RegExp(`^http://porter\\.test/api/calendar/portal/${world.a.slug}/[A-Za-z0-9_-]{43}\\.ics$`));
    expect((await callApi(world.porter, cookie, 'GET', `/api/portal/${world.a.slug}/calendar`)).json().subscribed).toBe(true);
    const token = url.slice(url.lastIndexOf('/') + 1, -'.ics'.length);
    const stored = await inspect(world.porter.ctx.db).selectFrom('portal_users').select('calendar_token_hash').where('id', '=', world.contact.id).executeTakeFirstOrThrow();
    expect(stored.calendar_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.calendar_token_hash).not.toContain(token);

    const response = await fetchFeed(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = parseFeed(response.body);
    // 34 days from Monday 2 March at noon: the Mondays 9 March to 30 March at both of the contact's locations.
    const mondays = ['2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'];
    const atHome = events.filter((event) => event.location === '1 Test Street');
    const atCabin = events.filter((event) => event.location === '2 Test Street');
    expect(events).toHaveLength(atHome.length + atCabin.length);
    expect(atHome.map((event) => [event.start, event.end, event.zone])).toEqual(mondays.map((day) => [`${day}T09:00:00.000Z`, `${day}T11:00:00.000Z`, null]));
    // Copenhagen moves to summer time on 29 March: the visit stays at 09:00 there.
    expect(atCabin.map((event) => [event.start, event.zone])).toEqual([
      ['2026-03-09T08:00:00.000Z', 'Europe/Copenhagen'],
      ['2026-03-16T08:00:00.000Z', 'Europe/Copenhagen'],
      ['2026-03-23T08:00:00.000Z', 'Europe/Copenhagen'],
      ['2026-03-30T07:00:00.000Z', 'Europe/Copenhagen'],
    ]);
    expect(response.body).toContain('DTSTART;TZID=Europe/Copenhagen:20260330T090000');
    expect(response.body).toContain('BEGIN:VTIMEZONE');
    expect(events.every((event) => event.summary === 'Weekly clean' && event.uid.endsWith('@porter.test'))).toBe(true);
    // The team is named in the portal only a day ahead, so never in a feed.
    expect(response.body).not.toContain('Ana');
  });

  it('lists only the locations the contact may see, without skipped visits', async () => {
    const colleague = await world.signIn(world.a.slug, world.colleague.email);
    const skipped = await world.visitAt(home, '2026-03-16T09:00:00.000Z');
    await inspect(world.porter.ctx.db).updateTable('visits').set({ status: 'skipped' }).where('id', '=', skipped).execute();
    const events = parseFeed((await fetchFeed(await subscribe(colleague))).body);
    expect(events.map((event) => event.start)).toEqual(['2026-03-09T09:00:00.000Z', '2026-03-23T09:00:00.000Z', '2026-03-30T09:00:00.000Z']);
    expect(events.every((event) => event.location === '1 Test Street')).toBe(true);
    await inspect(world.porter.ctx.db).updateTable('visits').set({ status: 'scheduled' }).where('id', '=', skipped).execute();
  });

  it('answers 404 to a replaced, revoked, wrong or mangled link, on another company’s address, and for a locked contact', async () => {
    const cookie = await world.signIn(world.a.slug, world.singleContact.email);
    const first = await subscribe(cookie);
    const second = await subscribe(cookie);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    const token = second.slice(second.lastIndexOf('/') + 1);
    const elsewhere = `/api/calendar/portal/${world.b.slug}/${token}`;
    expect((await world.porter.app.inject({ url: elsewhere })).statusCode).toBe(404);
    for (const wrong of ['A'.repeat(43), 'short', token.replace('.ics', ''), token.replace('.ics', '.txt')]) {
      expect((await world.porter.app.inject({ url: `/api/calendar/portal/${world.a.slug}/${wrong}` })).statusCode, wrong).toBe(404);
    }

    await inspect(world.porter.ctx.db).updateTable('portal_users').set({ locked_at: new Date().toISOString() }).where('id', '=', world.singleContact.id).execute();
    expect((await fetchFeed(second)).statusCode).toBe(404);
    await inspect(world.porter.ctx.db).updateTable('portal_users').set({ locked_at: null }).where('id', '=', world.singleContact.id).execute();
    expect((await fetchFeed(second)).statusCode).toBe(200);

    const revoked = await callApi(world.porter, await world.signIn(world.a.slug, world.singleContact.email), 'DELETE', `/api/portal/${world.a.slug}/calendar`);
    expect(revoked.statusCode).toBe(204);
    expect((await fetchFeed(second)).statusCode).toBe(404);
  });

  it('needs a session to make or stop a link', async () => {
    expect((await world.porter.app.inject({ method: 'POST', url: `/api/portal/${world.a.slug}/calendar` })).statusCode).toBe(401);
    expect((await world.porter.app.inject({ method: 'DELETE', url: `/api/portal/${world.a.slug}/calendar` })).statusCode).toBe(401);
  });
});

describe.each(testDialects())('the request log of calendar feeds on %s', (kind) => {
  it('records a feed’s address without its secret, whether the link works or not', async () => {
    const lines: string[] = [];
    const porter = await startTestPorter(kind, { LOG_LEVEL: 'info' }, { logStream: { write: (line) => lines.push(line) } });
    const tenant = await createTenant(porter.ctx.db);
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const cookie = await signInPortal(porter, tenant.slug, contact.email);
    const url = (await callApi(porter, cookie, 'POST', `/api/portal/${tenant.slug}/calendar`)).json().url as string;
    const secret = url.slice(url.lastIndexOf('/') + 1, -'.ics'.length);
    expect((await porter.app.inject({ url: new URL(url).pathname })).statusCode).toBe(200);
    expect((await porter.app.inject({ url: `/api/calendar/portal/${tenant.slug}/${'B'.repeat(43)}.ics?x=1` })).statusCode).toBe(404);
    await porter.close();

    const log = lines.join('');
    expect(log).toContain(`"url":"/api/calendar/portal/${tenant.slug}/[redacted]"`);
    expect(log).toContain(`"url":"/api/calendar/portal/${tenant.slug}/[redacted]?x=1"`);
    expect(log).not.toContain(secret);
    expect(log).not.toContain('B'.repeat(43));
  });
});
