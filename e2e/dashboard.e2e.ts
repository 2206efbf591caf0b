import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspect } from '../server/test/harness.ts';
import { newId } from '../server/lib/ids.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';

const day = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * day).toISOString();

/** The number a dashboard link starts with, e.g. 2 for "2 supply orders waiting for approval". */
async function shownCount(page: Page, key: string): Promise<number> {
  const text = await page.locator(`[data-attention="${key}"]`).innerText();
  return Number(/\d+/.exec(text)?.[0]);
}

/** Rows of the list the page shows (the desktop tables), once it has loaded. */
async function listedRows(page: Page): Promise<number> {
  const rows = page.locator('main table tbody tr');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  return rows.count();
}

describe('the office dashboard', () => {
  const run = useJourney();

  // Work waiting beyond what the demo holds: two supply orders to approve, a request nobody opened for
  // three days, a recent low rating and one too old to count.
  beforeAll(async () => {
    const db = inspect(run.porter.ctx.db);
    const site = await db.selectFrom('locations').select(['id', 'customer_id', 'tenant_id']).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow();
    const base = { tenant_id: site.tenant_id, customer_id: site.customer_id, location_id: site.id, portal_user_id: null };
    for (const reference of ['SO-2026-0901', 'SO-2026-0902']) {
      await db.insertInto('supply_orders').values({ ...base, id: newId(), reference, status: 'submitted', note: null, note_to_customer: null, created_at: daysAgo(1), updated_at: daysAgo(1) }).execute();
    }
    await db
      .insertInto('service_requests')
      .values({ ...base, id: newId(), reference: 'SR-2026-0901', service_id: null, category_id: null, subject: 'Restroom needs attention', text: 'Nobody has looked at this for days.', status: 'new', assignee_id: null, visit_id: null, close_reason: null, created_at: daysAgo(3), updated_at: daysAgo(3), opened_at: null, resolved_at: null, closed_at: null })
      .execute();
    await db.insertInto('feedback').values({ ...base, id: newId(), rating: 1, note: 'The bins were not emptied.', created_at: daysAgo(2) }).execute();
    await db.insertInto('feedback').values({ ...base, id: newId(), rating: 1, note: 'Long ago.', created_at: daysAgo(45) }).execute();
  });

  it('says what needs attention, and each link opens a list with exactly that many rows', async () => {
    const owner = await newPage(run.browser, desktop);
    await signInOffice(owner, run.porter.url, 'owner@demo.test', { to: '/office' });
    const keys = ['newRequests', 'overdueRequests', 'newSupplyOrders', 'lowRatings', 'failingEmails'];
    for (const key of keys) await expect.poll(() => owner.locator(`[data-attention="${key}"]`).isVisible()).toBe(true);
    expect(await owner.getByText('All caught up').count()).toBe(0);
    await screenshot(owner, 'dashboard-attention-desktop');

    // Supplies carries a badge for the orders waiting, like Requests does for new requests.
    const suppliesLink = owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Supplies/ });
    await expect.poll(async () => (await suppliesLink.innerText()).replace(/\s+/g, ' ').trim()).toBe(`Supplies ${String(await shownCount(owner, 'newSupplyOrders'))}`);

    for (const key of keys) {
      await owner.goto(`${run.porter.url}/office`);
      const count = await shownCount(owner, key);
      expect(count).toBeGreaterThan(0);
      await owner.locator(`[data-attention="${key}"]`).click();
      await owner.waitForURL((url) => url.pathname !== '/office');
      expect(await listedRows(owner)).toBe(count);
      // No row is hidden on a further page: the inbox, read by cursors, offers no Next; the other lists' own count agrees.
      if (key === 'newRequests' || key === 'overdueRequests') expect(await owner.getByRole('button', { name: 'Next' }).count()).toBe(0);
      else await expect.poll(() => owner.getByText(new RegExp(`of ${String(count)}$`)).first().isVisible()).toBe(true);
      await screenshot(owner, `dashboard-link-${key}`);
    }
    expect(errorsOn(owner)).toEqual([]);
  });

  it('shows a supervisor only what their role may open, on a phone', async () => {
    const supervisor = await newPage(run.browser, phone);
    await signInOffice(supervisor, run.porter.url, 'supervisor@demo.test', { to: '/office' });
    await expect.poll(() => supervisor.locator('[data-attention="newSupplyOrders"]').isVisible()).toBe(true);
    // The outbox is for owners and admins: no link to a page that would refuse.
    expect(await supervisor.locator('[data-attention="failingEmails"]').count()).toBe(0);
    await screenshot(supervisor, 'dashboard-attention-phone');
    expect(errorsOn(supervisor)).toEqual([]);
  });

  it('shows placeholders while loading and an error with a retry after a failure — never "all caught up"', async () => {
    const owner = await newPage(run.browser, phone);
    await signInOffice(owner, run.porter.url, 'owner@demo.test');

    // Held: the figures have not come yet.
    const held: Route[] = [];
    const hold = (route: Route) => { held.push(route); };
    await owner.route('**/api/office/dashboard', hold);
    await owner.goto(`${run.porter.url}/office`);
    await expect.poll(() => owner.getByRole('status', { name: 'Loading' }).first().isVisible()).toBe(true);
    expect(await owner.getByText('All caught up').count()).toBe(0);
    expect(await owner.getByText('No emails are waiting.').count()).toBe(0);
    await screenshot(owner, 'dashboard-loading-phone');
    await owner.unroute('**/api/office/dashboard', hold);
    await Promise.all(held.map((route) => route.abort().catch(() => undefined)));

    // Failing: every try answers 500.
    const fail = (route: Route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } }) });
    await owner.route('**/api/office/dashboard', fail);
    await owner.goto(`${run.porter.url}/office`);
    await expect.poll(() => owner.getByText('The dashboard could not be loaded').isVisible()).toBe(true);
    expect(await owner.getByText('All caught up').count()).toBe(0);
    expect(await owner.getByText('Needs attention').count()).toBe(0);
    await screenshot(owner, 'dashboard-error-phone');

    // Once Porter answers again, Retry brings the figures.
    await owner.unroute('**/api/office/dashboard', fail);
    await owner.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => owner.locator('[data-attention="failingEmails"]').isVisible()).toBe(true);
    expect(errorsOn(owner)).toEqual([]);
  });

  it('says "all caught up" only when every list it may open is empty', async () => {
    const owner = await newPage(run.browser, desktop);
    await signInOffice(owner, run.porter.url, 'owner@demo.test');
    const empty = { newRequests: 0, overdueRequests: 0, newSupplyOrders: 0, lowRatings: 0, failingEmails: 0 };
    await owner.route('**/api/office/dashboard', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), attention: empty } });
    });
    await owner.goto(`${run.porter.url}/office`);
    await expect.poll(() => owner.getByText('All caught up').isVisible()).toBe(true);
    await screenshot(owner, 'dashboard-caught-up-desktop');
  });
});
