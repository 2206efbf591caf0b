import { describe, expect, it } from 'vitest';
import { errorsOn, newPage, screenshot } from './support/browser.ts';
import { secretLinksTo } from '../server/test/harness.ts';
import { useJourney } from './support/journey.ts';

describe('forgotten password', () => {
  const run = useJourney();

  it('manager asks for a link → the Outbox shows the mail without its link → the link sets a new password → sign-in works', async () => {
    const manager = await newPage(run.browser);
    await manager.goto(`${run.porter.url}/login`);
    await manager.getByRole('link', { name: /forgot/i }).click();
    await manager.waitForURL(/\/forgot-password/);
    // The sign-in page has an Email field too: wait until the new page is the one on screen.
    await manager.getByRole('button', { name: 'Send reset link' }).waitFor();
    await manager.getByLabel('Email').fill('manager@demo.test');
    await manager.getByRole('button', { name: 'Send reset link' }).click();
    await expect.poll(() => manager.getByText(/If an account uses that address/).isVisible()).toBe(true);
    await screenshot(manager, 'forgot-password-sent');

    const owner = await newPage(run.browser);
    await owner.goto(`${run.porter.url}/login`);
    await owner.getByLabel('Email').fill('owner@demo.test');
    await owner.getByLabel('Password', { exact: true }).fill('porter-demo');
    await owner.getByRole('button', { name: 'Sign in' }).click();
    await owner.waitForURL(`${run.porter.url}/office`);
    await owner.goto(`${run.porter.url}/office/settings/outbox`);
    await owner.getByText('manager@demo.test').first().click();
    // The owner may see that a reset link was sent, never the link: it would let them take the account.
    await expect.poll(() => owner.getByText(/link hidden: only the addressee can use it/).first().isVisible()).toBe(true);
    expect(await owner.getByRole('link', { name: /token=/ }).count()).toBe(0);
    await screenshot(owner, 'outbox-reset-mail');
    // The manager's own mailbox: the link as the mail worker would send it.
    const href = (await secretLinksTo(run.porter.ctx.db, 'manager@demo.test')).at(-1);
    expect(href).toMatch(new RegExp(`^${run.porter.url}/reset-password\\?token=`));

    await manager.goto(href!);
    await manager.getByLabel('New password', { exact: true }).fill('fresh-manager-pass');
    await manager.getByLabel('Confirm new password').fill('fresh-manager-pass');
    await manager.getByRole('button', { name: 'Set new password' }).click();
    await expect.poll(() => manager.getByText(/password has been changed/).isVisible()).toBe(true);
    await screenshot(manager, 'reset-password-done');

    await manager.goto(`${run.porter.url}/login`);
    await manager.getByLabel('Email').fill('manager@demo.test');
    await manager.getByLabel('Password', { exact: true }).fill('fresh-manager-pass');
    await manager.getByRole('button', { name: 'Sign in' }).click();
    await manager.waitForURL(`${run.porter.url}/office`);
    expect(errorsOn(manager)).toEqual([]);

    await manager.goto(href!);
    await manager.getByLabel('New password', { exact: true }).fill('another-fresh-pass');
    await manager.getByLabel('Confirm new password').fill('another-fresh-pass');
    await manager.getByRole('button', { name: 'Set new password' }).click();
    await expect.poll(() => manager.getByText(/expired or was already used/).isVisible()).toBe(true);
  });
});
