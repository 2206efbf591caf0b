import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { weekdays } from '../shared/features/visits/frequency.ts';
import { inspect } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';

const zone = 'America/Los_Angeles';

/** A day on the clinic's clock, `days` after today there. */
function clinicDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** What the page shows for 14:00 on the clinic's clock to a reader in UTC: "2:00 PM PDT" or "PST". */
const twoPm = /2:00\s?PM\s?P[DS]T/;

describe('the office schedule', () => {
  const run = useJourney();
  let day: string;
  let visitId: string;

  beforeAll(async () => {
    const db = inspect(run.porter.ctx.db);
    const tenant = await db.selectFrom('tenants').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
    const harborview = await db.selectFrom('customers').select('id').where('tenant_id', '=', tenant.id).where('name', '=', 'Harborview Dental Group').executeTakeFirstOrThrow();
    const clinic = await db.selectFrom('locations').select('id').where('customer_id', '=', harborview.id).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow();
    const tess = await db.selectFrom('staff_users').select('id').where('email', '=', 'tech@demo.test').executeTakeFirstOrThrow();

    // Tess's demo visits go to nobody, so her row holds only what this journey puts there.
    await db.deleteFrom('visit_team').where('staff_user_id', '=', tess.id).execute();
    // The owner adds a weekly service that starts tomorrow and schedules it.
    const page = await newPage(run.browser, desktop);
    await signInOffice(page, run.porter.url, 'owner@demo.test');
    day = clinicDay(1);
    const weekday = weekdays[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7]!;
    const added = await page.request.post(`${run.porter.url}/api/office/customers/${harborview.id}/account-services`, {
      data: { locationId: clinic.id, name: 'Weekly clean', frequency: { kind: 'weekly', interval: 1, days: [weekday] }, startDate: day, startTime: '10:00', durationMinutes: 120, price: 15000, teamIds: [tess.id] },
    });
    expect(added.status()).toBe(201);
    const serviceId = ((await added.json()) as { id: string }).id;
    expect((await page.request.post(`${run.porter.url}/api/office/account-services/${serviceId}/schedule`)).status()).toBe(200);
    // A one-off visit for Tess later that day: free at first, double-booked once the weekly one moves onto it.
    const oneOff = await page.request.post(`${run.porter.url}/api/office/visits`, {
      data: { customerId: harborview.id, locationId: clinic.id, name: 'Window wash', date: day, time: '15:00', durationMinutes: 60, price: 5000, teamIds: [tess.id] },
    });
    expect(oneOff.status()).toBe(201);
    expect(((await oneOff.json()) as { doubleBooked: unknown[] }).doubleBooked).toEqual([]);
    visitId = (await db.selectFrom('visits').select('id').where('account_service_id', '=', serviceId).orderBy('starts_at').executeTakeFirstOrThrow()).id;
    await page.context().close();
  });

  async function openWeek(page: Page) {
    await page.goto(`${run.porter.url}/office/schedule?date=${day}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Schedule' }).isVisible()).toBe(true);
    const block = page.locator(`[data-visit-id="${visitId}"]`);
    await block.first().waitFor();
    return block.first();
  }

  it('shows the week by team member on a desktop, and moving a visit shows its new time there', async () => {
    const page = await newPage(run.browser, desktop);
    await signInOffice(page, run.porter.url, 'owner@demo.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
    await page.waitForURL(`${run.porter.url}/office/schedule`);
    const block = await openWeek(page);
    // The visit sits in Tess Tran's row, at 10:00 on the clinic's clock with its zone named.
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Tess Tran' }) });
    await expect.poll(() => row.locator(`[data-visit-id="${visitId}"]`).count()).toBe(1);
    expect(await block.innerText()).toMatch(/10:00\s?AM\s?P[DS]T/);
    expect(await block.innerText()).toContain('Harborview Dental Group');
    expect(await block.innerText()).not.toContain('Double-booked');
    await screenshot(page, 'schedule-week-desktop');

    await block.click();
    const drawer = page.getByRole('dialog', { name: 'Weekly clean' });
    await expect.poll(() => drawer.getByRole('table', { name: 'Price breakdown' }).isVisible()).toBe(true);
    expect(await drawer.getByRole('table', { name: 'Price breakdown' }).innerText()).toContain('$150.00');
    await screenshot(page, 'schedule-drawer-desktop');

    await drawer.getByRole('button', { name: 'Move' }).click();
    const move = page.getByRole('dialog', { name: 'Move visit' });
    await move.getByLabel('Start time').fill('14:00');
    await screenshot(page, 'schedule-move-desktop');
    await move.getByRole('button', { name: 'Move visit' }).click();
    await expect.poll(() => move.isVisible()).toBe(false);
    // 14:00 to 16:00 overlaps the window wash at 15:00: the move is made, with a warning naming Tess.
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Tess Tran has another visit at the same time.' }).count()).toBeGreaterThan(0);
    await expect.poll(() => drawer.innerText()).toMatch(twoPm);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`[data-visit-id="${visitId}"]`).first().innerText()).toMatch(twoPm);
    await expect.poll(() => row.getByText('Double-booked', { exact: true }).count()).toBe(2);
    await screenshot(page, 'schedule-week-moved-desktop');

    // The move is stored on the clinic's clock, marked as changed on its own, and the customer was told.
    const stored = await inspect(run.porter.ctx.db).selectFrom('visits').select(['starts_at', 'exception']).where('id', '=', visitId).executeTakeFirstOrThrow();
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(stored.starts_at))).toBe('14:00');
    expect(Boolean(stored.exception)).toBe(true);
    const emails = await inspect(run.porter.ctx.db).selectFrom('outbox_emails').select(['subject', 'text_body']).where('to_address', '=', 'customer@demo.test').execute();
    expect(emails.some((email) => email.subject.includes('has a new time') && /2:00\s?PM\s?P[DS]T/.test(email.text_body))).toBe(true);

    // The day and the list show it too.
    await page.locator('label').filter({ hasText: /^Day$/ }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Tess Tran' }).locator(`[data-visit-id="${visitId}"]`).count()).toBe(1);
    await screenshot(page, 'schedule-day-desktop');
    await page.locator('label').filter({ hasText: /^List$/ }).click();
    await expect.poll(() => page.getByRole('table').filter({ hasText: 'Harborview Dental Group' }).count()).toBe(1);
    await screenshot(page, 'schedule-list-desktop');

    await page.getByRole('button', { name: 'New visit' }).click();
    const form = page.getByRole('dialog', { name: 'New one-off visit' });
    await form.getByRole('button', { name: 'Plan visit' }).click();
    // Nothing chosen yet: the form says what is missing, in the server's words, before anything is sent.
    await expect.poll(() => form.getByText('Choose a customer').isVisible()).toBe(true);
    await screenshot(page, 'schedule-new-visit-desktop');
    await form.getByRole('button', { name: 'Cancel' }).click();
    expect(errorsOn(page)).toEqual([]);
  });

  it('lists the week day by day on a phone, and opens a visit from there', async () => {
    const page = await newPage(run.browser, phone);
    await signInOffice(page, run.porter.url, 'owner@demo.test');
    const block = await openWeek(page);
    // No grid at 375 px: days follow each other, each visit with its team named.
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await block.innerText()).toContain('Tess Tran');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'schedule-week-phone');
    await block.click();
    const drawer = page.getByRole('dialog', { name: 'Weekly clean' });
    await expect.poll(() => drawer.getByRole('button', { name: 'Change team' }).isVisible()).toBe(true);
    await screenshot(page, 'schedule-drawer-phone');
    expect(errorsOn(page)).toEqual([]);
  });

  it('shows a larger company twelve team members at a time, on a desktop and a phone', async () => {
    const db = inspect(run.porter.ctx.db);
    const tenant = await db.selectFrom('tenants').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
    const hired = Array.from({ length: 12 }, (_, i) => ({
      id: `zz-member-${i}`,
      tenant_id: tenant.id,
      email: `zoe${i}@demo.test`,
      name: `Zoe Zimmer ${String(i + 1).padStart(2, '0')}`,
      role: 'technician' as const,
      created_at: new Date().toISOString(),
    }));
    await db.insertInto('staff_users').values(hired).execute();
    const everyone = await db.selectFrom('staff_users').select('id').where('tenant_id', '=', tenant.id).where('deactivated_at', 'is', null).execute();

    for (const viewport of [desktop, phone]) {
      const page = await newPage(run.browser, viewport);
      await signInOffice(page, run.porter.url, 'owner@demo.test');
      await openWeek(page);
      await expect.poll(() => page.getByText(`Team members 1–12 of ${everyone.length}`).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Page 2' }).click();
      await expect.poll(() => page.getByText(`Team members 13–${everyone.length} of ${everyone.length}`).isVisible()).toBe(true);
      await page.waitForURL(/page=2/);
      if (viewport === desktop) {
        // The last of the new people have their own rows; Tess, early in the alphabet, is on the first page.
        await expect.poll(() => page.getByRole('rowheader', { name: 'Zoe Zimmer 12' }).isVisible()).toBe(true);
        expect(await page.getByRole('rowheader', { name: 'Tess Tran' }).count()).toBe(0);
      }
      await screenshot(page, `schedule-week-page-2-${viewport === desktop ? 'desktop' : 'phone'}`);
      expect(errorsOn(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('gives a staff member a calendar address once, from their profile', async () => {
    const page = await newPage(run.browser, desktop);
    await signInOffice(page, run.porter.url, 'manager@demo.test', { to: '/office/profile' });
    await page.getByRole('button', { name: 'Make calendar address' }).click();
    const address = page.getByRole('textbox', { name: 'Calendar address' });
    await expect.poll(() => address.inputValue()).toMatch(/\/api\/calendar\/staff\/demo\/[\w-]+\.ics$/);
    const feed = await page.request.get(await address.inputValue());
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await screenshot(page, 'schedule-calendar-link');
    expect(errorsOn(page)).toEqual([]);
  });
});
