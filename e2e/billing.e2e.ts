import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../server/lib/ids.ts';
import { inspect } from '../server/test/harness.ts';
import { desktop, errorsOn, holdRequests, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

const day = 86_400_000;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

describe('billing from the completed visit to a zero balance', () => {
  const run = useJourney();
  let customerId: string;

  // The demo home starts from a clean slate: no invoices, payments or credit, and only two
  // completed visits, nineteen and eighteen days ago, waiting to be invoiced.
  beforeAll(async () => {
    const db = inspect(run.porter.ctx.db);
    const home = await db.selectFrom('locations').select(['id', 'tenant_id', 'customer_id']).where('address', '=', '88 Willow Crescent, Beaverton, OR 97005').executeTakeFirstOrThrow();
    customerId = home.customer_id;
    const attempts = db.selectFrom('payment_attempts').select('id').where('customer_id', '=', customerId);
    const invoices = db.selectFrom('invoices').select('id').where('customer_id', '=', customerId);
    await db.deleteFrom('ledger_entries').where('customer_id', '=', customerId).execute();
    await db.deleteFrom('payment_attempt_invoices').where('payment_attempt_id', 'in', attempts).execute();
    await db.deleteFrom('payment_attempts').where('customer_id', '=', customerId).execute();
    await db.updateTable('visits').set({ invoice_id: null }).where('customer_id', '=', customerId).execute();
    await db.deleteFrom('invoice_lines').where('invoice_id', 'in', invoices).execute();
    await db.deleteFrom('invoices').where('customer_id', '=', customerId).execute();
    await db.deleteFrom('visits').where('location_id', '=', home.id).execute();
    await db.deleteFrom('account_services').where('location_id', '=', home.id).execute();
    await db.updateTable('customers').set({ default_tip: 0 }).where('id', '=', customerId).execute();
    const now = new Date().toISOString();
    for (const [daysAgo, price] of [[19, 16_500], [18, 12_000]] as const) {
      const starts = new Date(Date.now() - daysAgo * day);
      starts.setUTCHours(18, 0, 0, 0);
      await db
        .insertInto('visits')
        .values({ id: newId(), tenant_id: home.tenant_id, customer_id: customerId, location_id: home.id, account_service_id: null, original_date: null, name: 'Home clean', starts_at: starts.toISOString(), duration_minutes: 150, status: 'completed', price, notes: null, created_at: now, updated_at: now })
        .execute();
    }
  });

  it('the office invoices two visits; the customer pays both with a tip, swaps cards, downloads the PDF and accepts a quote; the office sees the payments and nothing is owed', async () => {
    const db = inspect(run.porter.ctx.db);
    const office = await newPage(run.browser, desktop);
    // The office turns the completed visits of those days into drafts.
    await signInOffice(office, run.porter.url, 'admin@demo.test', { to: '/office/billing' });
    await office.getByRole('button', { name: 'Invoice completed visits' }).click();
    const dialog = office.getByRole('dialog', { name: 'Invoice completed visits' });
    await dialog.getByLabel('First day').fill(isoDay(Date.now() - 20 * day));
    await dialog.getByLabel('Last day').fill(isoDay(Date.now() - 17 * day));
    await screenshot(office, 'billing-invoice-visits-dialog');
    await dialog.getByRole('button', { name: 'Make drafts' }).click();
    await expect.poll(() => office.getByText(/drafts made for \d+ visits/).isVisible()).toBe(true);

    // Each of the home's two drafts is sent from its page.
    await office.goto(`${run.porter.url}/office/billing?view=draft&customerId=${customerId}`);
    const drafts = office.getByRole('link', { name: 'Draft', exact: true });
    await expect.poll(() => drafts.count()).toBe(2);
    await screenshot(office, 'billing-drafts-desktop');
    for (let sent = 0; sent < 2; sent++) {
      await drafts.first().click();
      await office.waitForURL(/\/office\/billing\/invoices\/[0-9a-f-]{36}$/);
      await office.getByRole('button', { name: 'Send', exact: true }).click();
      await office.getByRole('dialog', { name: 'Send this invoice?' }).getByRole('button', { name: 'Send', exact: true }).click();
      await expect.poll(() => office.getByText(/^Invoice INV-\d{4}-\d{4} sent to its billing contact/).isVisible()).toBe(true);
      if (sent === 0) await screenshot(office, 'billing-invoice-sent-desktop');
      await office.goto(`${run.porter.url}/office/billing?view=draft&customerId=${customerId}`);
      await expect.poll(() => drafts.count()).toBe(1 - sent);
    }
    const sentInvoices = await db.selectFrom('invoices').select(['id', 'number', 'total']).where('customer_id', '=', customerId).where('status', '=', 'sent').orderBy('number').execute();
    expect(sentInvoices.map((invoice) => invoice.total).sort()).toEqual([12_000, 16_500]);
    // A sent invoice is due 14 days after it is sent; the scene moves both sendings back three weeks so they are past due.
    await db.updateTable('invoices').set({ issue_date: isoDay(Date.now() - 21 * day), due_date: isoDay(Date.now() - 7 * day) }).where('customer_id', '=', customerId).where('status', '=', 'sent').execute();

    // The customer, on a phone, sees the past-due panel on the home page.
    const customer = await newPage(run.browser, phone);
    await signInPortal(customer, run.porter.url, 'home@demo.test');
    await expect.poll(() => customer.getByText('2 invoices are past their due date: $285.00 to pay.').isVisible()).toBe(true);
    await screenshot(customer, 'billing-past-due-phone');
    await customer.getByRole('link', { name: 'Pay now' }).first().click();
    await customer.waitForURL(`${run.porter.url}/portal/demo/billing/pay`);

    // Both invoices are chosen; a $5 tip goes on the first; the review shows the card and the total.
    for (const invoice of sentInvoices) await expect.poll(() => customer.getByRole('checkbox', { name: `Invoice ${invoice.number ?? ''}` }).isChecked()).toBe(true);
    const tip = customer.getByLabel('Tip for the team').first();
    await tip.fill('5');
    await expect.poll(() => customer.getByTestId('pay-total').innerText()).toBe('$290.00');
    await screenshot(customer, 'billing-pay-phone');
    await customer.getByRole('button', { name: 'Review payment' }).click();
    await expect.poll(() => customer.getByText('Confirm your payment').isVisible()).toBe(true);
    expect(await customer.getByText('Visa ending 4242').isVisible()).toBe(true);
    await screenshot(customer, 'billing-pay-review-phone');
    await customer.getByRole('button', { name: 'Pay $290.00' }).click();
    await expect.poll(() => customer.getByRole('status').filter({ hasText: 'Thank you: $290.00 was paid' }).isVisible()).toBe(true);
    await screenshot(customer, 'billing-paid-phone');
    const attempts = await db.selectFrom('payment_attempts').select(['amount', 'tip', 'status']).where('customer_id', '=', customerId).execute();
    expect(attempts).toEqual([{ amount: 29_000, tip: 500, status: 'succeeded' }]);

    // A second card through the test gateway's form; the first is removed, after saying yes.
    await customer.goto(`${run.porter.url}/portal/demo/billing/cards`);
    await customer.getByRole('button', { name: 'Add card' }).click();
    await customer.getByLabel('Card number').fill('4242 4242 4242 4242');
    await customer.getByLabel('CVC').fill('123');
    await screenshot(customer, 'billing-add-card-phone');
    await customer.getByRole('button', { name: 'Save card' }).click();
    const removeButtons = customer.getByRole('button', { name: 'Remove', exact: true });
    await expect.poll(() => removeButtons.count()).toBe(2);
    await expect.poll(() => removeButtons.first().isEnabled()).toBe(true);
    const firstCard = customer.locator('.mantine-Paper-root').filter({ hasText: 'Expires 11/2028' });
    await firstCard.getByRole('button', { name: 'Remove', exact: true }).click();
    await customer.getByRole('dialog', { name: 'Remove this card?' }).getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => customer.getByText('Expires 11/2028').count()).toBe(0);
    await screenshot(customer, 'billing-cards-phone');
    expect(await db.selectFrom('cards').select('exp_year').where('customer_id', '=', customerId).where('removed_at', 'is', null).execute()).toEqual([{ exp_year: new Date().getFullYear() + 1 }]);

    // The invoice's PDF downloads from its page.
    await customer.goto(`${run.porter.url}/portal/demo/billing/invoices/${sentInvoices[0]!.id}`);
    const download = customer.waitForEvent('download');
    await customer.getByRole('link', { name: 'Download PDF' }).click();
    const pdf = await readFile((await (await download).path()) ?? '');
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await screenshot(customer, 'billing-invoice-phone');

    // The home page's call to action opens the pending quote, which the customer accepts with a typed name.
    await customer.goto(`${run.porter.url}/portal/demo`);
    await expect.poll(() => customer.getByText('Accept the terms of Holiday deep clean').isVisible()).toBe(true);
    expect(await customer.getByText('Past due').count()).toBe(0);
    await customer.getByRole('link', { name: 'Read and answer' }).click();
    await customer.waitForURL(/\/portal\/demo\/billing\/quotes\/[0-9a-f-]{36}$/);
    await customer.getByLabel('Your full name, as your signature').fill('Henry Hollis');
    await customer.getByLabel('I agree to these terms').check();
    await screenshot(customer, 'billing-quote-phone');
    await customer.getByRole('button', { name: 'Accept the quote' }).click();
    await expect.poll(() => customer.getByText('You accepted this quote').isVisible()).toBe(true);
    await screenshot(customer, 'billing-quote-accepted-phone');
    expect(await db.selectFrom('quotes').select(['status', 'accepted_name']).where('title', '=', 'Holiday deep clean').executeTakeFirstOrThrow()).toEqual({ status: 'accepted', accepted_name: 'Henry Hollis' });

    // The office sees the card payment and the tip on the invoice, now Paid.
    await office.goto(`${run.porter.url}/office/billing/invoices/${sentInvoices[0]!.id}`);
    await expect.poll(() => office.getByText('Card payment').first().isVisible()).toBe(true);
    expect(await office.getByText('Paid', { exact: true }).first().isVisible()).toBe(true);
    await screenshot(office, 'billing-invoice-paid-desktop');

    // Nothing is owed any more.
    await customer.goto(`${run.porter.url}/portal/demo/billing`);
    await expect.poll(() => customer.getByText('Nothing to pay right now.').isVisible()).toBe(true);
    await screenshot(customer, 'billing-balance-phone');

    // The office refunds part of the card payment: it goes back to the card, and the invoice owes it again.
    await office.getByRole('button', { name: /^Refund the payment of/ }).click();
    const refund = office.getByRole('dialog', { name: 'Refund a card payment' });
    await refund.getByLabel(/^Amount to refund/).fill('20');
    await refund.getByLabel('Reason').fill('The patio doors were missed');
    await screenshot(office, 'billing-refund-desktop');
    await refund.getByRole('button', { name: /^Refund \$20\.00 to Visa ending \d{4}$/ }).click();
    await expect.poll(() => office.getByText('Refunded $20.00', { exact: true }).isVisible()).toBe(true);
    await screenshot(office, 'billing-refunded-desktop');
    // Its due date has passed, so what it owes again is overdue at once.
    await expect.poll(() => office.getByText('Due $20.00', { exact: true }).isVisible()).toBe(true);
    expect(await office.getByText('Overdue', { exact: true }).first().isVisible()).toBe(true);
    await customer.reload();
    await expect.poll(() => customer.getByText('Refund · Card', { exact: true }).isVisible()).toBe(true);
    expect(await customer.getByText('−$20.00', { exact: true }).isVisible()).toBe(true);
    expect(await customer.getByText('Nothing to pay right now.').count()).toBe(0);
    await screenshot(customer, 'billing-refunded-phone');

    expect(errorsOn(office)).toEqual([]);
    expect(errorsOn(customer)).toEqual([]);
  });

  it('pages the office’s drafts with Previous and Next, on a desk and on a phone', async () => {
    const db = inspect(run.porter.ctx.db);
    const tenant = await db.selectFrom('tenants').select(['id', 'currency']).where('slug', '=', 'demo').executeTakeFirstOrThrow();
    const customer = await db.selectFrom('customers').select('id').where('tenant_id', '=', tenant.id).where('name', '=', 'Harborview Dental Group').executeTakeFirstOrThrow();
    // Thirty drafts a minute apart, older than any other, so the drafts (25 to a page) have a second page.
    const start = Date.now() - 60 * day;
    const drafts = Array.from({ length: 30 }, (_, i) => {
      const at = new Date(start + i * 60_000).toISOString();
      return { id: newId(start + i * 60_000), tenant_id: tenant.id, customer_id: customer.id, kind: 'invoice' as const, number: null, status: 'draft' as const, corrects_invoice_id: null, issue_date: null, due_date: null, period_start: null, period_end: null, notes: null, sent_at: null, voided_at: null, void_reason: null, created_by_staff_id: null, currency: tenant.currency, total: 1_000 + i, subtotal: 1_000 + i, created_at: at, updated_at: at };
    });
    await db.insertInto('invoices').values(drafts).execute();

    for (const [device, viewport] of [['desk', desktop], ['phone', phone]] as const) {
      const office = await newPage(run.browser, viewport);
      await signInOffice(office, run.porter.url, 'owner@demo.test', { to: '/office/billing?view=draft' });
      const pager = office.getByRole('navigation', { name: 'Pagination' });
      await expect.poll(() => pager.getByText('Page 1').isVisible()).toBe(true);
      // Page 2 is held on its way, so the pager is seen while it still shows page 1's rows.
      const { release } = await holdRequests(office, /\/api\/office\/invoices\?.*cursor=/);
      await pager.getByRole('button', { name: 'Next page' }).click();
      await expect.poll(() => pager.getByText('Page 2').isVisible()).toBe(true);
      // Page 1's cursor would skip to page 2 again, so Next waits for page 2 to arrive.
      expect(await pager.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
      release();
      await expect.poll(() => pager.getByRole('button', { name: 'Previous page' }).isEnabled()).toBe(true);
      await office.unroute(/\/api\/office\/invoices\?.*cursor=/);
      expect(await pager.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
      expect(await office.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await screenshot(office, `office-drafts-page-2-${device}`);
      await pager.getByRole('button', { name: 'Previous page' }).click();
      await expect.poll(() => pager.getByText('Page 1').isVisible()).toBe(true);
      expect(errorsOn(office)).toEqual([]);
      await office.context().close();
    }
  });
});
