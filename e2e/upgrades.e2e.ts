import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, inspect, signInStaff } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

const zone = 'America/Los_Angeles';

/** The day and time (HH:MM) at Main Clinic, `hoursAhead` from now. */
function clinicClock(hoursAhead: number): { date: string; time: string } {
  const at = new Date(Date.now() + hoursAhead * 3_600_000);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

describe('upgrades: a customer adds one to a visit, the office accepts it', () => {
  const run = useJourney();

  /** A one-off visit at Main Clinic made through the API as the owner would; answers its id. */
  async function oneOffVisit(owner: string, name: string, hoursAhead: number): Promise<string> {
    const db = inspect(run.porter.ctx.db);
    const clinic = await db.selectFrom('locations').select(['id', 'customer_id']).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow();
    const { date, time } = clinicClock(hoursAhead);
    const service = await callApi(run.porter, owner, 'POST', `/api/office/customers/${clinic.customer_id}/account-services`, {
      locationId: clinic.id,
      name,
      frequency: { kind: 'once' },
      startDate: date,
      startTime: time,
      durationMinutes: 120,
      price: 18_000,
    });
    expect(service.statusCode, service.body).toBe(201);
    expect((await callApi(run.porter, owner, 'POST', `/api/office/account-services/${service.json().id}/schedule`)).statusCode).toBe(200);
    return (await db.selectFrom('visits').select('id').where('account_service_id', '=', service.json().id).executeTakeFirstOrThrow()).id;
  }

  const upgradePath = (visitId: string) => `/portal/demo/visits/${visitId}/upgrades`;
  const upgradePage = (page: Page, visitId: string) => page.goto(`${run.porter.url}${upgradePath(visitId)}`);

  it('the owner lists an upgrade; the customer adds it more than 24 h ahead and sees it pending, is told the window has passed inside 24 h; the owner accepts it on the request', async () => {
    // The office's catalogue, filled in on its Settings page.
    const office = await newPage(run.browser, desktop);
    await signInOffice(office, run.porter.url, 'owner@demo.test', { to: '/office/settings/upgrades' });
    // The demo company's own upgrades are listed; the owner adds one more.
    await expect.poll(() => office.getByText('Laundry and folding', { exact: true }).isVisible()).toBe(true);
    await office.getByRole('button', { name: 'Add upgrade' }).first().click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Balcony sweep');
    await dialog.getByLabel('Description').fill('Swept, railings wiped, glass doors cleaned.');
    await dialog.getByLabel('Price (USD)').fill('35');
    await dialog.getByLabel('Extra time (minutes)').fill('30');
    await dialog.getByRole('button', { name: 'Save upgrade' }).click();
    const added = office.getByRole('row', { name: /Balcony sweep/ });
    await expect.poll(() => added.getByText('$35.00').isVisible()).toBe(true);

    const owner = await signInStaff(run.porter, 'owner@demo.test', 'porter-demo');
    expect((await callApi(run.porter, owner, 'POST', '/api/office/upgrades', { name: 'Garage sweep', description: 'Shelves and drawers, wiped and dried.', price: 2_500, extraMinutes: 20 })).statusCode).toBe(201);
    await office.reload();
    await expect.poll(() => office.getByText('Garage sweep').isVisible()).toBe(true);
    await screenshot(office, 'upgrades-catalogue-desktop');

    const later = await oneOffVisit(owner, 'Deep clean', 72);
    const soon = await oneOffVisit(owner, 'Evening tidy', 6);

    // More than 24 hours ahead: the customer picks the oven and confirms.
    const customer = await newPage(run.browser, desktop);
    await signInPortal(customer, run.porter.url, 'customer@demo.test', { to: upgradePath(later) });
    await expect.poll(() => customer.getByRole('heading', { name: 'Upgrade your visit' }).isVisible()).toBe(true);
    await expect.poll(() => customer.getByRole('heading', { name: 'Deep clean' }).isVisible()).toBe(true);
    await screenshot(customer, 'upgrades-portal-offer-desktop');
    await customer.getByRole('checkbox', { name: /Balcony sweep/ }).click();
    await customer.getByRole('button', { name: 'Add to my visit' }).click();
    await expect.poll(() => customer.getByText('Upgrade requested').isVisible()).toBe(true);
    const onVisit = customer.getByRole('heading', { name: 'On this visit' }).locator('..');
    await expect.poll(() => onVisit.getByText('Pending').isVisible()).toBe(true);
    await expect.poll(() => customer.getByRole('table', { name: 'Price breakdown' }).getByText('pending', { exact: true }).isVisible()).toBe(true);
    await screenshot(customer, 'upgrades-portal-pending-desktop');

    // Inside 24 hours: no picker, only why.
    await upgradePage(customer, soon);
    await expect.poll(() => customer.getByText('The window in which you can upgrade your service has passed').isVisible()).toBe(true);
    expect(await customer.getByRole('button', { name: 'Add to my visit' }).count()).toBe(0);
    await screenshot(customer, 'upgrades-portal-window-passed-desktop');

    // The same on a phone.
    const pocket = await newPage(run.browser, phone);
    await signInPortal(pocket, run.porter.url, 'customer@demo.test', { to: upgradePath(later) });
    await expect.poll(() => pocket.getByText('Pending').first().isVisible()).toBe(true);
    await expect.poll(() => pocket.getByRole('checkbox', { name: /Garage sweep/ }).isVisible()).toBe(true);
    await screenshot(pocket, 'upgrades-portal-pending-phone');
    await upgradePage(pocket, soon);
    await expect.poll(() => pocket.getByText('The window in which you can upgrade your service has passed').isVisible()).toBe(true);
    await screenshot(pocket, 'upgrades-portal-window-passed-phone');

    // The office answers on the request the upgrade opened.
    const request = await inspect(run.porter.ctx.db).selectFrom('service_requests').select(['id', 'subject']).where('visit_id', '=', later).executeTakeFirstOrThrow();
    expect(request.subject).toBe('Upgrade: Balcony sweep');
    const officePhone = await newPage(run.browser, phone);
    await signInOffice(officePhone, run.porter.url, 'owner@demo.test', { to: `/office/requests/${request.id}` });
    await expect.poll(() => officePhone.getByRole('heading', { name: 'Upgrade requested: Balcony sweep $35.00' }).isVisible()).toBe(true);
    await screenshot(officePhone, 'upgrades-request-phone');
    await office.goto(`${run.porter.url}/office/requests/${request.id}`);
    await expect.poll(() => office.getByRole('heading', { name: 'Upgrade requested: Balcony sweep $35.00' }).isVisible()).toBe(true);
    await screenshot(office, 'upgrades-request-pending-desktop');
    await office.getByRole('button', { name: 'Accept Balcony sweep' }).click();
    await expect.poll(() => office.getByText('Accepted', { exact: true }).isVisible()).toBe(true);
    expect(await office.getByRole('button', { name: 'Accept Balcony sweep' }).count()).toBe(0);
    await screenshot(office, 'upgrades-request-accepted-desktop');

    // The customer sees it confirmed, and counted in the price.
    await upgradePage(customer, later);
    await expect.poll(() => onVisit.getByText('Confirmed').isVisible()).toBe(true);
    expect(await customer.getByRole('table', { name: 'Price breakdown' }).getByText('pending', { exact: true }).count()).toBe(0);
    await expect.poll(() => customer.getByText('$215.00').isVisible()).toBe(true);
    await screenshot(customer, 'upgrades-portal-confirmed-desktop');

    const mail = await inspect(run.porter.ctx.db).selectFrom('outbox_emails').select('subject').where('to_address', '=', 'customer@demo.test').where('subject', '=', 'Balcony sweep: confirmed').execute();
    expect(mail).toHaveLength(1);
    expect([...errorsOn(office), ...errorsOn(officePhone), ...errorsOn(customer), ...errorsOn(pocket)]).toEqual([]);
  });

  it('reminders: the office turns them on for a contact, the customer changes them in the portal profile; the reminder hour is a setting', async () => {
    const customerId = (await inspect(run.porter.ctx.db).selectFrom('customers').select('id').where('name', '=', 'Harborview Dental Group').executeTakeFirstOrThrow()).id;
    for (const [label, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
      const office = await newPage(run.browser, viewport);
      await signInOffice(office, run.porter.url, 'owner@demo.test', { to: `/office/customers/${customerId}` });
      const card = office.getByRole('heading', { name: 'Reminders' }).locator('..');
      // The demo reminds Carla already; the office turns them on for Dr. Harbor too.
      const oneDay = card.getByRole('switch', { name: 'Remind Dr. Ian Harbor 1 day before each visit' });
      await expect.poll(() => oneDay.isVisible()).toBe(true);
      if (label === 'desktop') {
        await oneDay.click({ force: true });
        await expect.poll(() => oneDay.isChecked()).toBe(true);
        await expect.poll(() => office.getByText('Reminders saved').isVisible()).toBe(true);
      }
      await screenshot(office, `reminders-office-customer-${label}`);
      await office.goto(`${run.porter.url}/office/settings/reminders`);
      await expect.poll(() => office.getByRole('combobox', { name: 'Send reminders from' }).isVisible()).toBe(true);
      await screenshot(office, `reminders-office-settings-${label}`);

      const portal = await newPage(run.browser, viewport);
      await signInPortal(portal, run.porter.url, 'customer@demo.test', { to: '/portal/demo/profile' });
      await expect.poll(() => portal.getByRole('heading', { name: 'Visit reminders: Harborview Dental Group' }).isVisible()).toBe(true);
      if (label === 'desktop') {
        await portal.getByRole('button', { name: 'Add a contact' }).click();
        await portal.getByRole('textbox', { name: 'Name' }).last().fill('Dana Front Desk');
        await portal.getByRole('textbox', { name: 'Email' }).last().fill('frontdesk@harborviewdental.example');
        await portal.getByRole('button', { name: 'Save reminders' }).click();
        await expect.poll(() => portal.getByText('Your reminders are saved.').isVisible()).toBe(true);
      }
      await portal.getByRole('heading', { name: 'Visit reminders: Harborview Dental Group' }).scrollIntoViewIfNeeded();
      await screenshot(portal, `reminders-portal-profile-${label}`);
      expect([...errorsOn(office), ...errorsOn(portal)]).toEqual([]);
    }
    const contacts = (await callApi(run.porter, await signInStaff(run.porter, 'owner@demo.test', 'porter-demo'), 'GET', `/api/office/customers/${customerId}/reminders`)).json().contacts;
    expect(contacts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Carla Customer', oneDayBefore: true }), expect.objectContaining({ name: 'Dr. Ian Harbor', oneDayBefore: true }), expect.objectContaining({ name: 'Dana Front Desk', threeDaysBefore: true, oneDayBefore: true })]));
  });
});
