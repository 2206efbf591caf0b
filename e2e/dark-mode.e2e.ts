import { describe, expect, it } from 'vitest';
import { desktop, errorsOn, newPage, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';
import { inspect } from '../server/test/harness.ts';

describe('the office in dark mode', () => {
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
});
