import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';

/** Opens a demo customer's page on one tab. */
async function openCustomerTab(page: Page, url: string, customer: string, tab: string): Promise<void> {
  await page.goto(`${url}/office/customers?q=${encodeURIComponent(customer)}`);
  await page.getByRole('link', { name: customer }).first().click();
  await page.getByRole('tab', { name: tab }).click();
}

describe('services on an account and their visits', () => {
  const run = useJourney();

  it('the owner adds a weekly service, schedules it from the waiting list state, and its visits fill the Visits tab', async () => {
    const owner = await newPage(run.browser, desktop);
    await signInOffice(owner, run.porter.url, 'owner@demo.test');
    await openCustomerTab(owner, run.porter.url, 'Hollis Home', 'Services');
    await expect.poll(() => owner.getByRole('cell', { name: /Home clean/ }).count()).toBeGreaterThan(0);
    await screenshot(owner, 'account-services-desktop');

    await owner.getByRole('button', { name: 'Add service' }).click();
    const form = owner.getByRole('dialog', { name: 'Add service' });
    await form.getByLabel('Name', { exact: true }).fill('Spring window clean');
    await form.getByRole('textbox', { name: 'First visit' }).fill('2027-01-04');
    await form.getByLabel('Start time').fill('10:00');
    await form.getByLabel('Price per visit (USD)').fill('95');
    await form.getByRole('button', { name: 'Add surcharge or discount' }).click();
    await form.getByPlaceholder('Name, like “Pet surcharge”').fill('Ladder work');
    await form.getByLabel('Amount', { exact: true }).fill('20');
    await screenshot(owner, 'account-service-form-desktop');
    await form.getByRole('button', { name: 'Save service' }).click();
    await expect.poll(() => form.isVisible()).toBe(false);

    const row = owner.getByRole('row', { name: /Spring window clean/ });
    await expect.poll(() => row.getByText('Waiting').count()).toBe(1);
    // $95 plus the $20 ladder surcharge.
    await expect.poll(() => row.getByText('$115.00').count()).toBe(1);

    await owner.goto(`${run.porter.url}/office/waiting-list`);
    await expect.poll(() => owner.getByRole('link', { name: 'Hollis Home' }).count()).toBe(1);
    await screenshot(owner, 'waiting-list-desktop');

    await openCustomerTab(owner, run.porter.url, 'Hollis Home', 'Services');
    await owner.getByRole('row', { name: /Spring window clean/ }).getByRole('button', { name: 'Schedule' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Schedule visits' }).click();
    await expect.poll(() => owner.getByRole('row', { name: /Spring window clean/ }).getByText('Scheduled').count()).toBe(1);

    await owner.getByRole('tab', { name: 'Visits' }).click();
    await expect.poll(() => owner.getByRole('row', { name: /Spring window clean/ }).count()).toBeGreaterThan(0);
    await screenshot(owner, 'customer-visits-desktop');
    expect(errorsOn(owner)).toEqual([]);
  });

  it('shows services and visits as cards on a phone', async () => {
    const owner = await newPage(run.browser, phone);
    await signInOffice(owner, run.porter.url, 'owner@demo.test', { to: '/office/customers' });
    await owner.getByRole('link', { name: 'Harborview Dental Group' }).first().click();
    await owner.getByRole('tab', { name: 'Services' }).click();
    await expect.poll(() => owner.locator('[data-list-cards]').getByText('Nightly janitorial').count()).toBe(1);
    await screenshot(owner, 'account-services-phone');
    await owner.getByRole('tab', { name: 'Visits' }).click();
    await expect.poll(() => owner.locator('[data-list-cards]').getByText('Weekend deep clean').count()).toBeGreaterThan(0);
    await screenshot(owner, 'customer-visits-phone');
    await owner.goto(`${run.porter.url}/office/waiting-list`);
    await expect.poll(() => owner.getByText('Window washing').count()).toBe(1);
    await screenshot(owner, 'waiting-list-phone');
    expect(errorsOn(owner)).toEqual([]);
  });

  it('pages a customer’s visits with Previous and Next, on a desk and on a phone', async () => {
    for (const [device, viewport] of [['desk', desktop], ['phone', phone]] as const) {
      const owner = await newPage(run.browser, viewport);
      await signInOffice(owner, run.porter.url, 'owner@demo.test', { to: '/office/customers' });
      await owner.getByRole('link', { name: 'Harborview Dental Group' }).first().click();
      await owner.getByRole('tab', { name: 'Visits' }).click();
      const pager = owner.getByRole('navigation', { name: 'Pagination' });
      await expect.poll(() => pager.getByText('Page 1').isVisible()).toBe(true);
      await pager.getByRole('button', { name: 'Next page' }).click();
      await expect.poll(() => pager.getByText('Page 2').isVisible()).toBe(true);
      // Previous waits for page 2's rows, so it is enabled once they are drawn.
      await expect.poll(() => pager.getByRole('button', { name: 'Previous page' }).isEnabled()).toBe(true);
      expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await screenshot(owner, `customer-visits-page-2-${device}`);
      await pager.getByRole('button', { name: 'Previous page' }).click();
      await expect.poll(() => pager.getByText('Page 1').isVisible()).toBe(true);
      // Past visits are another list: it opens at its own first page.
      await pager.getByRole('button', { name: 'Next page' }).click();
      await expect.poll(() => pager.getByText('Page 2').isVisible()).toBe(true);
      await owner.locator('label').filter({ hasText: /^Past$/ }).click();
      await expect.poll(() => pager.getByText('Page 1').isVisible()).toBe(true);
      expect(errorsOn(owner)).toEqual([]);
      await owner.context().close();
    }
  });
});
