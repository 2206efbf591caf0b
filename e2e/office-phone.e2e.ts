import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { desktop, errorsOn, newPage, openInApp, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';
import { inspect } from '../server/test/harness.ts';

interface ListPage {
  name: string;
  path: string;
  /** Whether the list has filters to fold behind the Filters button. */
  filters: boolean;
}

/** Every office list, each with items in the demo (the supply order is placed below). */
function listPages(harborview: string, mainClinic: string): ListPage[] {
  return [
    { name: 'customers', path: '/office/customers', filters: true },
    { name: 'locations', path: '/office/locations', filters: false },
    { name: 'requests', path: '/office/requests?status=all', filters: true },
    { name: 'supplies', path: '/office/supplies', filters: true },
    { name: 'feedback', path: '/office/feedback', filters: true },
    { name: 'staff', path: '/office/settings/staff', filters: false },
    { name: 'portal-users', path: `/office/customers/${harborview}?tab=portal-users`, filters: false },
    { name: 'customer-locations', path: `/office/customers/${harborview}?tab=locations`, filters: false },
    { name: 'location-staff', path: `/office/locations/${mainClinic}?tab=assignments`, filters: false },
    { name: 'outbox', path: '/office/settings/outbox', filters: false },
    { name: 'services', path: '/office/settings/services', filters: false },
    { name: 'request-categories', path: '/office/settings/request-categories', filters: false },
    { name: 'supply-products', path: '/office/supplies?tab=products', filters: false },
  ];
}

/** How the first list item sits: its top edge in the viewport, and the page's full width. */
async function firstItemAndWidth(page: Page) {
  return page.evaluate(() => ({
    firstTop: document.querySelector('[data-list-cards]:not([data-stale]) > li')?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY,
    scrollWidth: document.documentElement.scrollWidth,
  }));
}

describe('the office on a phone', () => {
  const run = useJourney();
  let harborview: string;
  let mainClinic: string;

  beforeAll(async () => {
    harborview = (await inspect(run.porter.ctx.db).selectFrom('customers').select('id').where('name', '=', 'Harborview Dental Group').executeTakeFirstOrThrow()).id;
    mainClinic = (await inspect(run.porter.ctx.db).selectFrom('locations').select('id').where('customer_id', '=', harborview).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id;
    // One supply order, so the supplies list has something to show.
    const customer = await newPage(run.browser, phone);
    await signInPortal(customer, run.porter.url, 'customer@demo.test', { to: '/portal/demo/supplies' });
    await customer.getByLabel('Quantity of Paper towels').fill('2');
    await customer.getByRole('button', { name: 'Place order' }).click();
    await customer.getByText(/SO-\d{4}-0001/).first().waitFor();
    await customer.context().close();
  });

  it('every list starts on the first screen as cards, with its filters behind one button and nothing wider than the phone', async () => {
    const page = await newPage(run.browser, phone);
    await signInOffice(page, run.porter.url, 'owner@demo.test');

    for (const list of listPages(harborview, mainClinic)) {
      await openInApp(page, list.path, '[data-list-cards]');
      const cards = page.locator('[data-list-cards]:not([data-stale]) > li');
      await expect.poll(() => cards.first().isVisible(), { message: list.name }).toBe(true);
      // Cards, not a table clipped at the right edge.
      expect(await page.locator('main table').count(), list.name).toBe(0);
      const { firstTop, scrollWidth } = await firstItemAndWidth(page);
      expect(scrollWidth, list.name).toBeLessThanOrEqual(phone.width);
      expect(firstTop, list.name).toBeLessThan(phone.height);
      const toggle = page.locator('[data-filters-toggle]');
      expect(await toggle.count(), list.name).toBe(list.filters ? 1 : 0);
      await screenshot(page, `office-phone-${list.name}`);
    }
    expect(errorsOn(page)).toEqual([]);
  });

  it('the Filters button opens the folded filters and counts the ones in use', async () => {
    const page = await newPage(run.browser, phone);
    await signInOffice(page, run.porter.url, 'owner@demo.test', { to: '/office/customers' });
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await page.getByLabel('Type').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel('Type').selectOption({ label: 'Commercial' });
    await page.waitForURL(/type=commercial/);
    await expect.poll(() => toggle.textContent()).toMatch(/Filters\s*1/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'office-phone-customers-filters');
    expect(errorsOn(page)).toEqual([]);
  });

  it('a phone turned sideways mid-search keeps the search box, its words and the keyboard’s focus', async () => {
    const page = await newPage(run.browser, phone);
    await signInOffice(page, run.porter.url, 'owner@demo.test', { to: '/office/customers' });
    const searchBox = page.getByRole('searchbox', { name: 'Search customers' });
    await expect.poll(() => page.getByRole('button', { name: /^Filters/ }).isVisible()).toBe(true);
    await searchBox.pressSequentially('Harbor');
    const focusedSearch = () => page.evaluate(() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'search' ? document.activeElement.value : null);
    // Sideways, the phone is past the 48em breakpoint: the filters join the search in one row.
    await page.setViewportSize({ width: phone.height, height: phone.width });
    await expect.poll(() => page.getByLabel('Type').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Filters/ }).count()).toBe(0);
    expect(await focusedSearch()).toBe('Harbor');
    await page.keyboard.type(' Dental');
    await page.waitForURL(/q=Harbor\+Dental/);
    await expect.poll(() => page.getByRole('link', { name: 'Harborview Dental Group' }).first().isVisible()).toBe(true);
    await screenshot(page, 'office-phone-sideways-search');
    await page.setViewportSize(phone);
    await expect.poll(() => page.getByRole('button', { name: /^Filters/ }).isVisible()).toBe(true);
    expect(await page.getByLabel('Type').isVisible()).toBe(false);
    expect(await focusedSearch()).toBe('Harbor Dental');
    expect(errorsOn(page)).toEqual([]);
  });

  it('the menu button slides the office menu in and out, and a closed menu is out of the keyboard’s path', async () => {
    const page = await newPage(run.browser, phone);
    await signInOffice(page, run.porter.url, 'owner@demo.test', { to: '/office/customers' });
    const burger = page.getByRole('button', { name: 'Toggle navigation' });
    const menu = page.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => burger.isVisible()).toBe(true);
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.isVisible()).toBe(false);
    // Every stop of the keyboard's path from the top of the page, until it comes round again.
    const stops: string[] = [];
    for (let press = 0; press < 40; press += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => (document.activeElement?.closest('[id="office-menu"]') ? 'menu' : (document.activeElement?.textContent ?? '')));
      stops.push(stop);
    }
    expect(stops).not.toContain('menu');
    // The journeys' device reduces motion: the menu comes in place, as dialogs do (device-settings.e2e.ts).
    expect(await page.locator('#office-menu').evaluate((element) => getComputedStyle(element).transitionDuration)).toMatch(/^0s(, 0s)*$/);

    // Opening the menu restyles the menu alone: a rewritten style sheet would restyle the whole page on every tap.
    await page.evaluate(() => {
      const rewrites = { count: 0 };
      (window as unknown as { styleRewrites: typeof rewrites }).styleRewrites = rewrites;
      new MutationObserver((records) => {
        rewrites.count += records.filter((record) => (record.target instanceof Element ? record.target : record.target.parentElement)?.closest('style')).length;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await burger.click();
    expect(await burger.getAttribute('aria-expanded')).toBe('true');
    await menu.waitFor();
    expect(await page.evaluate(() => (window as unknown as { styleRewrites: { count: number } }).styleRewrites.count)).toBe(0);
    await screenshot(page, 'office-phone-menu');
    await menu.getByRole('link', { name: 'Locations' }).click();
    await page.waitForURL(/\/office\/locations$/);
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    await menu.waitFor({ state: 'hidden' });
    expect(errorsOn(page)).toEqual([]);
  });

  it('a customer’s tabs show there is more to the side, and the same lists are tables on a desktop', async () => {
    const page = await newPage(run.browser, phone);
    await signInOffice(page, run.porter.url, 'owner@demo.test', { to: `/office/customers/${harborview}` });
    await expect.poll(() => page.getByRole('tab', { name: 'Overview' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-tabs-more="after"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'office-phone-customer-tabs');

    const wide = await newPage(run.browser, desktop);
    await signInOffice(wide, run.porter.url, 'owner@demo.test');
    for (const list of listPages(harborview, mainClinic)) {
      await openInApp(wide, list.path, 'main table');
      await expect.poll(() => wide.locator('main table:not([data-stale]) tbody tr').first().isVisible(), { message: list.name }).toBe(true);
      expect(await wide.locator('[data-filters-toggle]').count(), list.name).toBe(0);
      await screenshot(wide, `office-desktop-${list.name}`);
    }
    // Eleven tabs are wider than a desktop's page too: the hint leads to the last, and then points back.
    await wide.goto(`${run.porter.url}/office/customers/${harborview}`);
    await expect.poll(() => wide.getByRole('tab', { name: 'Overview' }).isVisible()).toBe(true);
    await expect.poll(() => wide.locator('[data-tabs-more="after"]').isVisible()).toBe(true);
    expect(await wide.locator('[data-tabs-more="before"]').count()).toBe(0);
    await wide.locator('[data-tabs-more="after"]').click();
    await expect.poll(() => wide.locator('[data-tabs-more="before"]').isVisible()).toBe(true);
    await wide.getByRole('tab', { name: 'Reports' }).click();
    await expect.poll(() => wide.getByRole('tab', { name: 'Reports' }).getAttribute('aria-selected')).toBe('true');
    expect(await wide.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(desktop.width);
    expect(errorsOn(wide)).toEqual([]);
  });
});
