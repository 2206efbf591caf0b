import { describe, expect, it } from 'vitest';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { inspect } from '../server/test/harness.ts';
import { useJourney } from './support/journey.ts';
import { signInPortal } from './support/sign-in.ts';

describe('customer portal', () => {
  const run = useJourney();

  for (const [label, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
    it(`the demo customer signs in on the company's branded portal (${label})`, async () => {
      const page = await newPage(run.browser, viewport);
      await page.goto(`${run.porter.url}/portal/demo`);
      await page.waitForURL(/\/portal\/demo\/login/);
      await expect.poll(() => page.getByText('Sparkle Facility Services').first().isVisible()).toBe(true);
      // Someone who followed a link here without an account is told how to get one.
      expect(await page.getByText('No account yet? Sparkle Facility Services invites its customers to the portal: ask them for an invitation.').isVisible()).toBe(true);
      await screenshot(page, `portal-login-${label}`);
      await page.getByLabel('Email').fill('customer@demo.test');
      await page.getByLabel('Password', { exact: true }).fill('porter-demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${run.porter.url}/portal/demo`);
      await expect.poll(() => page.getByText(/Welcome, Carla/).isVisible()).toBe(true);
      // The header's picker holds every location's name as an option: the one meant is the name shown.
      await expect.poll(() => page.getByText('East Clinic').filter({ visible: true }).first().isVisible()).toBe(true);
      await screenshot(page, `portal-home-${label}`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
      // The first Tab offers to skip the header; Enter lands on the page's own content.
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
      expect(errorsOn(page)).toEqual([]);
    });
  }

  it('asks the customer to rate the last visit on the dashboard, and stops asking once she has', async () => {
    const page = await newPage(run.browser, phone);
    await signInPortal(page, run.porter.url);
    const card = page.getByRole('region', { name: 'Rate your last visit' });
    await expect.poll(() => card.isVisible()).toBe(true);
    await screenshot(page, 'portal-rate-last-visit-phone');
    // The form comes when she chooses to rate, with the focus on its first choice.
    await card.getByRole('button', { name: 'Rate this visit' }).click();
    await expect.poll(() => card.getByRole('radio', { name: 'Extremely Dissatisfied' }).evaluate((face) => face === document.activeElement)).toBe(true);
    await screenshot(page, 'portal-rate-last-visit-form-phone');
    await card.getByRole('radio', { name: 'Extremely Satisfied' }).check();
    await card.getByLabel('Note').fill('The floors shine.');
    await card.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Thank you for your feedback' }).isVisible()).toBe(true);
    const rating = await inspect(run.porter.ctx.db).selectFrom('feedback').select(['visit_id', 'rating']).where('note', '=', 'The floors shine.').executeTakeFirstOrThrow();
    expect(rating.rating).toBe(5);
    expect(rating.visit_id).not.toBeNull();
    await page.reload();
    await expect.poll(() => page.getByText(/Welcome, Carla/).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Rate your last visit' }).count()).toBe(0);
    expect(errorsOn(page)).toEqual([]);
  });

  it('a customer of the demo company cannot sign in on another company’s portal', async () => {
    const page = await newPage(run.browser);
    await page.goto(`${run.porter.url}/portal/northwind/login`);
    await expect.poll(() => page.getByText('Northwind Janitorial').first().isVisible()).toBe(true);
    await page.getByLabel('Email').fill('customer@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('porter-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText(/do not match an account/).isVisible()).toBe(true);
  });
});
