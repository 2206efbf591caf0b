import { describe, expect, it } from 'vitest';
import { errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { inspect, secretLinksTo } from '../server/test/harness.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';

describe('customers, locations and portal access', () => {
  const run = useJourney();

  const outboxCount = async () => (await inspect(run.porter.ctx.db).selectFrom('outbox_emails').select('id').execute()).length;

  it('owner sets up a customer with portal access; the customer accepts, sees the two tiles switched on and Chat, is locked out; view as customer is read-only', async () => {
    const owner = await newPage(run.browser);
    // A new customer.
    await signInOffice(owner, run.porter.url, 'owner@demo.test', { to: '/office/customers' });
    await owner.getByRole('link', { name: 'New customer' }).or(owner.getByRole('button', { name: 'New customer' })).first().click();
    await owner.waitForURL(/\/office\/customers\/new/);
    await owner.getByLabel('Name', { exact: true }).fill('Lighthouse Books');
    await owner.getByLabel('Email', { exact: true }).fill('hello@lighthousebooks.example');
    await owner.getByLabel('Billing address').fill('7 Quay Street, Portland, OR 97209');
    await owner.getByRole('button', { name: 'Save customer' }).click();
    await owner.waitForURL(/\/office\/customers\/[0-9a-f-]{36}/);
    await expect.poll(() => owner.getByRole('heading', { name: 'Lighthouse Books' }).isVisible()).toBe(true);
    await screenshot(owner, 'customer-detail');

    // A location under it.
    await owner.getByRole('tab', { name: 'Locations' }).click();
    await owner.getByRole('button', { name: 'Add location' }).click();
    await owner.getByLabel('Location name').fill('Riverside Store');
    await owner.getByLabel('Address').fill('12 River Road, Portland, OR 97209');
    await owner.getByRole('button', { name: 'Save location' }).click();
    await owner.getByRole('link', { name: 'Riverside Store' }).first().click();
    await owner.waitForURL(/\/office\/locations\/[0-9a-f-]{36}/);
    const locationUrl = owner.url().split('?')[0]!;

    // Portal on, two features on. The customer's page, with its "Portal users" tab, may still show while the location's loads.
    await expect.poll(() => owner.getByRole('heading', { level: 1, name: 'Riverside Store' }).isVisible()).toBe(true);
    await owner.getByRole('tab', { name: 'Portal', exact: true }).click();
    await owner.getByLabel('Enable portal').check();
    await owner.getByLabel('Service requests').check();
    await owner.getByLabel('Feedback').check();
    await expect.poll(async () => (await inspect(run.porter.ctx.db).selectFrom('locations').select(['portal_enabled', 'feature_feedback', 'feature_service_requests']).where('name', '=', 'Riverside Store').executeTakeFirstOrThrow())).toEqual({ portal_enabled: true, feature_feedback: true, feature_service_requests: true });
    await screenshot(owner, 'location-portal-tab');

    // A portal user: adding sends nothing; Enable sends the invitation.
    const customerUrl = await owner.getByRole('link', { name: 'Lighthouse Books' }).first().getAttribute('href');
    await owner.goto(`${run.porter.url}${customerUrl}?tab=portal-users`);
    await owner.getByRole('tab', { name: 'Portal users' }).click();
    const before = await outboxCount();
    await owner.getByRole('button', { name: 'Add portal user' }).click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill('Lena Lighthouse');
    await dialog.getByLabel('Email', { exact: true }).fill('lena@lighthousebooks.example');
    await dialog.getByLabel('Riverside Store').check();
    await dialog.getByRole('button', { name: 'Save portal user' }).click();
    await expect.poll(() => owner.getByText('lena@lighthousebooks.example').first().isVisible()).toBe(true);
    expect(await outboxCount()).toBe(before);
    await owner.getByRole('button', { name: 'Enable' }).first().click();
    await expect.poll(outboxCount).toBe(before + 1);
    await screenshot(owner, 'portal-users-invited');

    await owner.goto(`${run.porter.url}/office/settings/outbox`);
    await owner.getByText('lena@lighthousebooks.example').first().click();
    // The office sees that the invitation went out; only Lena can use its link.
    await expect.poll(() => owner.getByText(/link hidden: only the addressee can use it/).first().isVisible()).toBe(true);
    await owner.keyboard.press('Escape');
    const invitation = (await secretLinksTo(run.porter.ctx.db, 'lena@lighthousebooks.example')).at(-1)!;

    // The customer accepts on a phone and sees the two tiles switched on, and Chat.
    const customer = await newPage(run.browser, phone);
    await customer.goto(invitation);
    await customer.getByLabel('New password', { exact: true }).fill('lena-reads-books-22');
    await customer.getByLabel('Confirm new password').fill('lena-reads-books-22');
    await customer.getByRole('button', { name: 'Set password and sign in' }).click();
    await customer.waitForURL(`${run.porter.url}/portal/demo`);
    await expect.poll(() => customer.getByText('Riverside Store').first().isVisible()).toBe(true);
    const tiles = customer.getByRole('region', { name: 'Features at this location' }).getByRole('article');
    // The two switched on, and the chat every location with portal access has.
    await expect.poll(() => tiles.count()).toBe(3);
    expect((await tiles.allInnerTexts()).join(' ')).toMatch(/Service requests[\s\S]*Feedback|Feedback[\s\S]*Service requests/);
    await expect.poll(async () => (await tiles.allInnerTexts()).join(' ')).toMatch(/Chat/);
    await screenshot(customer, 'portal-two-tiles-phone');

    // View as customer: banner, and a write is refused.
    await owner.goto(`${locationUrl}?tab=portal`);
    await owner.getByRole('tab', { name: 'Portal' }).click();
    await expect.poll(() => owner.getByLabel('Portal user', { exact: true }).first().inputValue()).toMatch(/Lena Lighthouse/);
    const [viewer] = await Promise.all([owner.context().waitForEvent('page'), owner.getByRole('button', { name: 'View as customer' }).click()]);
    await viewer.waitForLoadState();
    await expect.poll(() => viewer.getByText(/viewing the portal as Lena Lighthouse, read-only/).isVisible()).toBe(true);
    await screenshot(viewer, 'portal-view-as');
    const write = await viewer.request.put(`${run.porter.url}/api/portal/demo/account`, { data: { name: 'Changed', phone: null }, headers: { origin: run.porter.url } });
    expect(write.status()).toBe(403);
    expect((await write.json()).error.code).toBe('read_only');
    const audit = await inspect(run.porter.ctx.db).selectFrom('audit_events').select('action').where('action', '=', 'portal.viewed_as').execute();
    expect(audit).toHaveLength(1);
    await viewer.close();

    // Lock: the customer's open page is signed out and sign-in is refused with the reason.
    await owner.goto(`${run.porter.url}${customerUrl}?tab=portal-users`);
    await owner.getByRole('tab', { name: 'Portal users' }).click();
    await owner.getByRole('button', { name: 'Lock' }).first().click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Lock access' }).click();
    await expect.poll(() => owner.getByText('Locked').first().isVisible()).toBe(true);

    await customer.bringToFront();
    // What a run.browser tab does when the customer comes back to it: the portal checks the session.
    await customer.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await customer.waitForURL(/\/portal\/demo\/login/);
    await expect.poll(() => customer.getByText(/access to the Sparkle Facility Services portal has been revoked/).first().isVisible()).toBe(true);
    await customer.getByLabel('Email').fill('lena@lighthousebooks.example');
    await customer.getByLabel('Password', { exact: true }).fill('lena-reads-books-22');
    await customer.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => customer.getByText(/contact Sparkle Facility Services at office@sparkle.example/).first().isVisible()).toBe(true);
    await screenshot(customer, 'portal-access-revoked-phone');
    expect(errorsOn(owner)).toEqual([]);
  });
});
