import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';
import { inspect } from '../server/test/harness.ts';

describe('files and resources', () => {
  const run = useJourney();
  let mainClinic: string;

  beforeAll(async () => {
    mainClinic = (await inspect(run.porter.ctx.db).selectFrom('locations').select('id').where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id;
  });

  it('the office shares a file with Main Clinic and the customer downloads it on a phone, beside the shared link but never the internal one', async () => {
    const office = await newPage(run.browser, desktop);
    await signInOffice(office, run.porter.url, 'manager@demo.test');
    await office.goto(`${run.porter.url}/office/locations/${mainClinic}?tab=files`);
    await expect.poll(() => office.getByText('Floor plan, ground floor.pdf').isVisible()).toBe(true);
    await office.getByRole('checkbox', { name: 'Share with the customer' }).check();
    const bytes = Buffer.from('Waste room: bins out on Tuesday night.\nRecycling: blue bins, Thursday.\n');
    const chooser = office.waitForEvent('filechooser');
    await office.getByRole('button', { name: 'Upload a file' }).click();
    await (await chooser).setFiles({ name: 'Bin schedule.txt', mimeType: 'text/plain', buffer: bytes });
    await expect.poll(() => office.getByRole('link', { name: 'Download Bin schedule.txt' }).first().isVisible()).toBe(true);
    expect(await office.getByRole('switch', { name: 'Share Bin schedule.txt with the customer' }).isChecked()).toBe(true);
    await screenshot(office, 'files-office-desktop');
    expect(errorsOn(office)).toEqual([]);

    const customer = await newPage(run.browser, phone);
    await signInPortal(customer, run.porter.url);
    // Carla's first location is East Clinic, where File storage is off: she chooses Main Clinic, as the header's picker does.
    await customer.evaluate((id) => { localStorage.setItem('porter.portal.demo.location', JSON.stringify(id)); }, mainClinic);
    await customer.goto(`${run.porter.url}/portal/demo/files`);
    await expect.poll(() => customer.getByRole('heading', { name: 'Files for this location' }).isVisible()).toBe(true);
    const link = customer.getByRole('link', { name: 'Download Bin schedule.txt' });
    await expect.poll(() => link.isVisible()).toBe(true);
    // Shared by the office: the floor plan and the link; kept in the office: the alarm instructions and the contract folder.
    expect(await customer.getByText('Floor plan, ground floor.pdf').isVisible()).toBe(true);
    expect(await customer.getByText('Alarm and access instructions.pdf').count()).toBe(0);
    await expect.poll(() => customer.getByRole('link', { name: /Our cleaning standards/ }).isVisible()).toBe(true);
    expect(await customer.getByText('Harborview contract folder').count()).toBe(0);
    expect(await customer.getByText('Price agreement 2026').count()).toBe(0);
    await screenshot(customer, 'files-portal-phone');

    const [download] = await Promise.all([customer.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Bin schedule.txt');
    expect((await readFile((await download.path())!)).equals(bytes)).toBe(true);
    expect(errorsOn(customer)).toEqual([]);

    const wide = await newPage(run.browser, desktop);
    await signInPortal(wide, run.porter.url);
    await wide.evaluate((id) => { localStorage.setItem('porter.portal.demo.location', JSON.stringify(id)); }, mainClinic);
    await wide.goto(`${run.porter.url}/portal/demo/files`);
    await expect.poll(() => wide.getByRole('link', { name: 'Download Bin schedule.txt' }).isVisible()).toBe(true);
    await screenshot(wide, 'files-portal-desktop');
  });

  it('the office keeps a customer’s resources, internal and shared, on a phone', async () => {
    const harborview = (await inspect(run.porter.ctx.db).selectFrom('customers').select('id').where('name', '=', 'Harborview Dental Group').executeTakeFirstOrThrow()).id;
    const office = await newPage(run.browser, phone);
    await signInOffice(office, run.porter.url, 'manager@demo.test');
    await office.goto(`${run.porter.url}/office/customers/${harborview}?tab=resources`);
    await expect.poll(() => office.getByText('Harborview contract folder').isVisible()).toBe(true);
    await office.getByRole('button', { name: 'Add link' }).click();
    const dialog = office.getByRole('dialog', { name: 'Add a link' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Bad link');
    await dialog.getByRole('textbox', { name: 'Web address' }).fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByText('Enter a full web address, like https://example.com').first().isVisible()).toBe(true);
    await screenshot(office, 'resources-office-phone');
    expect(await office.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });
});
