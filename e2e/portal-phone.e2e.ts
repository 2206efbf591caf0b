import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inspect } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

/** The part of the screen the sticky header takes, once the page has scrolled. */
async function headerHeight(page: Page): Promise<number> {
  const box = await page.locator('header').first().boundingBox();
  return box?.height ?? Infinity;
}

describe('the customer portal on a phone, and in dark mode', () => {
  const run = useJourney();

  const requestAt = async (locationName: string) =>
    (await inspect(run.porter.ctx.db)
      .selectFrom('service_requests')
      .innerJoin('locations', 'locations.id', 'service_requests.location_id')
      .select(['service_requests.id', 'service_requests.subject'])
      .where('locations.name', '=', locationName)
      .executeTakeFirstOrThrow());

  it('a tab bar under the thumb, a slim header, New request on home, request cards that are links, and the location follows the request', async () => {
    const page = await newPage(run.browser, phone);
    await signInPortal(page, run.porter.url);
    const tabs = page.getByRole('navigation', { name: 'Portal pages' });
    await expect.poll(() => tabs.isVisible()).toBe(true);
    // Home, Services, Chat, each page a switched-on feature leads to (both clinics have requests, supplies and feedback on), and Billing for a
    // billing contact: seven, so Feedback and Billing fold under More.
    await expect.poll(() => tabs.getByRole('link').allInnerTexts()).toEqual(['Home', 'Services', 'Chat', 'Requests', 'Supplies']);
    expect(await tabs.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.getByRole('link', { name: 'New request' }).isVisible()).toBe(true);
    expect(await headerHeight(page)).toBeLessThan(phone.height * 0.1);
    await screenshot(page, 'portal-phone-home');

    // Scrolled to the end, the last line of the page sits above the bar, not under it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const footer = await page.getByText('Customer portal powered by Porter').boundingBox();
    const bar = await tabs.boundingBox();
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(bar!.y);
    expect(bar!.y + bar!.height).toBe(phone.height);
    expect(await headerHeight(page)).toBeLessThan(phone.height * 0.1);

    await tabs.getByRole('link', { name: 'Requests' }).click();
    await page.waitForURL(`${run.porter.url}/portal/demo/requests`);
    await expect.poll(() => tabs.getByRole('link', { name: 'Requests' }).getAttribute('aria-current')).toBe('page');
    expect(await tabs.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBeNull();
    // Each request card is a real link, so it opens in a new tab or on a long press.
    const cards = page.getByRole('region', { name: 'Open requests' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    const hrefs = await cards.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBe(await cards.count());
    for (const href of hrefs) expect(href).toMatch(/^\/portal\/demo\/requests\/[0-9a-f-]{36}$/);
    expect(await cards.locator('button').count()).toBe(0);
    await screenshot(page, 'portal-phone-requests');

    await tabs.getByRole('link', { name: 'Supplies' }).click();
    await page.waitForURL(`${run.porter.url}/portal/demo/supplies`);
    await expect.poll(() => tabs.getByRole('link', { name: 'Supplies' }).getAttribute('aria-current')).toBe('page');

    // Opening a request at the other clinic (from an email, say) shows that clinic as the chosen location.
    // The switcher is the phone's own picker: what it shows is the chosen option's name (its value is the id).
    const switcher = page.getByLabel('Location', { exact: true });
    const chosen = () => switcher.locator('option:checked').innerText();
    const shown = await chosen();
    const other = shown === 'Main Clinic' ? 'East Clinic' : 'Main Clinic';
    const request = await requestAt(other);
    await page.goto(`${run.porter.url}/portal/demo/requests/${request.id}`);
    await expect.poll(() => page.getByRole('heading', { name: request.subject }).first().isVisible()).toBe(true);
    await expect.poll(chosen).toBe(other);
    await expect.poll(() => tabs.getByRole('link', { name: 'Requests' }).getAttribute('aria-current')).toBe('page');
    await screenshot(page, 'portal-phone-request');
    expect(errorsOn(page)).toEqual([]);
  });

  it('a customer with one location sees no location switcher; on a desktop there is no tab bar', async () => {
    for (const viewport of [phone, desktop]) {
      const page = await newPage(run.browser, viewport);
      await signInPortal(page, run.porter.url, 'home@demo.test');
      await expect.poll(() => page.getByText(/Welcome, Henry/).isVisible()).toBe(true);
      await expect.poll(() => page.getByText('88 Willow Crescent, Beaverton, OR 97005').isVisible()).toBe(true);
      expect(await page.getByLabel('Location', { exact: true }).count()).toBe(0);
      const tabs = page.getByRole('navigation', { name: 'Portal pages' });
      if (viewport === phone) await expect.poll(() => tabs.getByRole('link').allInnerTexts()).toEqual(['Home', 'Services', 'Chat', 'Requests', 'Feedback']);
      else expect(await tabs.isVisible()).toBe(false);
      await screenshot(page, `portal-one-location-${viewport === phone ? 'phone' : 'desktop'}`);
      expect(errorsOn(page)).toEqual([]);
    }
  });

  it('a device in dark mode gets the portal and the office dark, and both still pass axe', async () => {
    for (const [label, viewport] of [['phone', phone], ['desktop', desktop]] as const) {
      const customer = await newPage(run.browser, viewport, { colorScheme: 'dark' });
      await customer.goto(`${run.porter.url}/portal/demo/login`);
      await expect.poll(() => customer.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
      expect(await customer.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe('dark');
      await screenshot(customer, `portal-login-dark-${label}`);
      await signInPortal(customer, run.porter.url);
      await expect.poll(() => customer.getByText(/Welcome, Carla/).isVisible()).toBe(true);
      expect(await customer.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe('dark');
      await screenshot(customer, `portal-home-dark-${label}`);
      await customer.getByRole('link', { name: 'Requests' }).or(customer.getByRole('link', { name: 'See all' })).first().click();
      await customer.waitForURL(/\/portal\/demo\/requests$/);
      await expect.poll(() => customer.getByRole('region', { name: 'Open requests' }).getByRole('listitem').count()).toBeGreaterThan(0);
      await screenshot(customer, `portal-requests-dark-${label}`);
      await customer.getByRole('region', { name: 'Open requests' }).getByRole('link').first().click();
      await expect.poll(() => customer.getByRole('heading', { name: 'Conversation' }).isVisible()).toBe(true);
      await screenshot(customer, `portal-request-dark-${label}`);

      const office = await newPage(run.browser, viewport, { colorScheme: 'dark' });
      await signInOffice(office, run.porter.url, 'owner@demo.test', { to: '/office/requests' });
      await expect.poll(() => office.getByRole('heading', { name: 'Requests' }).first().isVisible()).toBe(true);
      expect(await office.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe('dark');
      await screenshot(office, `office-requests-dark-${label}`);
      await office.goto(`${run.porter.url}/office/requests/${(await requestAt('Main Clinic')).id}`);
      await expect.poll(() => office.getByRole('heading', { name: 'Conversation' }).isVisible()).toBe(true);
      await screenshot(office, `office-request-dark-${label}`);
      // The logo preview shows the monogram the company's customers see while it has no logo.
      await office.goto(`${run.porter.url}/office/settings/portal`);
      await expect.poll(() => office.getByText('No logo yet').isVisible()).toBe(true);
      await screenshot(office, `office-portal-settings-dark-${label}`);
      expect([...errorsOn(customer), ...errorsOn(office)]).toEqual([]);
    }
  });
});
