import { describe, expect, it } from 'vitest';
import { inspect } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

describe('custom fields: a customer changes one in the portal, and the office gets a request saying what changed', () => {
  const run = useJourney();

  it('the customer is told of a bad value, saves a good one, and the office reads the change in its requests inbox', async () => {
    // Henry's home has Sparkle's demo fields; the company's switch for portal-change requests is on.
    const customer = await newPage(run.browser, desktop);
    await signInPortal(customer, run.porter.url, 'home@demo.test');
    await customer.goto(`${run.porter.url}/portal/demo/profile`);
    await expect.poll(() => customer.getByRole('heading', { name: 'Additional information' }).isVisible()).toBe(true);
    // Shown, not editable; the office's hidden contract start is nowhere.
    await expect.poll(() => customer.getByText('Square footage').isVisible()).toBe(true);
    expect(await customer.getByText('Contract start').count()).toBe(0);
    const alarm = customer.getByLabel('Alarm panel location');
    const save = customer.locator('form').filter({ has: alarm }).getByRole('button', { name: 'Save changes' });
    expect(await alarm.inputValue()).toBe('Hall closet, behind the coats');

    // Too long: the form says so before anything is sent.
    await alarm.fill('x'.repeat(201));
    await save.click();
    await expect.poll(() => customer.getByText('Use at most 200 characters').isVisible()).toBe(true);
    await screenshot(customer, 'custom-fields-portal-invalid-desktop');

    await alarm.fill('Garage, left of the side door');
    await save.click();
    await expect.poll(() => customer.getByText('Your changes are saved.').isVisible()).toBe(true);
    await screenshot(customer, 'custom-fields-portal-saved-desktop');

    const pocket = await newPage(run.browser, phone);
    await signInPortal(pocket, run.porter.url, 'home@demo.test');
    await pocket.goto(`${run.porter.url}/portal/demo/profile`);
    await expect.poll(async () => (await pocket.getByLabel('Alarm panel location').isVisible()) && (await pocket.getByLabel('Alarm panel location').inputValue())).toBe('Garage, left of the side door');
    await pocket.getByLabel('Alarm panel location').scrollIntoViewIfNeeded();
    await screenshot(pocket, 'custom-fields-portal-phone');

    // One request, in the office's inbox, saying what changed from what.
    const request = await inspect(run.porter.ctx.db).selectFrom('service_requests').select(['id', 'reference']).where('subject', '=', 'Changed in the portal: Alarm panel location').executeTakeFirstOrThrow();
    const office = await newPage(run.browser, desktop);
    await signInOffice(office, run.porter.url, 'owner@demo.test');
    await office.goto(`${run.porter.url}/office/requests`);
    await expect.poll(() => office.getByText('Changed in the portal: Alarm panel location').first().isVisible()).toBe(true);
    await screenshot(office, 'custom-fields-office-inbox-desktop');
    await office.goto(`${run.porter.url}/office/requests/${request.id}`);
    await expect.poll(() => office.getByText(request.reference).first().isVisible()).toBe(true);
    await expect.poll(() => office.getByText('- Alarm panel location: “Hall closet, behind the coats” → “Garage, left of the side door”', { exact: false }).first().isVisible()).toBe(true);
    await screenshot(office, 'custom-fields-office-request-desktop');

    // The office's own page for the fields, and the value on the location's page.
    await office.goto(`${run.porter.url}/office/settings/custom-fields`);
    await expect.poll(() => office.getByText('Preferred day').isVisible()).toBe(true);
    await screenshot(office, 'custom-fields-settings-desktop');
    const officePhone = await newPage(run.browser, phone);
    await signInOffice(officePhone, run.porter.url, 'owner@demo.test');
    await officePhone.goto(`${run.porter.url}/office/settings/custom-fields`);
    await expect.poll(() => officePhone.getByText('Preferred day').isVisible()).toBe(true);
    await screenshot(officePhone, 'custom-fields-settings-phone');
    const home = await inspect(run.porter.ctx.db).selectFrom('locations').select('id').where('name', '=', 'Home').where('address', 'like', '88 Willow%').executeTakeFirstOrThrow();
    await office.goto(`${run.porter.url}/office/locations/${home.id}`);
    await expect.poll(async () => (await office.getByLabel('Alarm panel location').isVisible()) && (await office.getByLabel('Alarm panel location').inputValue())).toBe('Garage, left of the side door');
    await screenshot(office, 'custom-fields-office-location-desktop');

    expect([...errorsOn(customer), ...errorsOn(pocket), ...errorsOn(office), ...errorsOn(officePhone)]).toEqual([]);
  });
});
