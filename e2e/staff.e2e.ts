import { describe, expect, it } from 'vitest';
import { errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { choose } from './support/forms.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';
import { inspect } from '../server/test/harness.ts';

describe('staff accounts', () => {
  const run = useJourney({ demo: true });

  it('on a phone, the owner adds a staff member → the invitation link sets their password → they are in; deactivating signs them out', async () => {
    const owner = await newPage(run.browser, phone);
    await signInOffice(owner, run.porter.url, 'owner@demo.test', { to: '/office/settings/staff' });
    await owner.getByRole('button', { name: 'Add staff' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => owner.getByText('Enter the person’s name').isVisible()).toBe(true);
    await expect.poll(() => owner.getByText('Choose a role', { exact: true }).isVisible()).toBe(true);

    await owner.getByLabel('Name').fill('Nora Newhire');
    await owner.getByLabel('Email').fill('nora@demo.test');
    await choose(owner, 'Role', 'Supervisor');
    await screenshot(owner, 'staff-add-phone');
    await owner.getByRole('dialog').getByRole('button', { name: 'Send invitation' }).click();
    // On a phone each person is a card in the staff list.
    const row = owner.getByRole('list', { name: 'Staff' }).getByRole('listitem').filter({ hasText: 'Nora Newhire' });
    await expect.poll(() => row.getByText(/^Invited/).isVisible()).toBe(true);
    await screenshot(owner, 'staff-invited-phone');
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

    // The link goes to its addressee only: a journey reads it where the mail worker does.
    const mail = await inspect(run.porter.ctx.db).selectFrom('outbox_emails').select('secret_link').where('to_address', '=', 'nora@demo.test').executeTakeFirstOrThrow();
    const link = /http\S+\/accept-invitation\?token=[\w-]+/.exec(mail.secret_link ?? '')![0];
    const nora = await newPage(run.browser, phone);
    await nora.goto(link);
    await nora.getByLabel('New password', { exact: true }).fill('nora-chooses-well');
    await nora.getByLabel('Confirm new password').fill('nora-chooses-well');
    await nora.getByRole('button', { name: 'Set password and sign in' }).click();
    await nora.waitForURL(`${run.porter.url}/office`);
    expect(errorsOn(nora)).toEqual([]);

    await owner.reload();
    await expect.poll(() => row.getByText(/^Active/).isVisible()).toBe(true);
    await row.getByRole('button', { name: 'More actions for Nora Newhire' }).click();
    await owner.getByRole('menuitem', { name: 'Deactivate' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
    await expect.poll(() => row.getByText('Deactivated').isVisible()).toBe(true);
    const refused = await nora.request.get(`${run.porter.url}/api/auth/me`);
    expect(refused.status()).toBe(401);
    expect(errorsOn(owner)).toEqual([]);
  });

  it('a manager sees the staff list and states, but is offered no changes', async () => {
    const manager = await newPage(run.browser);
    await signInOffice(manager, run.porter.url, 'manager@demo.test', { to: '/office/settings/staff' });
    await expect.poll(() => manager.getByRole('row', { name: /Olivia Owens/ }).getByText(/^Active/).isVisible()).toBe(true);
    expect(await manager.getByRole('button', { name: 'Add staff' }).count()).toBe(0);
    expect(await manager.getByRole('button', { name: /More actions/ }).count()).toBe(0);
    expect(await manager.getByRole('combobox', { name: /Role of/ }).count()).toBe(0);
    expect(errorsOn(manager)).toEqual([]);
  });
});
