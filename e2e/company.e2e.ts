import { describe, expect, it } from 'vitest';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

describe('Settings → Company', () => {
  const run = useJourney();

  it('the owner opens Settings on the company, moves it to Copenhagen, and office summaries follow its clock', async () => {
    const owner = await newPage(run.browser, desktop);
    await signInOffice(owner, run.porter.url, 'owner@demo.test', { to: '/office/settings' });
    await owner.waitForURL(/\/office\/settings\/company$/);
    const timeZone = owner.getByLabel('Time zone', { exact: true });
    await expect.poll(() => timeZone.inputValue()).toBe('America/Los Angeles');
    await screenshot(owner, 'company-desktop');

    await timeZone.fill('Copenhagen');
    await owner.getByRole('option', { name: 'Europe/Copenhagen' }).click();
    await owner.getByLabel('Postal address').fill('12 Harbor Way\nPortland, OR 97201');
    await owner.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => owner.getByText('The company’s details are saved.').isVisible()).toBe(true);

    await owner.reload();
    await expect.poll(() => timeZone.inputValue()).toBe('Europe/Copenhagen');
    expect(await owner.getByLabel('Postal address').inputValue()).toBe('12 Harbor Way\nPortland, OR 97201');
    // An email's time concerns no location: it is read on the company's new clock, named for this reader in UTC.
    await owner.goto(`${run.porter.url}/office/settings/outbox`);
    await expect.poll(() => owner.getByText(/\d:\d\d [AP]M GMT\+1$/).first().isVisible()).toBe(true);
    expect(errorsOn(owner)).toEqual([]);
  });

  it('the customer finds the company’s new address in the portal’s contact menu', async () => {
    const customer = await newPage(run.browser, phone);
    await signInPortal(customer, run.porter.url);
    await customer.getByRole('button', { name: 'Contact' }).click();
    await expect.poll(() => customer.getByRole('menu').getByText(/12 Harbor Way\s+Portland, OR 97201/).isVisible()).toBe(true);
    await screenshot(customer, 'portal-contact-menu-phone');
  });

  it('on a phone the form fits the screen', async () => {
    const owner = await newPage(run.browser, phone);
    await signInOffice(owner, run.porter.url, 'owner@demo.test', { to: '/office/settings/company' });
    await expect.poll(() => owner.getByRole('button', { name: 'Save changes' }).isVisible()).toBe(true);
    await screenshot(owner, 'company-phone');
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });

  it('a manager is never offered the company section and Settings opens on one they may use', async () => {
    const manager = await newPage(run.browser, desktop);
    await signInOffice(manager, run.porter.url, 'manager@demo.test', { to: '/office/settings' });
    await manager.waitForURL((url) => url.pathname.startsWith('/office/settings/') && !url.pathname.endsWith('/company'));
    await expect.poll(() => manager.getByRole('heading', { level: 1 }).first().isVisible()).toBe(true);
    expect(await manager.getByRole('link', { name: 'Company' }).count()).toBe(0);
    await screenshot(manager, 'settings-manager-desktop');
  });
});
