import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspect } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

const zone = 'America/Los_Angeles';
const hour = 3_600_000;

/** The day and time on the home's clock `hoursAhead` from now: `{ date: '2026-12-06', time: '10:00' }`. */
function homeClock(hoursAhead: number): { date: string; time: string } {
  const at = new Date(Date.now() + hoursAhead * hour);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A day on the home's calendar `days` after `date`. */
const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 24 * hour).toISOString().slice(0, 10);

describe('a visit from the office’s schedule to the customer’s calendar', () => {
  const run = useJourney({ mail: true });
  // Three days ahead at 10:00 on the home's clock: always more than a day away when the customer looks.
  const first = homeClock(72);

  // The demo home's own services make way, so the journey knows what comes next there.
  beforeAll(async () => {
    const db = inspect(run.porter.ctx.db);
    const home = await db.selectFrom('locations').select('id').where('address', '=', '88 Willow Crescent, Beaverton, OR 97005').executeTakeFirstOrThrow();
    await db.deleteFrom('visits').where('location_id', '=', home.id).execute();
    await db.deleteFrom('account_services').where('location_id', '=', home.id).execute();
  });

  it('the owner schedules a weekly clean; the customer upgrades it, is refused inside 24 hours, asks to move it; the office moves it; the customer sees, reads and subscribes to the new time', async () => {
    // The owner adds the weekly clean with a surcharge and schedules it.
    const office = await newPage(run.browser, desktop);
    await signInOffice(office, run.porter.url, 'owner@demo.test', { to: '/office/customers?q=Hollis' });
    await office.getByRole('link', { name: 'Hollis Home' }).first().click();
    await office.getByRole('tab', { name: 'Services' }).click();
    await office.getByRole('button', { name: 'Add service' }).click();
    const form = office.getByRole('dialog', { name: 'Add service' });
    await form.getByLabel('Name', { exact: true }).fill('Weekly home clean');
    // Weekly on Mondays unless told otherwise: the owner picks the first visit's day instead.
    const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${first.date}T12:00:00Z`));
    if (day !== 'Mon') {
      await form.getByText('Mon', { exact: true }).click();
      await form.getByText(day, { exact: true }).click();
    }
    // Each click is seen before the form is saved: a busy machine must not save Monday instead.
    await expect.poll(() => form.getByRole('checkbox', { name: day, exact: true }).isChecked()).toBe(true);
    if (day !== 'Mon') await expect.poll(() => form.getByRole('checkbox', { name: 'Mon', exact: true }).isChecked()).toBe(false);
    await form.getByRole('textbox', { name: 'First visit' }).fill(first.date);
    await form.getByLabel('Start time').fill('10:00');
    await form.getByLabel('Price per visit (USD)').fill('140');
    await form.getByRole('button', { name: 'Add surcharge or discount' }).click();
    await form.getByPlaceholder('Name, like “Pet surcharge”').fill('Pet surcharge');
    await form.getByLabel('Amount', { exact: true }).fill('15');
    await form.getByRole('button', { name: 'Save service' }).click();
    await expect.poll(() => form.isVisible()).toBe(false);
    await office.getByRole('row', { name: /Weekly home clean/ }).getByRole('button', { name: 'Schedule' }).click();
    await office.getByRole('dialog').getByRole('button', { name: 'Schedule visits' }).click();
    await expect.poll(() => office.getByRole('row', { name: /Weekly home clean/ }).getByText('Scheduled').count()).toBe(1);
    const db = inspect(run.porter.ctx.db);
    const firstVisit = () => db.selectFrom('visits').select(['id', 'starts_at']).where('name', '=', 'Weekly home clean').where('original_date', '=', first.date).executeTakeFirst();
    await expect.poll(async () => (await firstVisit()) ?? (await db.selectFrom('account_services').select(['rrule', 'start_date']).where('name', '=', 'Weekly home clean').execute())).toHaveProperty('id');
    const visit = (await firstVisit())!;

    // The customer sees it as the next visit with its price, and adds an upgrade to it.
    const customer = await newPage(run.browser, desktop);
    await signInPortal(customer, run.porter.url, 'home@demo.test');
    const card = customer.getByRole('region', { name: 'Your next visit' });
    await expect.poll(() => card.getByText('Weekly home clean').isVisible()).toBe(true);
    const rows = async () => (await card.getByRole('table', { name: 'Price breakdown' }).getByRole('row').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '));
    expect(await rows()).toEqual(['Base price $140.00', 'Pet surcharge $15.00', 'Total $155.00']);
    await card.getByRole('link', { name: 'Add an upgrade' }).click();
    await customer.waitForURL(`${run.porter.url}/portal/demo/visits/${visit.id}/upgrades`);
    await customer.getByRole('checkbox', { name: /Inside the oven/ }).click();
    await customer.getByRole('button', { name: 'Add to my visit' }).click();
    await expect.poll(() => customer.getByText('Upgrade requested').isVisible()).toBe(true);
    await expect.poll(() => customer.getByRole('table', { name: 'Price breakdown' }).getByText('pending', { exact: true }).isVisible()).toBe(true);
    await screenshot(customer, 'lifecycle-upgrade-pending');

    // A tidy-up the office books for this evening is inside 24 hours: no upgrade, and the customer is told why.
    const evening = homeClock(5);
    const tidy = await office.request.post(`${run.porter.url}/api/office/visits`, {
      data: { customerId: (await db.selectFrom('customers').select('id').where('name', '=', 'Hollis Home').executeTakeFirstOrThrow()).id, locationId: (await db.selectFrom('visits').select('location_id').where('id', '=', visit.id).executeTakeFirstOrThrow()).location_id, name: 'Evening tidy', date: evening.date, time: evening.time, durationMinutes: 60, price: 4_000, teamIds: [] },
    });
    expect(tidy.status()).toBe(201);
    const tidyVisit = await db.selectFrom('visits').select('id').where('name', '=', 'Evening tidy').executeTakeFirstOrThrow();
    await customer.goto(`${run.porter.url}/portal/demo`);
    await expect.poll(() => card.getByText('Evening tidy').isVisible()).toBe(true);
    expect(await card.getByRole('link', { name: 'Add an upgrade' }).count()).toBe(0);
    await customer.goto(`${run.porter.url}/portal/demo/visits/${tidyVisit.id}/upgrades`);
    await expect.poll(() => customer.getByText('The window in which you can upgrade your service has passed').isVisible()).toBe(true);

    // The customer asks to move the weekly clean.
    await customer.goto(`${run.porter.url}/portal/demo/services`);
    const weekly = customer.getByRole('region', { name: 'Upcoming visits' }).getByRole('listitem').filter({ hasText: 'Weekly home clean' }).first();
    await weekly.getByRole('button', { name: 'Ask to reschedule' }).click();
    const ask = customer.getByRole('dialog', { name: 'Ask to reschedule' });
    await ask.getByLabel('Preferred day 1').fill(dayAfter(first.date, 1));
    await ask.getByLabel('Note to the office (optional)').fill('The next morning would suit us better.');
    await ask.getByRole('button', { name: 'Send request' }).click();
    await customer.waitForURL(/\/portal\/demo\/requests\/[0-9a-f-]{36}$/);

    // The office moves it to the next day at 11:00 from the schedule.
    await office.goto(`${run.porter.url}/office/schedule?date=${first.date}`);
    await office.locator(`[data-visit-id="${visit.id}"]`).first().click();
    const drawer = office.getByRole('dialog', { name: 'Weekly home clean' });
    await drawer.getByRole('button', { name: 'Move' }).click();
    const move = office.getByRole('dialog', { name: 'Move visit' });
    await move.getByLabel('Day', { exact: true }).fill(dayAfter(first.date, 1));
    await move.getByLabel('Start time').fill('11:00');
    await move.getByRole('button', { name: 'Move visit' }).click();
    await expect.poll(() => move.isVisible()).toBe(false);
    const moved = await db.selectFrom('visits').select('starts_at').where('id', '=', visit.id).executeTakeFirstOrThrow();
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(moved.starts_at))).toBe(`${dayAfter(first.date, 1)}, 11:00`);

    // The customer sees the new time, and the email about it arrived.
    await customer.goto(`${run.porter.url}/portal/demo/services`);
    await expect.poll(() => weekly.innerText()).toMatch(/11:00\s?AM/);
    await screenshot(customer, 'lifecycle-moved');
    await expect.poll(() => run.porter.mailbox!.received.filter((mail) => mail.to === 'home@demo.test' && mail.subject.includes('has a new time')).length).toBe(1);
    const news = run.porter.mailbox!.received.find((mail) => mail.to === 'home@demo.test' && mail.subject.includes('has a new time'))!;
    expect(news.text).toMatch(/11:00\s?AM\s?P[DS]T/);

    // The customer's calendar feed parses and holds the visit at its new time, on the home's clock.
    await customer.goto(`${run.porter.url}/portal/demo/profile`);
    await customer.getByRole('button', { name: 'Create calendar link' }).click();
    const link = customer.getByRole('textbox', { name: 'Your calendar link' });
    await expect.poll(() => link.isVisible()).toBe(true);
    const feed = await fetch(await link.inputValue());
    expect(feed.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    for (const timezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(timezone);
    const event = calendar
      .getAllSubcomponents('vevent')
      .map((component) => ({ component, event: new ICAL.Event(component) }))
      .find(({ event }) => event.startDate.toJSDate().toISOString() === new Date(moved.starts_at).toISOString());
    expect(event?.event.summary).toBe('Weekly home clean');
    expect(event?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(zone);
    expect(errorsOn(customer)).toEqual([]);
    expect(errorsOn(office)).toEqual([]);
  });
});
