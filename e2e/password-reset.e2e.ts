import { describe, expect, it } from 'vitest';
import { errorsOn, newPage, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('forgotten password', () => {
  const run = useJourney();

  it('manager asks for a link → the mail waits in the Outbox → the link sets a new password → sign-in works', async () => {
    const manager = await newPage(run.browser);
    await manager.goto(`${run.porter.url}/login`);
    await manager.getByRole('link', { name: /forgot/i }).click();
    await manager.waitForURL(/\/forgot-password/);
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
    const link = owner.getByRole('link', { name: /reset-password\?token=/ });
    await expect.poll(() => link.isVisible()).toBe(true);
    await screenshot(owner, 'outbox-reset-mail');
    const href = await link.getAttribute('href');
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
