import ICAL from 'ical.js';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../server/lib/ids.ts';
import { callApi, inspect, signInStaff } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const day = 86_400_000;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

describe('the customer’s visits in the portal', () => {
  const run = useJourney();
  // The weekly clean comes three days from now each week: its next visit is always more than a day ahead.
  const weekday = new Date(Date.now() + 3 * day).getUTCDay();

  beforeAll(async () => {
    const db = inspect(run.porter.ctx.db);
    const mainClinic = await db.selectFrom('locations').select(['id', 'customer_id']).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow();
    // The demo's own services at Main Clinic make way, so the journey knows exactly what comes next there.
    await db.deleteFrom('visits').where('location_id', '=', mainClinic.id).execute();
    await db.deleteFrom('account_services').where('location_id', '=', mainClinic.id).execute();
    const owner = await signInStaff(run.porter, 'owner@demo.test', 'porter-demo');
    const add = async (body: object) => {
      const response = await callApi(run.porter, owner, 'POST', `/api/office/customers/${mainClinic.customer_id}/account-services`, { locationId: mainClinic.id, ...body });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const weekly = await add({
      name: 'Weekly clean',
      frequency: { kind: 'weekly', interval: 1, days: [weekdayCodes[weekday]] },
      startDate: isoDay(Date.now() - 14 * day),
      startTime: '09:00',
      durationMinutes: 120,
      price: 12_000,
      rateModifications: [
        { name: 'Pet surcharge', kind: 'fixed', amount: 1_500 },
        { name: 'Loyalty discount', kind: 'percent', amount: -1_000 },
      ],
    });
    expect((await callApi(run.porter, owner, 'POST', `/api/office/account-services/${weekly}/schedule`)).statusCode).toBe(200);
    await add({ name: 'Window cleaning', frequency: { kind: 'monthlyByWeekday', interval: 1, nth: -1, weekday: 'FR' }, startDate: isoDay(Date.now() + 30 * day), startTime: '10:00', durationMinutes: 90, price: 8_000 });
  });

  it('a customer reads the next visit with its price, asks to move one, skips one far ahead and subscribes to the calendar', async () => {
    // Light at both widths, and dark on a phone: the green total keeps its contrast on either surface.
    for (const [label, viewport, colorScheme] of [['desktop', desktop, 'light'], ['phone', phone, 'light'], ['phone-dark', phone, 'dark']] as const) {
      const page = await newPage(run.browser, viewport, { colorScheme });
      await signInPortal(page, run.porter.url, 'customer@demo.test', { to: `/portal/demo?location=${(await inspect(run.porter.ctx.db).selectFrom('locations').select('id').where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id}` });
      const card = page.getByRole('region', { name: 'Your next visit' });
      await expect.poll(() => card.getByText('Weekly clean').isVisible()).toBe(true);
      expect(await card.getByText('Estimated arrival').isVisible()).toBe(true);
      expect(await card.getByText(`Every week on ${weekdayNames[weekday]}`).isVisible()).toBe(true);
      // Carla has two clinics, so the address says which; the team is named only a day ahead.
      expect(await card.getByText('1200 Harbor Road, Portland, OR 97201').isVisible()).toBe(true);
      expect(await card.getByText('Your team').count()).toBe(0);
      const price = card.getByRole('table', { name: 'Price breakdown' });
      const rows = (await price.getByRole('row').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '));
      expect(rows).toEqual(['Base price $120.00', 'Pet surcharge $15.00', 'Loyalty discount (-10%) -$12.00', 'Total $123.00']);
      expect(await card.getByRole('link', { name: 'Add an upgrade' }).getAttribute('href')).toMatch(/^\/portal\/demo\/visits\/[0-9a-f-]{36}\/upgrades$/);
      await screenshot(page, `portal-visits-home-${label}`);
      expect(errorsOn(page)).toEqual([]);
      await page.context().close();
    }

    const page = await newPage(run.browser, desktop);
    const mainClinic = (await inspect(run.porter.ctx.db).selectFrom('locations').select('id').where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id;
    await signInPortal(page, run.porter.url, 'customer@demo.test', { to: `/portal/demo?location=${mainClinic}` });
    await page.getByRole('region', { name: 'Your next visit' }).getByRole('link', { name: 'All your services' }).click();
    await page.waitForURL(`${run.porter.url}/portal/demo/services`);
    const upcoming = page.getByRole('region', { name: 'Upcoming visits' }).getByRole('listitem');
    await expect.poll(() => upcoming.count()).toBe(10);
    const waiting = page.getByRole('region', { name: 'Waiting to be scheduled' });
    await expect.poll(() => waiting.getByText('Window cleaning').isVisible()).toBe(true);
    expect(await waiting.getByText('Every month on the last Friday').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: 'Past visits' }).getByText('No past visits yet.').isVisible()).toBe(true);
    await screenshot(page, 'portal-services-desktop');

    // Asking to move the first visit opens a request about it, which the customer lands on.
    await upcoming.first().getByRole('button', { name: 'Ask to reschedule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ask to reschedule' });
    await dialog.getByLabel('Preferred day 1').fill(isoDay(Date.now() + 5 * day));
    await dialog.getByLabel('Preferred day 2').fill(isoDay(Date.now() + 6 * day));
    await dialog.getByLabel('Note to the office (optional)').fill('Any morning suits us.');
    // A tablet turned mid-way moves the waiting services under the visits and back; what was typed stays.
    const waitingBeside = () => Promise.all([waiting.boundingBox(), page.getByRole('region', { name: 'Upcoming visits' }).boundingBox()]).then(([side, main]) => side!.x > main!.x);
    await page.setViewportSize({ width: 900, height: 900 });
    await expect.poll(waitingBeside).toBe(false);
    await page.setViewportSize(desktop);
    await expect.poll(waitingBeside).toBe(true);
    expect(await dialog.getByLabel('Note to the office (optional)').inputValue()).toBe('Any morning suits us.');
    await screenshot(page, 'portal-reschedule-dialog');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await page.waitForURL(/\/portal\/demo\/requests\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { name: /^Reschedule: Weekly clean, / }).isVisible()).toBe(true);
    expect(await page.getByText(/^About your visit: Weekly clean, /).isVisible()).toBe(true);
    await screenshot(page, 'portal-reschedule-request');
    const request = await inspect(run.porter.ctx.db).selectFrom('service_requests').select(['visit_id', 'text']).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(request.visit_id).not.toBeNull();
    expect(request.text).toContain('Any morning suits us.');

    // A visit three weeks ahead is well before the cutoff: the customer skips it, after saying yes.
    await page.goto(`${run.porter.url}/portal/demo/services`);
    const farAhead = upcoming.nth(3);
    await farAhead.getByRole('button', { name: 'Skip this visit' }).click();
    const confirm = page.getByRole('dialog', { name: 'Skip this visit?' });
    await confirm.getByRole('button', { name: 'Skip visit' }).click();
    await expect.poll(() => farAhead.getByText('You skipped this visit.').isVisible()).toBe(true);
    expect(await farAhead.getByText('Skipped', { exact: true }).isVisible()).toBe(true);
    expect(await farAhead.getByRole('button', { name: 'Skip this visit' }).count()).toBe(0);
    await screenshot(page, 'portal-services-skipped');
    const skipped = await inspect(run.porter.ctx.db).selectFrom('visits').select(['id', 'starts_at']).where('status', '=', 'skipped').executeTakeFirstOrThrow();

    // The calendar link is shown once; the feed it names parses and holds the visits, not the skipped one.
    await page.goto(`${run.porter.url}/portal/demo/profile`);
    await page.getByRole('button', { name: 'Create calendar link' }).click();
    const link = page.getByRole('textbox', { name: 'Your calendar link' });
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(true);
    await screenshot(page, 'portal-calendar-link');
    const feed = await fetch(await link.inputValue());
    expect(feed.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const components = calendar.getAllSubcomponents('vevent');
    // Carla sees both clinics: East Clinic's demo visits are in the feed too.
    const events = components.map((event) => new ICAL.Event(event)).filter((event) => event.summary === 'Weekly clean');
    expect(events.length).toBeGreaterThan(3);
    expect(components.every((event) => event.getFirstProperty('dtstart')?.getParameter('tzid') === 'America/Los_Angeles')).toBe(true);
    const starts = events.map((event) => event.startDate.toJSDate().toISOString());
    expect(starts).not.toContain(new Date(skipped.starts_at).toISOString());
    expect(events.every((event) => event.startDate.hour === 9)).toBe(true);
    expect(errorsOn(page)).toEqual([]);

    // On a phone the Services tab sits under the thumb, and the waiting services come before the history.
    const small = await newPage(run.browser, phone);
    await signInPortal(small, run.porter.url, 'customer@demo.test', { to: `/portal/demo?location=${mainClinic}` });
    await expect.poll(() => small.getByRole('region', { name: 'Your next visit' }).getByText('Weekly clean').isVisible()).toBe(true);
    const tabs = small.getByRole('navigation', { name: 'Portal pages' });
    await tabs.getByRole('link', { name: 'Services' }).click();
    await small.waitForURL(`${run.porter.url}/portal/demo/services`);
    await expect.poll(() => small.getByRole('region', { name: 'Upcoming visits' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await screenshot(small, 'portal-services-phone');
    expect(errorsOn(small)).toEqual([]);
  });

  it('the rating link emailed after a visit: signed out it goes through sign-in, lands on the visit, is rated once and thanks', async () => {
    const db = inspect(run.porter.ctx.db);
    const mainClinic = await db.selectFrom('locations').select(['id', 'customer_id']).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow();
    // 03:00 UTC yesterday is the evening before in Portland: the page must name Portland's day.
    const startsAt = `${isoDay(Date.now() - day)}T03:00:00.000Z`;
    const portlandDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'America/Los_Angeles' }).format(new Date(startsAt));
    /** A completed visit at Main Clinic, as the last technician's clock-out leaves it. */
    const completedVisit = async () => {
      const id = newId();
      const stamp = new Date().toISOString();
      await db
        .insertInto('visits')
        .values({ id, tenant_id: (await db.selectFrom('tenants').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow()).id, customer_id: mainClinic.customer_id, location_id: mainClinic.id, account_service_id: null, original_date: startsAt.slice(0, 10), name: 'Deep clean', starts_at: startsAt, duration_minutes: 120, status: 'completed', price: 20_000, created_at: stamp, updated_at: stamp })
        .execute();
      return id;
    };

    for (const [label, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
      const visitId = await completedVisit();
      const link = `${run.porter.url}/portal/demo/rate/${visitId}`;
      const page = await newPage(run.browser, viewport);
      await page.goto(link);
      // No session: the sign-in page, which also tells someone without an account how to get one.
      await page.waitForURL(/\/portal\/demo\/login\?redirect=/);
      await expect.poll(() => page.getByText('No account yet? Sparkle Facility Services invites its customers to the portal: ask them for an invitation.').isVisible()).toBe(true);
      await screenshot(page, `portal-rate-link-sign-in-${label}`);
      await page.getByLabel('Email').fill('customer@demo.test');
      await page.getByLabel('Password', { exact: true }).fill('porter-demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(link);

      const visit = page.getByRole('region', { name: 'Deep clean' });
      await expect.poll(() => visit.getByText('Main Clinic', { exact: true }).isVisible()).toBe(true);
      expect(await visit.getByText(`Visit on ${portlandDay}`).isVisible()).toBe(true);
      await screenshot(page, `portal-rate-link-${label}`);
      await visit.getByRole('radio', { name: 'Satisfied', exact: true }).click();
      await visit.getByLabel('Note').fill('Spotless kitchen.');
      await visit.getByRole('button', { name: 'Send feedback' }).click();
      await expect.poll(() => visit.getByText('Thank you for your feedback').isVisible()).toBe(true);
      await screenshot(page, `portal-rate-link-thanks-${label}`);
      const saved = await db.selectFrom('feedback').select(['rating', 'note']).where('visit_id', '=', visitId).execute();
      expect(saved).toEqual([{ rating: 4, note: 'Spotless kitchen.' }]);

      // Opened again, the link says it was rated, by how much, and leads home.
      await page.goto(link);
      await expect.poll(() => visit.getByText('You rated this visit').isVisible()).toBe(true);
      expect(await visit.getByText('Satisfied', { exact: true }).isVisible()).toBe(true);
      await screenshot(page, `portal-rate-link-rated-${label}`);
      await visit.getByRole('link', { name: 'Back to Home' }).click();
      await page.waitForURL(`${run.porter.url}/portal/demo`);
      expect(errorsOn(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('an owner sets the scheduling rules: a closing time before opening is refused by name, a window then shows on the portal', async () => {
    for (const [label, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
      const office = await newPage(run.browser, viewport);
      await signInOffice(office, run.porter.url, 'owner@demo.test', { to: '/office/settings/scheduling' });
      await expect.poll(() => office.getByRole('heading', { name: 'Arrival window' }).isVisible()).toBe(true);
      await screenshot(office, `office-scheduling-settings-${label}`);
      if (viewport === phone) continue;
      await office.getByLabel('Show an arrival window').check({ force: true });
      await office.getByLabel('Closes').fill('07:00');
      await office.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => office.getByText('Closing time must be after opening time').isVisible()).toBe(true);
      await screenshot(office, 'office-scheduling-settings-error');
      await office.getByLabel('Closes').fill('18:00');
      await office.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => office.getByText('Scheduling settings saved.').isVisible()).toBe(true);
      expect(errorsOn(office)).toEqual([]);
    }

    const page = await newPage(run.browser, desktop);
    const mainClinic = (await inspect(run.porter.ctx.db).selectFrom('locations').select('id').where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id;
    await signInPortal(page, run.porter.url, 'customer@demo.test', { to: `/portal/demo?location=${mainClinic}` });
    // 30 minutes before and 60 after 09:00, inside the default business hours.
    await expect.poll(() => page.getByRole('region', { name: 'Your next visit' }).getByText('8:30 AM – 10:00 AM PST').isVisible()).toBe(true);
    expect(errorsOn(page)).toEqual([]);
  });

  it('a customer opens a completed visit’s proof of service from the next-visit card and the past visits: times, checklist, their note and the photo', async () => {
    const db = inspect(run.porter.ctx.db);
    const mainClinic = await db.selectFrom('locations').select(['id', 'customer_id', 'tenant_id']).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow();
    const tess = await db.selectFrom('staff_users').select('id').where('email', '=', 'tech@demo.test').executeTakeFirstOrThrow();
    // A four-hour spring clean that started three hours ago: Tess finishes it early, so it is still the next visit, and already a past one.
    const visitId = newId();
    const stamp = new Date().toISOString();
    await db
      .insertInto('visits')
      .values({ id: visitId, tenant_id: mainClinic.tenant_id, customer_id: mainClinic.customer_id, location_id: mainClinic.id, account_service_id: null, original_date: null, name: 'Spring clean', starts_at: new Date(Date.now() - 3 * 3_600_000).toISOString(), duration_minutes: 240, status: 'scheduled', price: 20_000, notes: null, created_at: stamp, updated_at: stamp })
      .execute();
    await db.insertInto('visit_team').values({ tenant_id: mainClinic.tenant_id, visit_id: visitId, staff_user_id: tess.id }).execute();
    const tech = await signInStaff(run.porter, 'tech@demo.test', 'porter-demo');
    const write = async (method: 'POST' | 'PUT', path: string, body: object) => expect((await callApi(run.porter, tech, method, `/api/field/visits/${visitId}${path}`, body)).statusCode).toBe(200);
    await write('POST', '/clock-in', { clientId: 'journey-clock-in' });
    const areas = (await callApi(run.porter, tech, 'GET', `/api/field/visits/${visitId}/work`)).json().areas as { tasks: { id: string; text: string }[] }[];
    const tasks = areas.flatMap((area) => area.tasks);
    await write('PUT', `/checklist/${tasks[0]!.id}`, { clientId: 'journey-tick-1', done: true });
    await write('POST', '/notes', { clientId: 'journey-note-1', text: 'Restocked the hand soap in both restrooms.', forCustomer: true });
    await write('POST', '/notes', { clientId: 'journey-note-2', text: 'Back door lock is stiff.' });
    const image = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3a7bd5' } }).jpeg().toBuffer();
    const boundary = `----journey${visitId}`;
    const form = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="clientId"\r\n\r\njourney-photo-1\r\n--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nbefore\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="reception.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      image,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const photo = await run.porter.app.inject({ method: 'POST', url: `/api/field/visits/${visitId}/photos`, headers: { cookie: tech, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: form });
    expect(photo.statusCode, photo.body).toBe(200);
    await write('POST', '/clock-out', { clientId: 'journey-clock-out' });

    for (const [label, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
      const page = await newPage(run.browser, viewport);
      await signInPortal(page, run.porter.url);
      if (viewport === desktop) {
        await page.goto(`${run.porter.url}/portal/demo?location=${mainClinic.id}`);
        const nextVisit = page.getByRole('region', { name: 'Your next visit' });
        await expect.poll(() => nextVisit.getByText('Spring clean').isVisible()).toBe(true);
        expect(await nextVisit.getByRole('link', { name: 'Proof of service' }).getAttribute('href')).toBe(`/portal/demo/visits/${visitId}/proof-of-service`);
      }
      await page.goto(`${run.porter.url}/portal/demo/services?location=${mainClinic.id}`);
      // The rating journey's visit is completed too: this link is the spring clean's.
      const link = page.getByRole('region', { name: 'Past visits' }).getByRole('link', { name: 'Proof of service' }).and(page.locator(`[href$="/visits/${visitId}/proof-of-service"]`));
      await expect.poll(() => link.isVisible()).toBe(true);
      await screenshot(page, `portal-past-visit-${label}`);
      await link.click();
      await page.waitForURL(`${run.porter.url}/portal/demo/visits/${visitId}/proof-of-service`);
      await expect.poll(() => page.getByRole('region', { name: 'Who worked' }).getByText('Tess', { exact: true }).isVisible()).toBe(true);
      const checklist = page.getByRole('region', { name: 'Checklist' });
      expect(await checklist.getByText(`1 of ${tasks.length} done`).isVisible()).toBe(true);
      expect(await checklist.getByRole('listitem').filter({ hasText: tasks[0]!.text }).getByText(/^Done by Tess, /).isVisible()).toBe(true);
      expect(await page.getByRole('region', { name: 'Notes from the team' }).getByText('Restocked the hand soap in both restrooms.').isVisible()).toBe(true);
      expect(await page.getByText('Back door lock is stiff.').count()).toBe(0);
      expect(await page.getByText('Tess Tran').count()).toBe(0);
      const thumbnail = page.getByRole('region', { name: 'Photos' }).getByRole('link', { name: /^Before photo by Tess, .* Open the photo$/ });
      expect(await thumbnail.getAttribute('href')).toMatch(/^\/api\/portal\/demo\/attachments\//);
      await expect.poll(() => thumbnail.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(`/api/portal/demo/visits/${visitId}/proof-of-service.pdf?v=en`);
      await screenshot(page, `portal-proof-of-service-${label}`);
      expect(errorsOn(page)).toEqual([]);
      await page.context().close();
    }
  });
});
