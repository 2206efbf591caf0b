import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspect } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { tessVisitsTheHome } from './support/field-visit.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

describe('a technician’s visit as the customer watches it', () => {
  const run = useJourney();
  let visitId: string;

  // The demo home's own visits make way for one that starts in half an hour, with Tess on it.
  beforeAll(async () => {
    visitId = await tessVisitsTheHome(run.porter, 'Two friendly dogs; the side gate code is 4412.');
  });

  it('Tess clocks in on her phone, the customer reads the estimated completion; Tess works through the checklist and clocks out; the customer reads the actual times, rates the visit and opens its proof of service', async () => {
    const tech = await newPage(run.browser, phone);
    // Tess lets the field app know where she is.
    await tech.context().grantPermissions(['geolocation'], { origin: run.porter.url });
    await tech.context().setGeolocation({ latitude: 45.487, longitude: -122.803, accuracy: 20 });
    await signInOffice(tech, run.porter.url, 'tech@demo.test', { to: '/field' });
    const card = tech.getByRole('article').filter({ hasText: '88 Willow Crescent' });
    await expect.poll(() => card.isVisible()).toBe(true);
    await screenshot(tech, 'field-today-phone');
    await card.getByRole('link').click();
    await tech.waitForURL(`${run.porter.url}/field/visits/${visitId}`);
    await expect.poll(() => tech.getByText('Two friendly dogs; the side gate code is 4412.').isVisible()).toBe(true);
    await expect.poll(() => tech.getByRole('link', { name: 'Open in maps' }).getAttribute('href')).toContain('openstreetmap.org');
    await screenshot(tech, 'field-visit-phone');

    // Before anyone is there the customer reads when to expect the team.
    const customer = await newPage(run.browser, desktop);
    await signInPortal(customer, run.porter.url, 'home@demo.test');
    const nextVisit = customer.getByRole('region', { name: 'Your next visit' });
    await expect.poll(() => nextVisit.getByText('Estimated arrival').isVisible()).toBe(true);
    // A mark on this very page: it is still there at the end only if the page was never reloaded.
    await customer.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    await tech.getByRole('button', { name: 'Clock in' }).click();
    await expect.poll(() => tech.getByText(/^Clocked in at/).isVisible()).toBe(true);
    await expect.poll(() => tech.getByRole('button', { name: 'Clock out' }).isVisible()).toBe(true);
    await screenshot(tech, 'field-clocked-in-phone');
    const sheet = await inspect(run.porter.ctx.db).selectFrom('timesheets').selectAll().where('visit_id', '=', visitId).executeTakeFirstOrThrow();
    expect(sheet).toMatchObject({ clock_in_latitude: 45.487, clock_in_longitude: -122.803, clocked_out_at: null });

    // The open dashboard changes by itself: the clock-in reaches it through the live channel
    // (it would otherwise look again only after five minutes).
    await expect.poll(() => nextVisit.getByText('Under way now').isVisible()).toBe(true);
    await expect.poll(() => nextVisit.getByText(/Estimated completion/).isVisible()).toBe(true);
    await screenshot(customer, 'portal-estimated-completion-desktop');

    // On site the checklist comes first: Tess ticks a task, adds an after photo and a note for the customer.
    const checklist = tech.getByRole('region', { name: 'Checklist' });
    const firstTask = checklist.getByRole('checkbox').first();
    await expect.poll(() => firstTask.isVisible()).toBe(true);
    await firstTask.check();
    await expect.poll(() => checklist.getByText(/^Tess at /).isVisible()).toBe(true);
    const chooser = tech.waitForEvent('filechooser');
    await tech.getByRole('button', { name: 'After photo' }).click();
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#9ab' } }).jpeg().toBuffer();
    await (await chooser).setFiles({ name: 'kitchen.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect.poll(() => tech.getByRole('region', { name: 'Photos' }).locator('img').count()).toBe(1);
    await tech.getByLabel('New note').fill('Fed the dogs their treats; the oven door is stiff, worth a look.');
    await tech.getByLabel('Show this note to the customer').check();
    await tech.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => tech.getByRole('region', { name: 'Notes' }).getByText('For the customer').isVisible()).toBe(true);
    await screenshot(tech, 'field-checklist-phone');
    const stored = inspect(run.porter.ctx.db);
    expect(await stored.selectFrom('visit_checklist_ticks').select('done').where('visit_id', '=', visitId).execute()).toEqual([{ done: true }]);
    expect(await stored.selectFrom('visit_photos').select('kind').where('visit_id', '=', visitId).execute()).toEqual([{ kind: 'after' }]);

    await tech.getByRole('button', { name: 'Clock out' }).click();
    await expect.poll(() => tech.getByText('You have finished this visit.').isVisible()).toBe(true);
    await screenshot(tech, 'field-clocked-out-phone');

    await expect.poll(() => nextVisit.getByText('Actual start and end').isVisible()).toBe(true);
    // The finished visit asks for its rating on the same open page, and the customer gives it.
    const rate = customer.getByRole('region', { name: 'Rate your last visit' });
    await expect.poll(() => rate.isVisible()).toBe(true);
    expect(await customer.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await screenshot(customer, 'portal-actual-times-desktop');
    await rate.getByRole('button', { name: 'Rate this visit' }).click();
    await rate.getByRole('radio', { name: 'Extremely Satisfied' }).check();
    await rate.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => customer.getByRole('status').filter({ hasText: 'Thank you for your feedback' }).isVisible()).toBe(true);
    expect(await inspect(run.porter.ctx.db).selectFrom('feedback').select('rating').where('visit_id', '=', visitId).execute()).toEqual([{ rating: 5 }]);

    // The finished card leads to the proof of service: Tess's times, her tick, her note and her photo.
    await nextVisit.getByRole('link', { name: 'Proof of service' }).click();
    await customer.waitForURL(`${run.porter.url}/portal/demo/visits/${visitId}/proof-of-service`);
    await expect.poll(() => customer.getByRole('region', { name: 'Who worked' }).getByText('Tess', { exact: true }).isVisible()).toBe(true);
    expect(await customer.getByRole('region', { name: 'Checklist' }).getByText(/^1 of \d+ done$/).isVisible()).toBe(true);
    expect(await customer.getByRole('region', { name: 'Notes from the team' }).getByText('Fed the dogs their treats; the oven door is stiff, worth a look.').isVisible()).toBe(true);
    await expect.poll(() => customer.getByRole('region', { name: 'Photos' }).locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const phoneCustomer = await newPage(run.browser, phone);
    await signInPortal(phoneCustomer, run.porter.url, 'home@demo.test');
    await expect.poll(() => phoneCustomer.getByRole('region', { name: 'Your next visit' }).getByText('Actual start and end').isVisible()).toBe(true);
    await screenshot(phoneCustomer, 'portal-actual-times-phone');

    expect(errorsOn(tech)).toEqual([]);
    expect(errorsOn(customer)).toEqual([]);
  });
});
