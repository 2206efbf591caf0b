import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { callApi, inspect, signInStaff } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage);
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

describe('chat between a customer and the manager who looks after the location', () => {
  const run = useJourney();
  let mainClinic: string;

  beforeAll(async () => {
    const db = inspect(run.porter.ctx.db);
    mainClinic = (await db.selectFrom('locations').select('id').where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id;
    // Tess is assigned and trained at the clinic too: being a technician, she still never sees the chat.
    const tess = await db.selectFrom('staff_users').select(['id', 'tenant_id']).where('email', '=', 'tech@demo.test').executeTakeFirstOrThrow();
    await db.insertInto('staff_location_assignments').values({ tenant_id: tess.tenant_id, location_id: mainClinic, staff_user_id: tess.id, assigned: true, trained: true, notification_style: 'email' }).execute();
  });

  it('a photo and an answer travel live both ways, the office removes a message, and a technician sees no chat', async () => {
    const customer = await newPage(run.browser, phone);
    await signInPortal(customer, run.porter.url);
    await customer.goto(`${run.porter.url}/portal/demo/chat?location=${mainClinic}`);
    const customerThread = customer.getByRole('list', { name: 'Messages' });
    await expect.poll(() => customerThread.getByText('Can tonight’s team refill it?', { exact: false }).isVisible()).toBe(true);

    const manager = await newPage(run.browser, desktop);
    await signInOffice(manager, run.porter.url, 'manager@demo.test');
    // The nav counts Carla's unread question; opening the conversation reads it.
    const chatNav = manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Chat/ });
    await expect.poll(() => chatNav.innerText()).toContain('1');
    await chatNav.click();
    await expect.poll(() => manager.getByTestId('chat-conversation').first().innerText()).toContain('Main Clinic');
    await screenshot(manager, 'chat-office-list-desktop');
    await manager.getByRole('link', { name: 'Harborview Dental Group — Main Clinic' }).click();
    const officeThread = manager.getByRole('list', { name: 'Messages' });
    await expect.poll(() => officeThread.getByText('Can tonight’s team refill it?', { exact: false }).isVisible()).toBe(true);
    await expect.poll(async () => /\d/.test(await chatNav.innerText())).toBe(false);
    await markDocument(manager);
    await markDocument(customer);

    // Carla sends a photo of the empty dispenser with a line of text.
    const chooser = customer.waitForEvent('filechooser');
    await customer.getByRole('button', { name: 'Add a photo' }).click();
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#8ab' } }).jpeg().toBuffer();
    await (await chooser).setFiles({ name: 'dispenser.jpg', mimeType: 'image/jpeg', buffer: photo });
    await customer.getByRole('textbox', { name: 'Message' }).fill('Here it is, the one by the mirror.');
    await customer.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => customerThread.getByRole('img', { name: 'Photo from You' }).isVisible()).toBe(true);
    await screenshot(customer, 'chat-portal-phone');

    // The manager's open page shows it without a reload, photo and all.
    const sentPhoto = officeThread.getByRole('img', { name: 'Photo from Carla Customer' });
    await expect.poll(() => sentPhoto.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => officeThread.getByText('Here it is, the one by the mirror.').isVisible()).toBe(true);
    await manager.getByRole('textbox', { name: 'Message' }).fill('Thanks, Carla. Tonight’s team will refill it.');
    await manager.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => customerThread.getByText('Thanks, Carla. Tonight’s team will refill it.').isVisible(), { timeout: 10_000 }).toBe(true);
    await screenshot(manager, 'chat-office-conversation-desktop');

    // The office removes Carla's earlier message, after confirming; her page shows "Message removed".
    const question = officeThread.getByTestId('chat-message').filter({ hasText: 'Can tonight’s team refill it?' });
    await question.getByRole('button', { name: 'Remove' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Remove this message?' });
    await screenshot(manager, 'chat-office-remove-desktop');
    await dialog.getByRole('button', { name: 'Remove message' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => customerThread.getByText('Message removed').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await customerThread.getByText('Can tonight’s team refill it?', { exact: false }).count()).toBe(0);
    expect(await sameDocument(customer)).toBe(true);
    expect(await sameDocument(manager)).toBe(true);
    await screenshot(customer, 'chat-portal-removed-phone');
    expect(errorsOn(customer)).toEqual([]);
    expect(errorsOn(manager)).toEqual([]);

    // Tess, assigned and trained at the clinic, has no chat in her apps, and the API denies the conversation exists.
    const tech = await newPage(run.browser, phone);
    await signInOffice(tech, run.porter.url, 'tech@demo.test');
    await tech.goto(`${run.porter.url}/field`);
    await expect.poll(() => tech.getByRole('main').isVisible()).toBe(true);
    expect(await tech.getByRole('link', { name: /Chat/ }).count()).toBe(0);
    const tess = await signInStaff(run.porter, 'tech@demo.test', 'porter-demo');
    expect((await callApi(run.porter, tess, 'GET', `/api/office/locations/${mainClinic}/chat`)).statusCode).toBe(404);
    expect((await callApi(run.porter, tess, 'GET', '/api/office/chat')).statusCode).toBe(404);
    await Promise.all([customer.context().close(), manager.context().close(), tech.context().close()]);
  });

  it('the customer’s desktop home offers the chat, and the phone tab bar shows it', async () => {
    const page = await newPage(run.browser, desktop);
    await signInPortal(page, run.porter.url);
    await page.goto(`${run.porter.url}/portal/demo?location=${mainClinic}`);
    const tiles = page.getByRole('region', { name: 'Features at this location' });
    await expect.poll(() => tiles.getByRole('link', { name: 'Chat' }).isVisible()).toBe(true);
    await tiles.getByRole('link', { name: 'Chat' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Messages' }).isVisible()).toBe(true);
    await screenshot(page, 'chat-portal-desktop');
    expect(errorsOn(page)).toEqual([]);
    await page.context().close();
  });
});
