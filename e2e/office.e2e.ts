import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inspect } from '../server/test/harness.ts';
import { errorsOn, holdRequests, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';

/** The address of a page's own code, as Vite names it: held back, it keeps the page being left on screen. */
const pageCode = (file: string) => new RegExp(`/assets/${file}-[\\w-]+\\.js$`);

/** Every address the page has been at, so a journey can tell it never passed through a wrong one. */
function addressesOf(page: Page): string[] {
  const addresses: string[] = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && addresses.push(frame.url()));
  return addresses;
}

describe('office', () => {
  const run = useJourney();

  it('the demo owner signs in, sees the dashboard, searches customers and opens the outbox', async () => {
    const page = await newPage(run.browser);
    await page.goto(`${run.porter.url}/`);
    await page.waitForURL(/\/login/);
    await screenshot(page, 'office-login');
    await page.getByLabel('Email').fill('owner@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('porter-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${run.porter.url}/office`);
    await expect.poll(() => page.getByText('Sparkle Facility Services').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('67').first().isVisible()).toBe(true);
    await screenshot(page, 'office-dashboard');

    // Keyboard: the first Tab reaches the skip link, which lands on the page's own content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect.poll(() => skip.evaluate((link) => link === document.activeElement && link.getBoundingClientRect().top >= 0)).toBe(true);
    await screenshot(page, 'office-skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    await page.getByRole('link', { name: 'Customers' }).first().click();
    await page.waitForURL(/\/office\/customers/);
    await expect.poll(() => page.getByText('Harborview Dental Group').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/of 67/).first().isVisible()).toBe(true);
    await screenshot(page, 'office-customers');
    await page.getByLabel('Search customers').fill('dental');
    await page.waitForURL(/q=dental/);
    await expect.poll(() => page.getByText(/of 5\b/).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Cascade Law Offices').count()).toBe(0);

    await page.getByRole('link', { name: 'Locations' }).first().click();
    await expect.poll(() => page.getByText('East Clinic').first().isVisible()).toBe(true);
    await screenshot(page, 'office-locations');

    await page.goto(`${run.porter.url}/office/settings/outbox`);
    await expect.poll(() => page.getByText(/No SMTP server is configured/).isVisible()).toBe(true);
    await screenshot(page, 'office-outbox');
    // Without SMTP a failing email cannot be retried: the button is off, and says why.
    await page.getByRole('button', { name: /customer portal/ }).click();
    const email = page.getByRole('dialog');
    await expect.poll(() => email.getByText(/Retry needs an SMTP server/).isVisible()).toBe(true);
    expect(await email.getByRole('button', { name: 'Retry' }).isDisabled()).toBe(true);
    expect(errorsOn(page)).toEqual([]);
  });

  it('a wrong password shows an error and stays on the sign-in page', async () => {
    const page = await newPage(run.browser);
    await page.goto(`${run.porter.url}/login`);
    await page.getByLabel('Email').fill('owner@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText(/do not match an account/).isVisible()).toBe(true);
    expect(page.url()).toContain('/login');
    await screenshot(page, 'office-login-error');
  });

  it('a technician lands in the field app, and the office settings refuse them', async () => {
    const page = await newPage(run.browser, phone);
    await page.goto(`${run.porter.url}/login`);
    await page.getByLabel('Email').fill('tech@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('porter-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${run.porter.url}/field`);
    await expect.poll(() => page.getByText('Today').first().isVisible()).toBe(true);
    await screenshot(page, 'field-today-phone');
    const response = await page.request.get(`${run.porter.url}/api/office/outbox`);
    expect(response.status()).toBe(403);
  });

  it('the office works on a phone: the menu opens from the burger', async () => {
    const page = await newPage(run.browser, phone);
    await page.goto(`${run.porter.url}/login`);
    await page.getByLabel('Email').fill('manager@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('porter-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${run.porter.url}/office`);
    await expect.poll(() => page.getByRole('heading', { name: 'Needs attention' }).isVisible()).toBe(true);
    await screenshot(page, 'office-dashboard-phone');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
  });

  it('a tab pressed on a customer or location still shown while the next page loads opens that tab of its own page', async () => {
    const db = inspect(run.porter.ctx.db);
    const clinic = await db
      .selectFrom('locations')
      .innerJoin('customers', 'customers.id', 'locations.customer_id')
      .select(['locations.id', 'locations.customer_id', 'customers.name as customer'])
      .where('locations.name', '=', 'Main Clinic')
      .executeTakeFirstOrThrow();
    const page = await newPage(run.browser);
    const addresses = addressesOf(page);
    await signInOffice(page, run.porter.url, 'owner@demo.test', { to: `/office/locations/${clinic.id}` });
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Main Clinic' }).isVisible()).toBe(true);

    // The customer's page cannot load yet; the location's tabs are still there to be pressed.
    const customerCode = await holdRequests(page, pageCode('customer-detail-page'));
    await page.getByRole('link', { name: clinic.customer }).first().click();
    await page.getByRole('tab', { name: 'Schedule', exact: true }).click();
    await page.waitForURL(`${run.porter.url}/office/locations/${clinic.id}?tab=schedule`);
    customerCode.release();
    await expect.poll(() => page.getByRole('tab', { name: 'Schedule', exact: true, selected: true }).isVisible()).toBe(true);

    // And the other way round: a customer's tab pressed while a location's page loads.
    await page.goto(`${run.porter.url}/office/customers/${clinic.customer_id}?tab=locations`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: clinic.customer }).isVisible()).toBe(true);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const locationCode = await holdRequests(page, pageCode('location-detail-page'));
    await page.getByRole('link', { name: 'Main Clinic' }).first().click();
    await page.getByRole('tab', { name: 'Visits', exact: true }).click();
    await page.waitForURL(`${run.porter.url}/office/customers/${clinic.customer_id}?tab=visits`);
    locationCode.release();
    await expect.poll(() => page.getByRole('tab', { name: 'Visits', exact: true, selected: true }).isVisible()).toBe(true);
    expect(addresses.filter((address) => address.includes('undefined'))).toEqual([]);
    expect(errorsOn(page)).toEqual([]);
  });

  it('an unknown address shows the not-found page', async () => {
    const page = await newPage(run.browser);
    await page.goto(`${run.porter.url}/no/such/page`);
    await expect.poll(() => page.getByText(/not found|doesn.t exist|could not find/i).first().isVisible()).toBe(true);
    await screenshot(page, 'not-found');
  });
});
