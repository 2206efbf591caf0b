import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { inspect } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

describe('cleaning plans', () => {
  const run = useJourney();

  const locationId = async (name: string) => (await inspect(run.porter.ctx.db).selectFrom('locations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

  it.each([
    ['desktop', desktop, 'Waiting room', 'Wipe the chairs and the armrests'],
    ['phone', phone, 'Staff lounge', 'Wash the coffee cups and the sink'],
  ] as const)('on a %s, the owner adds an area and a task at East Clinic; the customer reads it under What we clean and downloads the PDF', async (label, viewport, area, task) => {
    const eastClinic = await locationId('East Clinic');
    const office = await newPage(run.browser, viewport);
    await signInOffice(office, run.porter.url, 'owner@demo.test', { to: `/office/locations/${eastClinic}?tab=cleaning-plan` });
    await expect.poll(() => office.getByRole('tab', { name: 'Cleaning plan' }).getAttribute('aria-selected')).toBe('true');

    if (label === 'desktop') {
      // East Clinic starts without a plan: the empty state says what one is, and Main Clinic's can be copied.
      await expect.poll(() => office.getByText('No cleaning plan yet').isVisible()).toBe(true);
      await screenshot(office, 'cleaning-plan-office-empty-desktop');
      await office.getByRole('button', { name: 'Copy from another location' }).click();
      await expect.poll(() => office.getByRole('radio', { name: /^Main Clinic \(4 areas, 22 tasks\)$/ }).isVisible()).toBe(true);
      await screenshot(office, 'cleaning-plan-office-copy-desktop');
      await office.getByRole('button', { name: 'Cancel' }).click();
    }

    await office.getByRole('button', { name: 'Add area' }).first().click();
    const areaDialog = office.getByRole('dialog');
    await areaDialog.getByLabel('Area').fill(area);
    await areaDialog.getByLabel('Notes').fill('By the main entrance');
    await areaDialog.getByRole('button', { name: 'Save area' }).click();
    const areaCard = office.getByRole('region', { name: area });
    await expect.poll(() => areaCard.isVisible()).toBe(true);

    await areaCard.getByRole('button', { name: `Add task to ${area}` }).click();
    const taskDialog = office.getByRole('dialog');
    await taskDialog.getByLabel('Task').fill(task);
    await taskDialog.getByRole('radio', { name: 'Weekly' }).check();
    await taskDialog.getByRole('button', { name: 'Save task' }).click();
    await expect.poll(() => areaCard.getByRole('listitem').filter({ hasText: task }).isVisible()).toBe(true);
    expect(await areaCard.getByRole('listitem').filter({ hasText: task }).getByText('Weekly').isVisible()).toBe(true);
    await screenshot(office, `cleaning-plan-office-${label}`);
    expect(errorsOn(office)).toEqual([]);

    // Carla's first location is East Clinic: now that it has a plan, the portal offers it.
    const customer = await newPage(run.browser, viewport);
    await signInPortal(customer, run.porter.url);
    await expect.poll(() => customer.getByText(/Welcome, Carla/).isVisible()).toBe(true);
    if (label === 'phone') {
      const tabs = customer.getByRole('navigation', { name: 'Portal pages' });
      // With Chat and Billing, East Clinic has eight pages: Feedback, Cleaning and Billing fold under More.
      await expect.poll(() => tabs.getByRole('link').allInnerTexts()).toEqual(['Home', 'Services', 'Chat', 'Requests', 'Supplies']);
      await tabs.getByRole('button', { name: 'More' }).click();
      await customer.getByRole('menuitem', { name: 'Cleaning' }).click();
    } else {
      await expect.poll(() => customer.getByRole('link', { name: 'What we clean' }).isVisible()).toBe(true);
      await screenshot(customer, 'cleaning-plan-portal-home-desktop');
      await customer.getByRole('link', { name: 'What we clean' }).click();
    }
    await customer.waitForURL(`${run.porter.url}/portal/demo/what-we-clean`);
    await expect.poll(() => customer.getByRole('heading', { name: 'What we clean', level: 1 }).isVisible()).toBe(true);
    const section = customer.getByRole('region', { name: area });
    await expect.poll(() => section.getByText(task).isVisible()).toBe(true);
    expect(await section.getByText('By the main entrance').isVisible()).toBe(true);
    expect(await section.getByText('Weekly').isVisible()).toBe(true);
    await screenshot(customer, `cleaning-plan-portal-${label}`);

    const link = customer.getByRole('link', { name: 'Download PDF' });
    const [download] = await Promise.all([customer.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('cleaning-plan-east-clinic.pdf');
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const response = await customer.request.get(`${run.porter.url}${await link.getAttribute('href')}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="cleaning-plan-east-clinic\.pdf"/);
    expect(errorsOn(customer)).toEqual([]);
  });

  it('a full plan reads well in the office and in the portal, on a phone and a desktop', async () => {
    const mainClinic = await locationId('Main Clinic');
    for (const [label, viewport] of [['phone', phone], ['desktop', desktop]] as const) {
      const office = await newPage(run.browser, viewport);
      await signInOffice(office, run.porter.url, 'owner@demo.test', { to: `/office/locations/${mainClinic}?tab=cleaning-plan` });
      await expect.poll(() => office.getByRole('region', { name: 'Open office' }).isVisible()).toBe(true);
      await screenshot(office, `cleaning-plan-office-full-${label}`);
      expect(await office.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      const customer = await newPage(run.browser, viewport);
      await signInPortal(customer, run.porter.url, 'customer@demo.test', { to: `/portal/demo/what-we-clean?location=${mainClinic}` });
      await expect.poll(() => customer.getByRole('region', { name: 'Restrooms' }).isVisible()).toBe(true);
      await screenshot(customer, `cleaning-plan-portal-full-${label}`);
      expect(await customer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect([...errorsOn(office), ...errorsOn(customer)]).toEqual([]);
    }
  });
});
