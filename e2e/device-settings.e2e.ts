import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';
import { inspect } from '../server/test/harness.ts';

/** Starts keeping, in the page, which properties of a dialog's frame (Mantine's modal content) begin a transition. */
async function recordDialogTransitions(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { dialogTransitions: string[] }).dialogTransitions = seen;
    document.addEventListener('transitionrun', (event) => {
      if (event.target instanceof Element && event.target.matches('.mantine-Modal-content')) seen.push(event.propertyName);
    }, true);
  });
  return () => page.evaluate(() => [...(window as unknown as { dialogTransitions: string[] }).dialogTransitions]);
}

describe('the office follows the device: dark mode, less motion', () => {
  const run = useJourney();

  it('every office page follows a dark device and still passes axe', async () => {
    const db = inspect(run.porter.ctx.db);
    const harborview = (await db.selectFrom('customers').select('id').where('name', '=', 'Harborview Dental Group').executeTakeFirstOrThrow()).id;
    const mainClinic = (await db.selectFrom('locations').select('id').where('customer_id', '=', harborview).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id;
    const pages = {
      dashboard: '/office',
      customers: '/office/customers',
      customer: `/office/customers/${harborview}`,
      'customer-portal-users': `/office/customers/${harborview}?tab=portal-users`,
      locations: '/office/locations',
      location: `/office/locations/${mainClinic}`,
      'location-staff': `/office/locations/${mainClinic}?tab=assignments`,
      supplies: '/office/supplies',
      feedback: '/office/feedback',
      company: '/office/settings/company',
      portal: '/office/settings/portal',
      services: '/office/settings/services',
      staff: '/office/settings/staff',
      outbox: '/office/settings/outbox',
      profile: '/office/profile',
    };
    const page = await newPage(run.browser, desktop, { colorScheme: 'dark' });
    await signInOffice(page, run.porter.url, 'owner@demo.test');
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${run.porter.url}${path}`);
      await expect.poll(() => page.locator('main h1').first().isVisible(), { message: name }).toBe(true);
      // Checked once the page has its data: skeletons are not what a person reads.
      await expect.poll(() => page.locator('main [aria-busy="true"]').count(), { message: name }).toBe(0);
      expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe('dark');
      await screenshot(page, `office-dark-${name}`);
    }
    expect(errorsOn(page)).toEqual([]);
  });

  it('a device set to reduce motion gets dialogs that appear where they stay; any other device sees them slide in', async () => {
    const db = inspect(run.porter.ctx.db);
    const mainClinic = (await db.selectFrom('locations').select('id').where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id;
    const dialogTransitionsOn = async (motion: 'reduce' | 'no-preference') => {
      const page = await newPage(run.browser, phone, { motion });
      await signInOffice(page, run.porter.url, 'owner@demo.test', { to: `/office/locations/${mainClinic}?tab=cleaning-plan` });
      await expect.poll(() => page.getByRole('button', { name: 'Add area' }).first().isVisible()).toBe(true);
      const transitions = await recordDialogTransitions(page);
      await page.getByRole('button', { name: 'Add area' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Add area' });
      await dialog.getByLabel('Area').fill('Reception');
      if (motion === 'reduce') await screenshot(page, 'office-dialog-less-motion-phone');
      // Escape, not a press of Cancel: a sliding button is what this test shows a press can miss.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(errorsOn(page)).toEqual([]);
      return transitions();
    };
    // The slide is a transition of the dialog's frame, in and out: run by the time the dialog is gone, however busy the machine.
    expect(await dialogTransitionsOn('no-preference')).toContain('transform');
    expect(await dialogTransitionsOn('reduce')).toEqual([]);
  });
});
