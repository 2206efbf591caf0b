import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../server/lib/ids.ts';
import { callApi, inspect, signInStaff } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

const day = 86_400_000;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);
const weekdayName = (at: number) => new Date(at).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });

describe('changes reach an open page without a refresh', () => {
  const run = useJourney();
  let owner: string;
  let mainClinic: { id: string; customer_id: string };
  let visitId: string;

  beforeAll(async () => {
    const db = inspect(run.porter.ctx.db);
    mainClinic = await db.selectFrom('locations').select(['id', 'customer_id']).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow();
    // Main Clinic's own services make way, so the one-off below is the next visit there.
    await db.deleteFrom('visits').where('location_id', '=', mainClinic.id).execute();
    await db.deleteFrom('account_services').where('location_id', '=', mainClinic.id).execute();
    owner = await signInStaff(run.porter, 'owner@demo.test', 'porter-demo');
    const planned = await callApi(run.porter, owner, 'POST', '/api/office/visits', {
      customerId: mainClinic.customer_id,
      locationId: mainClinic.id,
      name: 'Deep clean',
      date: isoDay(Date.now() + 2 * day),
      time: '09:00',
      durationMinutes: 120,
      price: 20_000,
    });
    expect(planned.statusCode, planned.body).toBe(201);
    visitId = planned.json().visit.id;
  });

  it('the customer’s dashboard shows the new time when the office moves the next visit', async () => {
    const page = await newPage(run.browser, phone);
    await signInPortal(page, run.porter.url, 'customer@demo.test', { to: `/portal/demo?location=${mainClinic.id}` });
    const card = page.getByRole('region', { name: 'Your next visit' });
    const before = Date.now() + 2 * day;
    await expect.poll(() => card.getByText('Deep clean').isVisible()).toBe(true);
    await expect.poll(async () => (await card.innerText()).includes(weekdayName(before))).toBe(true);
    // Marked, so a reload would be seen: the page must change in place.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const after = Date.now() + 4 * day;
    const moved = await callApi(run.porter, owner, 'POST', `/api/office/visits/${visitId}/move`, { date: isoDay(after), time: '13:00' });
    expect(moved.statusCode, moved.body).toBe(200);

    // The portal polls the next visit every five minutes: only the live event brings this within seconds.
    await expect.poll(async () => (await card.innerText()).includes(weekdayName(after)), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await screenshot(page, 'live-updates-moved-phone');
    expect(errorsOn(page)).toEqual([]);
    await page.context().close();
  });

  it('another office page’s schedule shows the new time when the visit is moved again', async () => {
    const page = await newPage(run.browser, desktop);
    await signInOffice(page, run.porter.url, 'owner@demo.test');
    const day = isoDay(Date.now() + 4 * 86_400_000);
    await page.goto(`${run.porter.url}/office/schedule?date=${day}`);
    const block = page.locator(`[data-visit-id="${visitId}"]`).first();
    await expect.poll(() => block.isVisible()).toBe(true);
    const before = await block.innerText();
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const moved = await callApi(run.porter, owner, 'POST', `/api/office/visits/${visitId}/move`, { date: day, time: '15:00' });
    expect(moved.statusCode, moved.body).toBe(200);

    // The schedule polls every minute: only the live event brings this within seconds.
    await expect.poll(async () => (await block.innerText()) !== before && (await block.innerText()).includes('3:00'), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await screenshot(page, 'live-updates-schedule-desktop');
    expect(errorsOn(page)).toEqual([]);
    await page.context().close();
  });

  it('a technician adds her photo in the field app, and the customer’s Who’s working shows it once she clocks in', async () => {
    const db = inspect(run.porter.ctx.db);
    const tess = await db.selectFrom('staff_users').select(['id', 'tenant_id']).where('email', '=', 'tech@demo.test').executeTakeFirstOrThrow();
    await db.updateTable('locations').set({ feature_whos_working: true }).where('id', '=', mainClinic.id).execute();
    const now = new Date().toISOString();
    const soonVisit = newId();
    await db.insertInto('visits').values({ id: soonVisit, tenant_id: tess.tenant_id, customer_id: mainClinic.customer_id, location_id: mainClinic.id, account_service_id: null, original_date: null, name: 'Quick clean', starts_at: new Date(Date.now() + 15 * 60_000).toISOString(), duration_minutes: 60, status: 'scheduled', price: 9_000, created_at: now, updated_at: now }).execute();
    await db.insertInto('visit_team').values({ tenant_id: tess.tenant_id, visit_id: soonVisit, staff_user_id: tess.id }).execute();

    const tech = await newPage(run.browser, phone);
    await signInOffice(tech, run.porter.url, 'tech@demo.test', { to: '/field' });
    await tech.getByRole('link', { name: 'Your photo' }).click();
    await tech.waitForURL(`${run.porter.url}/field/photo`);
    const chooser = tech.waitForEvent('filechooser');
    await tech.getByRole('button', { name: 'Add photo' }).click();
    const photo = await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#c97' } }).jpeg().toBuffer();
    await (await chooser).setFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: photo });
    const preview = tech.getByRole('img', { name: 'Your photo' });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(256);
    await expect.poll(() => tech.getByRole('button', { name: 'Replace photo' }).isVisible()).toBe(true);
    await screenshot(tech, 'field-photo-phone');

    const customer = await newPage(run.browser, phone);
    await signInPortal(customer, run.porter.url, 'customer@demo.test', { to: `/portal/demo?location=${mainClinic.id}` });
    const whosWorking = customer.getByRole('region', { name: 'Who’s working' });
    await expect.poll(() => whosWorking.getByText('Nobody is clocked in here right now.').isVisible()).toBe(true);
    // The card is the feature: no tile below promises it as still to come.
    const tiles = customer.getByRole('region', { name: 'Features at this location' });
    await expect.poll(() => tiles.getByRole('heading', { name: 'Feedback' }).isVisible()).toBe(true);
    expect(await tiles.getByRole('heading', { name: 'Who’s working' }).count()).toBe(0);

    const clockedIn = await callApi(run.porter, await signInStaff(run.porter, 'tech@demo.test', 'porter-demo'), 'POST', `/api/field/visits/${soonVisit}/clock-in`, { clientId: `photo-${newId()}` });
    expect(clockedIn.statusCode, clockedIn.body).toBe(200);
    // The clock-in reaches the open page through the live channel; the photo is served only now she is on site.
    const face = whosWorking.locator('img');
    await expect.poll(() => face.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBe(256);
    expect(await face.getAttribute('src')).toContain(`/staff/${tess.id}/photo?v=`);
    await whosWorking.scrollIntoViewIfNeeded();
    await screenshot(customer, 'portal-whos-working-photo-phone');
    expect(errorsOn(tech)).toEqual([]);
    expect(errorsOn(customer)).toEqual([]);
    await tech.context().close();
    await customer.context().close();
  });
});
