import { beforeAll, describe, expect, it } from 'vitest';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';
import { inspect } from '../server/test/harness.ts';

describe("the office's customer toolbox", () => {
  const run = useJourney();
  let harborview: string;

  beforeAll(async () => {
    harborview = (await inspect(run.porter.ctx.db).selectFrom('customers').select('id').where('name', '=', 'Harborview Dental Group').executeTakeFirstOrThrow()).id;
  });

  it('the owner writes in the journal, reads a key code, shows a contact’s QR code, and switching Audits off takes the Reports tab away', async () => {
    const page = await newPage(run.browser, desktop);
    await signInOffice(page, run.porter.url, 'owner@demo.test');

    // The journal: a new entry lands at the top, beside the demo's.
    await page.goto(`${run.porter.url}/office/customers/${harborview}?tab=journal`);
    await page.getByRole('textbox', { name: 'Entry' }).fill('Dr. Harbor asked for the waiting room to be done before 7 am on Fridays.');
    await page.getByLabel('What about').selectOption({ label: 'Call' });
    await page.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => page.getByText('Dr. Harbor asked for the waiting room to be done before 7 am on Fridays.').isVisible()).toBe(true);
    await screenshot(page, 'toolbox-journal-desktop');

    // Keys: the alarm code is masked until asked for.
    await page.goto(`${run.porter.url}/office/customers/${harborview}?tab=keys`);
    await expect.poll(() => page.getByText('Alarm panel').first().isVisible()).toBe(true);
    expect(await page.getByText('4711#').count()).toBe(0);
    await page.getByRole('button', { name: 'Show the code of Alarm panel' }).click();
    await expect.poll(() => page.getByText('4711#').isVisible()).toBe(true);
    await screenshot(page, 'toolbox-keys-desktop');

    // A contact's details as a QR code to scan.
    await page.goto(`${run.porter.url}/office/customers/${harborview}`);
    await page.getByRole('button', { name: 'QR code with the details of Carla Customer' }).click();
    const qr = page.getByRole('dialog', { name: 'QR code for Carla Customer' });
    await expect.poll(() => qr.getByRole('img', { name: 'QR code with the contact details of Carla Customer' }).evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await screenshot(page, 'toolbox-qr-desktop');
    await page.keyboard.press('Escape');

    // Audits is on in the demo, so Reports is a tab; switched off, it is gone.
    expect(await page.getByRole('tab', { name: 'Reports' }).count()).toBe(1);
    await page.goto(`${run.porter.url}/office/settings/addons`);
    await page.getByRole('switch', { name: /^Audits/ }).click({ force: true });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByText('The add-ons are saved.').isVisible()).toBe(true);
    await screenshot(page, 'toolbox-addons-desktop');
    await page.goto(`${run.porter.url}/office/customers/${harborview}`);
    await expect.poll(() => page.getByRole('tab', { name: 'Journal' }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Reports' }).count()).toBe(0);
    expect(errorsOn(page)).toEqual([]);
  });

  it('a manager opens Notifications from the customer’s row, reads the service agreement, and emails a contact', async () => {
    const page = await newPage(run.browser, desktop);
    await signInOffice(page, run.porter.url, 'manager@demo.test');

    // The row's Functions menu opens the customer's page at the tab chosen.
    await page.goto(`${run.porter.url}/office/customers?q=Harborview`);
    await page.getByRole('button', { name: 'Functions for Harborview Dental Group' }).click();
    await screenshot(page, 'toolbox-functions-desktop');
    await page.getByRole('menuitem', { name: 'Notifications' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Who gets what' }).isVisible()).toBe(true);
    expect(await page.getByRole('tab', { name: 'Notifications', selected: true }).count()).toBe(1);
    expect(await page.getByRole('switch', { name: /^On my way/ }).isChecked()).toBe(true);
    await screenshot(page, 'toolbox-notifications-desktop');

    // Invoice calculation is on in the demo: the agreement adds up the clinic's services.
    await page.getByRole('tab', { name: 'Service agreement' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Totals' }).isVisible()).toBe(true);
    expect(await page.getByText('Quarterly carpet extraction, Main Clinic').count()).toBeGreaterThan(0);
    await screenshot(page, 'toolbox-agreement-desktop');

    // A message to Carla goes to the outbox, answered to the manager who wrote it.
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Send Carla Customer a message' }).click();
    const dialog = page.getByRole('dialog', { name: 'Message to Carla Customer' });
    await dialog.getByRole('textbox', { name: 'Subject' }).fill('Window cleaning next week');
    await dialog.getByRole('textbox', { name: 'Message' }).fill('The window cleaners come on Tuesday at 7 am; please leave the side gate open.');
    await screenshot(page, 'toolbox-message-desktop');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => dialog.getByText('Your email to customer@demo.test is on its way.').isVisible()).toBe(true);
    const sent = await inspect(run.porter.ctx.db).selectFrom('outbox_emails').select(['to_address', 'reply_to', 'text_body']).where('subject', '=', 'Window cleaning next week').executeTakeFirstOrThrow();
    expect(sent).toMatchObject({ to_address: 'customer@demo.test', reply_to: 'manager@demo.test' });
    expect(sent.text_body).toContain('please leave the side gate open');
    expect(errorsOn(page)).toEqual([]);
  });

  it('on a phone, the journal and the keys fit the screen as cards', async () => {
    const page = await newPage(run.browser, phone);
    await signInOffice(page, run.porter.url, 'owner@demo.test');
    // Journal entries are articles; keys are the list's cards.
    for (const [tab, item] of [['journal', 'main article'], ['keys', '[data-list-cards] > li']] as const) {
      await page.goto(`${run.porter.url}/office/customers/${harborview}?tab=${tab}`);
      await expect.poll(() => page.locator(item).first().isVisible(), { message: tab }).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), tab).toBeLessThanOrEqual(phone.width);
      await screenshot(page, `toolbox-${tab}-phone`);
    }
    // The row's Functions menu sits on the customer's card; the new tabs fit too.
    await page.goto(`${run.porter.url}/office/customers?q=Harborview`);
    await expect.poll(() => page.getByRole('button', { name: 'Functions for Harborview Dental Group' }).isVisible()).toBe(true);
    await screenshot(page, 'toolbox-list-phone');
    for (const [tab, heading] of [['notifications', 'Who gets what'], ['agreement', 'Totals']] as const) {
      await page.goto(`${run.porter.url}/office/customers/${harborview}?tab=${tab}`);
      await expect.poll(() => page.getByRole('heading', { name: heading }).isVisible(), { message: tab }).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), tab).toBeLessThanOrEqual(phone.width);
      await screenshot(page, `toolbox-${tab}-phone`);
    }
    expect(errorsOn(page)).toEqual([]);
  });
});
