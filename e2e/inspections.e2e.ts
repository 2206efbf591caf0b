import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newId } from '../server/lib/ids.ts';
import { isoNow } from '../server/lib/time.ts';
import { inspect } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

describe('quality checks', () => {
  const run = useJourney();

  it('a supervisor inspects East Clinic on a phone; Carla sees no score until the owner switches Quality checks on, then the score, the areas and the trend', async () => {
    const db = inspect(run.porter.ctx.db);
    const clinic = await db.selectFrom('locations').select(['id', 'tenant_id']).where('name', '=', 'East Clinic').executeTakeFirstOrThrow();
    // East Clinic has no cleaning plan in the demo; the office writes down three areas first.
    const stamp = isoNow();
    await db
      .insertInto('cleaning_plan_areas')
      .values(['Reception', 'Treatment rooms', 'Restrooms'].map((name, position) => ({ id: newId(), tenant_id: clinic.tenant_id, location_id: clinic.id, name, notes: null, position, created_at: stamp, updated_at: stamp })))
      .execute();

    // The supervisor, on a phone, from the field app.
    const field = await newPage(run.browser, phone);
    await signInOffice(field, run.porter.url, 'supervisor@demo.test', { to: '/field' });
    await field.getByRole('link', { name: 'Inspect a location' }).click();
    await field.waitForURL(`${run.porter.url}/field/inspect`);
    await field.getByLabel('Location', { exact: true }).fill('East');
    await field.getByRole('option', { name: 'East Clinic · Harborview Dental Group' }).click();
    const reception = field.getByRole('group', { name: 'Reception' });
    await expect.poll(() => reception.isVisible()).toBe(true);
    await reception.getByRole('radio', { name: '5 of 5' }).check();
    const rooms = field.getByRole('group', { name: 'Treatment rooms' });
    await rooms.getByRole('radio', { name: '3 of 5' }).check();
    await rooms.getByLabel('Comment').fill('Dust on the lamp arms in room 2.');
    // Restrooms closed for repair: left unrated, so (5 + 3) / 2 = 4 of 5 is 80 %.
    await expect.poll(() => field.getByText('Score so far: 80%').isVisible()).toBe(true);
    await screenshot(field, 'inspection-form-phone');
    await field.getByRole('button', { name: 'Save inspection' }).click();
    await expect.poll(() => field.getByText('Inspection saved').isVisible()).toBe(true);
    expect(await field.getByText('80%').isVisible()).toBe(true);
    await screenshot(field, 'inspection-saved-phone');
    expect(errorsOn(field)).toEqual([]);

    // Carla, on a phone: East Clinic has no Quality checks, so no tab, and the page says it is not on.
    const customer = await newPage(run.browser, phone);
    await signInPortal(customer, run.porter.url);
    const tabs = customer.getByRole('navigation', { name: 'Portal pages' });
    // Eight pages with Chat and Billing: the last three fold under More, which opens above the bar.
    await expect.poll(() => tabs.getByRole('link').allInnerTexts()).toEqual(['Home', 'Services', 'Chat', 'Requests', 'Supplies']);
    const more = tabs.getByRole('button', { name: 'More' });
    await more.click();
    await expect.poll(() => customer.getByRole('menuitem').allInnerTexts()).toEqual(['Feedback', 'Cleaning', 'Billing']);
    await screenshot(customer, 'portal-phone-more');
    await customer.keyboard.press('Escape');
    await customer.goto(`${run.porter.url}/portal/demo/quality-checks?location=${clinic.id}`);
    await expect.poll(() => customer.getByRole('heading', { name: 'Quality checks', level: 1 }).isVisible()).toBe(true);
    expect(await customer.getByText('80%').count()).toBe(0);
    const hidden = await customer.request.get(`${run.porter.url}/api/portal/demo/locations/${clinic.id}/inspections`);
    expect(hidden.status()).toBe(404);
    await screenshot(customer, 'quality-checks-off-phone');

    // The owner switches it on, past the warning.
    const office = await newPage(run.browser, desktop);
    await signInOffice(office, run.porter.url, 'owner@demo.test', { to: `/office/locations/${clinic.id}?tab=portal` });
    await office.getByRole('switch', { name: /Quality checks/ }).click({ force: true });
    await office.getByRole('dialog').getByRole('button', { name: 'Show quality checks' }).click();
    await expect.poll(() => office.getByRole('switch', { name: /Quality checks/ }).isChecked()).toBe(true);
    expect(errorsOn(office)).toEqual([]);

    // Carla now sees the score, the areas and the trend.
    await customer.reload();
    await expect.poll(() => more.getAttribute('data-current')).toBe('true');
    await more.click();
    await expect.poll(() => customer.getByRole('menuitem').allInnerTexts()).toEqual(['Feedback', 'Quality', 'Cleaning', 'Billing']);
    await customer.keyboard.press('Escape');
    await expect.poll(() => customer.getByRole('heading', { name: 'Score trend' }).isVisible()).toBe(true);
    expect(await customer.getByRole('img', { name: /Score at East Clinic: 80%/ }).isVisible()).toBe(true);
    await customer.getByRole('button', { name: /Sam Sutherland/ }).click();
    const areas = customer.getByRole('list', { name: 'Inspected areas' });
    await expect.poll(() => areas.getByRole('listitem').count()).toBe(3);
    expect(await areas.getByText('Dust on the lamp arms in room 2.').isVisible()).toBe(true);
    expect(await areas.getByText('Not rated').isVisible()).toBe(true);
    await screenshot(customer, 'quality-checks-portal-phone');
    expect(await customer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    expect(errorsOn(customer)).toEqual([]);

    const wide = await newPage(run.browser, desktop);
    await signInPortal(wide, run.porter.url, 'customer@demo.test', { to: `/portal/demo/quality-checks?location=${clinic.id}` });
    await expect.poll(() => wide.getByRole('heading', { name: 'Score trend' }).isVisible()).toBe(true);
    await wide.getByRole('button', { name: /Sam Sutherland/ }).click();
    await expect.poll(() => wide.getByRole('list', { name: 'Inspected areas' }).isVisible()).toBe(true);
    await screenshot(wide, 'quality-checks-portal-desktop');
    expect(errorsOn(wide)).toEqual([]);
  });

  it('the office lists inspections with each location’s trend, and the clinic’s months of checks read well in its portal', async () => {
    const mainClinic = (await inspect(run.porter.ctx.db).selectFrom('locations').select('id').where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id;
    for (const [label, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
      const office = await newPage(run.browser, viewport);
      await signInOffice(office, run.porter.url, 'manager@demo.test', { to: '/office/inspections' });
      await expect.poll(() => office.getByRole('heading', { name: 'Score trend per location' }).isVisible()).toBe(true);
      expect(await office.getByRole('img', { name: /Score at Main Clinic rising/ }).isVisible()).toBe(true);
      await screenshot(office, `inspections-office-${label}`);
      expect(await office.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(errorsOn(office)).toEqual([]);

      const customer = await newPage(run.browser, viewport);
      await signInPortal(customer, run.porter.url, 'customer@demo.test', { to: `/portal/demo/quality-checks?location=${mainClinic}` });
      await expect.poll(() => customer.getByRole('img', { name: /Score at Main Clinic rising/ }).isVisible()).toBe(true);
      await screenshot(customer, `quality-checks-clinic-${label}`);
      expect(errorsOn(customer)).toEqual([]);
    }
    // The owner chooses the scale and whether customers may inspect their visits.
    const owner = await newPage(run.browser, desktop);
    await signInOffice(owner, run.porter.url, 'owner@demo.test', { to: '/office/settings/inspections' });
    await owner.getByRole('radio', { name: 'Pass or fail' }).check();
    await owner.getByLabel('Customers may inspect their visits').check();
    await owner.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => owner.getByText('Quality check settings saved.').isVisible()).toBe(true);
    await screenshot(owner, 'inspection-settings-desktop');
    expect(errorsOn(owner)).toEqual([]);

    // Carla, on a phone, inspects a completed visit herself and adds a photo of the restrooms.
    const photoDir = path.resolve(import.meta.dirname, '../test-results/uploads');
    mkdirSync(photoDir, { recursive: true });
    const photo = path.join(photoDir, 'restroom-mirror.jpg');
    writeFileSync(photo, await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#9ab' } }).jpeg().toBuffer());
    const carla = await newPage(run.browser, phone);
    await signInPortal(carla, run.porter.url, 'customer@demo.test', { to: `/portal/demo/quality-checks?location=${mainClinic}` });
    await carla.getByRole('button', { name: 'Inspect a visit' }).click();
    const restrooms = carla.getByRole('group', { name: 'Restrooms' });
    await expect.poll(() => restrooms.isVisible()).toBe(true);
    await restrooms.getByRole('radio', { name: 'Fail' }).check();
    await restrooms.getByLabel('Comment').fill('Streaks on the mirror.');
    await restrooms.getByLabel('Add photos of Restrooms').setInputFiles(photo);
    await expect.poll(() => restrooms.getByRole('button', { name: 'Remove restroom-mirror.jpg' }).isVisible()).toBe(true);
    await expect.poll(() => carla.getByRole('button', { name: 'Save inspection' }).isEnabled()).toBe(true);
    await screenshot(carla, 'quality-checks-customer-inspects-phone');
    await carla.getByRole('button', { name: 'Save inspection' }).click();
    // Her inspection opens with the photo on the area, for her and for everyone at the clinic.
    await carla.getByRole('button', { name: /Carla Customer/ }).first().click();
    const inspected = carla.getByRole('list', { name: 'Inspected areas' });
    await expect.poll(() => inspected.getByText('Streaks on the mirror.').isVisible()).toBe(true);
    await expect.poll(() => inspected.getByRole('img', { name: 'restroom-mirror.jpg' }).isVisible()).toBe(true);
    await screenshot(carla, 'quality-checks-customer-inspection-phone');
    const saved = await inspect(run.porter.ctx.db).selectFrom('attachments').select(['owner_type', 'uploaded_by_kind']).where('file_name', '=', 'restroom-mirror.jpg').execute();
    expect(saved).toEqual([{ owner_type: 'inspection_area', uploaded_by_kind: 'portal' }]);
    expect(errorsOn(carla)).toEqual([]);
  });

  it('a supervisor inspects Main Clinic without a signal: the phone keeps it with its photo, and it reaches Porter once when the signal returns', async () => {
    const db = inspect(run.porter.ctx.db);
    const clinic = await db.selectFrom('locations').select(['id', 'tenant_id']).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow();
    await db.updateTable('tenants').set({ inspection_scale: 'five_point' }).where('id', '=', clinic.tenant_id).execute();
    const sent = () => db.selectFrom('inspections').select(['id', 'score']).where('location_id', '=', clinic.id).where('client_id', 'is not', null).execute();
    const field = await newPage(run.browser, phone);
    await signInOffice(field, run.porter.url, 'supervisor@demo.test', { to: '/field/inspect' });
    await field.getByLabel('Location', { exact: true }).fill('Main');
    await field.getByRole('option', { name: 'Main Clinic · Harborview Dental Group' }).click();
    const kitchen = field.getByRole('group', { name: 'Kitchen' });
    await expect.poll(() => kitchen.isVisible()).toBe(true);

    await field.context().setOffline(true);
    await kitchen.getByRole('radio', { name: '2 of 5' }).check();
    await kitchen.getByLabel('Add photos of Kitchen').setInputFiles({ name: 'kitchen-sink.jpg', mimeType: 'image/jpeg', buffer: await sharp({ create: { width: 800, height: 600, channels: 3, background: '#a98' } }).jpeg().toBuffer() });
    await expect.poll(() => kitchen.getByText('No signal: kept on this phone and sent after saving').isVisible()).toBe(true);
    await field.getByRole('button', { name: 'Save inspection' }).click();
    await expect.poll(() => field.getByText('Saved on this phone').isVisible()).toBe(true);
    const pending = field.getByRole('status').filter({ hasText: '2 changes waiting to send' });
    expect(await pending.getByText('Quality check of Main Clinic', { exact: true }).isVisible()).toBe(true);
    expect(await pending.getByText('Photo of Kitchen for the quality check of Main Clinic').isVisible()).toBe(true);
    expect(await field.getByRole('alert').count()).toBe(0);
    await screenshot(field, 'inspection-waiting-phone');
    expect(await sent()).toEqual([]);

    await field.context().setOffline(false);
    await expect.poll(() => field.getByRole('status').filter({ hasText: /waiting to send/ }).count()).toBe(0);
    const [inspection, ...more] = await sent();
    expect(more).toEqual([]);
    expect(inspection!.score).toBe(40);
    const areas = await db.selectFrom('inspection_areas').select('id').where('inspection_id', '=', inspection!.id).execute();
    const photos = await db.selectFrom('attachments').select('file_name').where('owner_type', '=', 'inspection_area').where('owner_id', 'in', areas.map((area) => area.id)).execute();
    expect(photos).toEqual([{ file_name: 'kitchen-sink.jpg' }]);
    expect(errorsOn(field)).toEqual([]);

    const office = await newPage(run.browser, desktop);
    await signInOffice(office, run.porter.url, 'manager@demo.test', { to: `/office/inspections?locationId=${clinic.id}` });
    // Newest first: the check filled in on the phone, with its score.
    await expect.poll(() => office.getByRole('button', { name: /Sam Sutherland/ }).first().innerText()).toMatch(/Main Clinic[\s\S]*40%/);
    expect(errorsOn(office)).toEqual([]);
  });
});
