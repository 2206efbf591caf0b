import { describe, expect, it } from 'vitest';
import { errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';

describe('outbox', () => {
  // Sends through an SMTP server on loopback, so Retry really delivers.
  const run = useJourney({ mail: true });

  it('on a phone, the owner filters the failing email, reads why, and Retry delivers it with its link', async () => {
    const owner = await newPage(run.browser, phone);
    await signInOffice(owner, run.porter.url, 'owner@demo.test', { to: '/office/settings/outbox' });
    const emails = owner.getByRole('list', { name: 'Emails' });
    await expect.poll(() => emails.getByRole('listitem').count()).toBeGreaterThan(5);
    expect(await owner.getByText(/No SMTP server is configured/).count()).toBe(0);

    await owner.locator('label', { hasText: 'Failing' }).click();
    await owner.waitForURL(/filter=failing/);
    const failing = emails.getByRole('listitem');
    await expect.poll(() => failing.count()).toBe(1);
    await expect.poll(() => failing.getByText(/Mailbox full/).isVisible()).toBe(true);
    await screenshot(owner, 'outbox-failing-phone');
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

    await failing.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => owner.getByText('Trying again').isVisible()).toBe(true);
    // The addressee receives the invitation with its link; the Outbox never showed it.
    const received = () => run.porter.mailbox!.received.filter((mail) => mail.subject === 'Your Sparkle Facility Services customer portal');
    await expect.poll(() => received().length).toBe(1);
    expect(received()[0]!.text).toMatch(new RegExp(`${run.porter.url}/portal/demo/accept-invitation\\?token=`));
    // The list looks again by itself while the email is being sent: nothing is failing now.
    await expect.poll(() => owner.getByText('No failing emails').isVisible()).toBe(true);
    await owner.locator('label', { hasText: 'All' }).click();
    await owner.getByRole('button', { name: /customer portal/ }).click();
    const dialog = owner.getByRole('dialog');
    await expect.poll(() => dialog.getByText('Sent', { exact: true }).first().isVisible()).toBe(true);
    expect(await dialog.getByText(/Mailbox full/).count()).toBe(0);
    // An email concerns no one place: it is read on the company's clock (Los Angeles), named for this reader in UTC.
    await expect.poll(() => dialog.getByText(/\d:\d\d [AP]M P[SD]T$/).first().isVisible()).toBe(true);
    await screenshot(owner, 'outbox-retried-phone');
    expect(errorsOn(owner)).toEqual([]);
  });
});
