import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { choose } from './support/forms.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';
import { inspect } from '../server/test/harness.ts';

describe('requests, supplies and feedback', () => {
  const run = useJourney();
  let photo: string;
  beforeAll(async () => {
    const dir = path.resolve(import.meta.dirname, '../test-results/uploads');
    mkdirSync(dir, { recursive: true });
    photo = path.join(dir, 'broken-tile.jpg');
    writeFileSync(photo, await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#b0a890' } }).jpeg().withExif({ IFD0: { Make: 'PhoneCo' } }).toBuffer());
  });

  const mailsTo = async (to: string) => (await inspect(run.porter.ctx.db).selectFrom('outbox_emails').select(['subject', 'text_body']).where('to_address', '=', to).orderBy('created_at').execute());

  it('a customer opens a request with a photo; the office answers; the customer confirms; supplies are ordered and a rating left', async () => {
    const mainClinic = (await inspect(run.porter.ctx.db).selectFrom('locations').select('id').where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id;

    // The customer opens a request with a photo, on a phone.
    const customer = await newPage(run.browser, phone);
    await signInPortal(customer, run.porter.url, 'customer@demo.test', { to: `/portal/demo?location=${mainClinic}` });
    await expect.poll(() => customer.getByText('Main Clinic').filter({ visible: true }).first().isVisible()).toBe(true);
    await customer.getByRole('link', { name: /Service requests/ }).first().click();
    await customer.waitForURL(/\/portal\/demo\/requests/);
    await customer.getByRole('link', { name: 'New request' }).or(customer.getByRole('button', { name: 'New request' })).first().click();
    await customer.waitForURL(/\/portal\/demo\/requests\/new/);
    await choose(customer, 'Category', 'Restroom needs attention');
    const text = customer.getByLabel('What do you need?');
    await text.fill('x'.repeat(501));
    await expect.poll(() => customer.getByText('Keep it under 500 characters').first().isVisible()).toBe(true);
    expect(await customer.getByRole('button', { name: 'Send request' }).isDisabled()).toBe(true);
    await text.fill('A floor tile in the ground-floor restroom is cracked and sharp.');
    await customer.getByLabel('Add photos or PDFs').setInputFiles(photo);
    await expect.poll(() => customer.getByRole('button', { name: 'Remove broken-tile.jpg' }).isVisible()).toBe(true);
    await expect.poll(() => customer.getByRole('button', { name: 'Send request' }).isEnabled()).toBe(true);
    await screenshot(customer, 'portal-new-request-phone');
    await customer.getByRole('button', { name: 'Send request' }).click();
    await customer.waitForURL(/\/portal\/demo\/requests\/[0-9a-f-]{36}$/);
    const referenceText = customer.getByText(/SR-\d{4}-\d{4}/).first();
    await expect.poll(() => referenceText.isVisible()).toBe(true);
    const reference = /SR-\d{4}-\d{4}/.exec(await referenceText.innerText())![0];
    const created = await inspect(run.porter.ctx.db).selectFrom('service_requests').select('reference').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(reference).toBe(created.reference);
    const requestUrl = customer.url();

    // The assigned-and-trained manager is emailed; the assigned but untrained supervisor is not.
    expect((await mailsTo('manager@demo.test')).map((m) => m.subject).join('\n')).toContain(reference);
    expect(await mailsTo('supervisor@demo.test')).toEqual([]);

    // The manager sees it counted in the inbox badge until opening it, then answers.
    const manager = await newPage(run.browser);
    await signInOffice(manager, run.porter.url, 'manager@demo.test');
    const requestsLink = manager.getByRole('link', { name: /Requests/ }).first();
    await expect.poll(() => requestsLink.innerText()).toMatch(/1/);
    await requestsLink.click();
    await manager.waitForURL(/\/office\/requests/);
    await expect.poll(() => manager.getByText(reference).first().isVisible()).toBe(true);
    await screenshot(manager, 'office-inbox');
    await manager.getByText(reference).first().click();
    await manager.waitForURL(/\/office\/requests\/[0-9a-f-]{36}/);
    await expect.poll(() => manager.getByRole('img', { name: /broken-tile/ }).first().isVisible()).toBe(true);
    await expect.poll(async () => (await manager.getByRole('link', { name: /Requests/ }).first().innerText()).trim()).toBe('Requests');

    await manager.getByLabel('Message').fill('We will replace the tile this afternoon.');
    await manager.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => manager.getByText('We will replace the tile this afternoon.').first().isVisible()).toBe(true);
    await expect.poll(() => manager.getByLabel('Message').inputValue()).toBe('');
    await manager.getByLabel('Message').fill('Tile is in the van already.');
    await manager.getByLabel(/Internal note/).check();
    await manager.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => manager.getByText('Tile is in the van already.').first().isVisible()).toBe(true);

    await manager.getByRole('button', { name: 'Mark in progress' }).click();
    await manager.getByRole('dialog').getByLabel('Update to the customer').fill('Our floor specialist is on the way.');
    await manager.getByRole('dialog').getByRole('button', { name: 'Mark in progress' }).click();
    await manager.getByRole('button', { name: 'Ask customer to confirm' }).click();
    await expect.poll(async () => (await inspect(run.porter.ctx.db).selectFrom('service_requests').select('status').where('reference', '=', reference).executeTakeFirstOrThrow()).status).toBe('pending_confirmation');
    await screenshot(manager, 'office-request-detail');

    // The customer sees the reply (never the internal note), confirms the fix, and sees it resolved.
    await customer.goto(requestUrl);
    await expect.poll(() => customer.getByText('We will replace the tile this afternoon.').first().isVisible()).toBe(true);
    expect(await customer.getByText('Tile is in the van already.').count()).toBe(0);
    await customer.getByRole('button', { name: 'Yes, it’s fixed' }).or(customer.getByRole('button', { name: "Yes, it's fixed" })).first().click();
    await expect.poll(() => customer.getByText('Resolved').first().isVisible()).toBe(true);
    await screenshot(customer, 'portal-request-resolved-phone');

    const statusMails = (await mailsTo('customer@demo.test')).map((m) => m.subject).filter((s) => s.startsWith(`[${reference}]`));
    expect(statusMails).toEqual([
      `[${reference}] We received your request`,
      `[${reference}] Sparkle Facility Services replied`,
      `[${reference}] Your request is in progress`,
      `[${reference}] Please confirm the problem is fixed`,
      `[${reference}] Your request is resolved`,
    ]);

    // Two supplies.
    await customer.goto(`${run.porter.url}/portal/demo/supplies`);
    await customer.getByLabel('Quantity of Paper towels').fill('2');
    await customer.getByLabel('Quantity of Hand soap refill').fill('3');
    await customer.getByRole('button', { name: 'Place order' }).click();
    await expect.poll(() => customer.getByText(`SO-${new Date().getUTCFullYear()}-0001`).first().isVisible()).toBe(true);
    await screenshot(customer, 'portal-supplies-phone');

    // A rating.
    await customer.goto(`${run.porter.url}/portal/demo/feedback`);
    await customer.getByRole('radio', { name: 'Satisfied', exact: true }).click();
    await customer.getByLabel('Note').fill('The new tile looks great.');
    await customer.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => customer.getByText(/thank/i).first().isVisible()).toBe(true);
    await screenshot(customer, 'portal-feedback-phone');

    const managerMails = (await mailsTo('manager@demo.test')).map((m) => m.subject);
    expect(managerMails.some((s) => s.startsWith('Supply order SO-'))).toBe(true);
    expect(managerMails.some((s) => s.startsWith('Feedback from'))).toBe(true);
    expect(await mailsTo('supervisor@demo.test')).toEqual([]);
    expect(errorsOn(customer)).toEqual([]);
    expect(errorsOn(manager)).toEqual([]);
  });

  it('pages the office inbox with Previous and Next, on a desk and on a phone', async () => {
    const db = inspect(run.porter.ctx.db);
    const sample = await db.selectFrom('service_requests').select(['tenant_id', 'customer_id', 'location_id']).where('subject', '=', 'Window washing').executeTakeFirstOrThrow();
    // Thirty older requests, a minute apart, so the inbox (25 to a page) has a second page.
    const start = Date.now() - 40 * 86_400_000;
    const rows = Array.from({ length: 30 }, (_, i) => {
      const at = new Date(start + i * 60_000).toISOString();
      return { ...sample, id: crypto.randomUUID(), reference: `SR-PAGE-${String(i).padStart(4, '0')}`, subject: `Paged request ${i}`, text: 'A request for paging.', status: 'open' as const, created_at: at, updated_at: at };
    });
    await db.insertInto('service_requests').values(rows).execute();

    for (const [device, viewport] of [['desk', desktop], ['phone', phone]] as const) {
      const office = await newPage(run.browser, viewport);
      await signInOffice(office, run.porter.url, 'owner@demo.test', { to: '/office/requests?status=all' });
      const pager = office.getByRole('navigation', { name: 'Pagination' });
      await expect.poll(() => pager.getByText('Page 1').isVisible()).toBe(true);
      expect(await office.getByText('SR-PAGE-0000').count()).toBe(0);
      expect(await pager.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
      await pager.getByRole('button', { name: 'Next page' }).click();
      await expect.poll(() => pager.getByText('Page 2').isVisible()).toBe(true);
      await expect.poll(() => office.getByText('SR-PAGE-0000').first().isVisible()).toBe(true);
      expect(await pager.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
      expect(await office.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await screenshot(office, `office-inbox-page-2-${device}`);
      await pager.getByRole('button', { name: 'Previous page' }).click();
      await expect.poll(() => pager.getByText('Page 1').isVisible()).toBe(true);
      // A new sort is another list: it starts again at its first page.
      await pager.getByRole('button', { name: 'Next page' }).click();
      await expect.poll(() => pager.getByText('Page 2').isVisible()).toBe(true);
      await office.goto(`${run.porter.url}/office/requests?status=all&sort=oldest`);
      await expect.poll(() => office.getByText('SR-PAGE-0000').first().isVisible()).toBe(true);
      expect(await pager.getByText('Page 1').isVisible()).toBe(true);
      expect(errorsOn(office)).toEqual([]);
      await office.close();
    }
  });
});
