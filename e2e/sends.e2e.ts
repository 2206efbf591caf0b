import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inspect } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { choose } from './support/forms.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice, signInPortal } from './support/sign-in.ts';

const offline = 'Porter could not be reached. Check your connection and try again.';
const serverTrouble = 'Something went wrong on our side. Please try again in a moment.';
const tooSlow = 'Porter did not answer in time. Check your connection and try again.';
const kept = 'What you typed is kept, ready to send again.';

type Failure = 'abort' | 'unavailable' | 'hang';

/** Past the web client's time limit for an answer (`requestTimeoutMs`, 30 s, in web/lib/api-client.ts). */
const pastTheTimeLimitMs = 31_000;

/**
 * Makes the next POSTs to `path` fail the way a bad connection or a struggling server does, until `heal` is called:
 * dropped (abort), a 503 from something in front of Porter (a plain-text body), or never answered (hang).
 */
async function failPosts(page: Page, path: RegExp, failure: Failure): Promise<{ heal: () => Promise<void>; hanging: () => number }> {
  const hanging: Route[] = [];
  const handler = async (route: Route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    if (failure === 'abort') return route.abort('internetdisconnected');
    if (failure === 'unavailable') return route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' });
    hanging.push(route);
  };
  await page.route(path, handler);
  return {
    hanging: () => hanging.length,
    heal: async () => {
      await page.unroute(path, handler);
      // The page gave up on these long ago; the browser only needs them let go.
      await Promise.all(hanging.map((route) => route.abort().catch(() => undefined)));
    },
  };
}

/** The form said what happened in words, kept the text, and the button can be pressed again. */
async function expectKeptAfterFailure(page: Page, field: ReturnType<Page['getByLabel']>, typed: string, message: string, button: string) {
  const alert = page.getByRole('alert').filter({ hasText: message });
  await expect.poll(() => alert.isVisible()).toBe(true);
  // Scrolled to where the person can read it, not left above the fold or under the sticky header.
  await expect.poll(() => alert.evaluate((element) => {
    const headers = [...document.querySelectorAll('header')].filter((header) => ['sticky', 'fixed'].includes(getComputedStyle(header).position));
    const headerBottom = Math.max(0, ...headers.map((header) => header.getBoundingClientRect().bottom));
    const { top, bottom } = element.getBoundingClientRect();
    return top >= headerBottom && bottom <= window.innerHeight;
  })).toBe(true);
  expect(await alert.innerText()).toContain(kept);
  expect(await field.inputValue()).toBe(typed);
  await expect.poll(() => page.getByRole('button', { name: button, exact: true }).isEnabled()).toBe(true);
}

describe('a send that fails says so and keeps what was typed', () => {
  const run = useJourney();

  it('a customer’s new request, reply, supply order and rating, and an office reply, survive a lost connection, a 503 and a timeout', async () => {
    const mainClinic = (await inspect(run.porter.ctx.db).selectFrom('locations').select('id').where('name', '=', 'Main Clinic').executeTakeFirstOrThrow()).id;

    // A new request on a phone: the connection drops, then the server is unavailable, then it goes through.
    const customer = await newPage(run.browser, phone);
    // The page's clock runs as usual, but can be moved ahead: the reply below waits out the client's time limit without CI waiting it too.
    await customer.clock.install();
    await signInPortal(customer, run.porter.url, 'customer@demo.test', { to: `/portal/demo?location=${mainClinic}` });
    await expect.poll(() => customer.getByText('Main Clinic').filter({ visible: true }).first().isVisible()).toBe(true);
    await customer.goto(`${run.porter.url}/portal/demo/requests/new`);
    await choose(customer, 'Category', 'Restroom needs attention');
    const requestText = 'The paper towel dispenser on the first floor is jammed.';
    const text = customer.getByLabel('What do you need?');
    await text.fill(requestText);

    const requests = /\/api\/portal\/demo\/requests$/;
    let failing = await failPosts(customer, requests, 'abort');
    await customer.getByRole('button', { name: 'Send request' }).click();
    await expectKeptAfterFailure(customer, text, requestText, offline, 'Send request');
    await screenshot(customer, 'sends-new-request-offline-phone');
    await failing.heal();

    failing = await failPosts(customer, requests, 'unavailable');
    await customer.getByRole('button', { name: 'Send request' }).click();
    await expectKeptAfterFailure(customer, text, requestText, serverTrouble, 'Send request');
    await failing.heal();

    await customer.getByRole('button', { name: 'Send request' }).click();
    await customer.waitForURL(/\/portal\/demo\/requests\/[0-9a-f-]{36}$/);
    await expect.poll(() => customer.getByText(requestText).first().isVisible()).toBe(true);
    const requestPath = new URL(customer.url()).pathname;
    const requestId = requestPath.split('/').pop()!;
    expect(await inspect(run.porter.ctx.db).selectFrom('service_requests').select('id').where('text', '=', requestText).execute()).toEqual([{ id: requestId }]);

    // A reply from the customer: Porter never answers, and after the client's time limit the form says so.
    const portalMessages = new RegExp(`/api/portal/demo/requests/${requestId}/messages$`);
    const customerReply = 'It is the one next to the lifts.';
    const customerMessage = customer.getByLabel('Message');
    await customerMessage.fill(customerReply);
    failing = await failPosts(customer, portalMessages, 'hang');
    await customer.getByRole('button', { name: 'Send', exact: true }).click();
    // Only once the request is hanging does the page's clock jump past the time limit.
    await expect.poll(() => failing.hanging()).toBe(1);
    await customer.clock.fastForward(pastTheTimeLimitMs);
    await expectKeptAfterFailure(customer, customerMessage, customerReply, tooSlow, 'Send');
    await screenshot(customer, 'sends-portal-reply-timeout-phone');
    await failing.heal();
    await customer.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => customerMessage.inputValue()).toBe('');
    await expect.poll(() => customer.getByText(customerReply).first().isVisible()).toBe(true);

    // A supply order with a note: the connection drops, then it goes through; the quantities stayed too.
    await customer.goto(`${run.porter.url}/portal/demo/supplies`);
    const towels = customer.getByLabel('Quantity of Paper towels');
    await towels.fill('2');
    const orderNote = customer.getByLabel('Note');
    await orderNote.fill('Please leave them at reception.');
    failing = await failPosts(customer, /\/api\/portal\/demo\/supply-orders$/, 'abort');
    await customer.getByRole('button', { name: 'Place order' }).click();
    await expectKeptAfterFailure(customer, orderNote, 'Please leave them at reception.', offline, 'Place order');
    expect(await towels.inputValue()).toBe('2');
    await failing.heal();
    await customer.getByRole('button', { name: 'Place order' }).click();
    await expect.poll(() => customer.getByText(/SO-\d{4}-\d{4}/).first().isVisible()).toBe(true);

    // A rating with a note: the server is unavailable, then it goes through.
    await customer.goto(`${run.porter.url}/portal/demo/feedback`);
    await customer.getByRole('radio', { name: 'Satisfied', exact: true }).click();
    const feedbackNote = customer.getByLabel('Note');
    await feedbackNote.fill('Quick to answer.');
    failing = await failPosts(customer, /\/api\/portal\/demo\/feedback$/, 'unavailable');
    await customer.getByRole('button', { name: 'Send feedback' }).click();
    await expectKeptAfterFailure(customer, feedbackNote, 'Quick to answer.', serverTrouble, 'Send feedback');
    expect(await customer.getByRole('radio', { name: 'Satisfied', exact: true }).isChecked()).toBe(true);
    await screenshot(customer, 'sends-feedback-503-phone');
    await failing.heal();
    await customer.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => customer.getByText(/thank/i).first().isVisible()).toBe(true);

    // The office answers on a desktop: the connection drops, then a 503, then it goes through.
    const manager = await newPage(run.browser, desktop);
    await signInOffice(manager, run.porter.url, 'manager@demo.test', { to: `/office/requests/${requestId}` });
    await expect.poll(() => manager.getByText(requestText).first().isVisible()).toBe(true);
    const officeMessages = new RegExp(`/api/office/requests/${requestId}/messages$`);
    const officeReply = 'Someone will free it within the hour.';
    const officeMessage = manager.getByLabel('Message');
    await officeMessage.fill(officeReply);
    failing = await failPosts(manager, officeMessages, 'abort');
    await manager.getByRole('button', { name: 'Send', exact: true }).click();
    await expectKeptAfterFailure(manager, officeMessage, officeReply, offline, 'Send');
    await failing.heal();
    failing = await failPosts(manager, officeMessages, 'unavailable');
    await manager.getByRole('button', { name: 'Send', exact: true }).click();
    await expectKeptAfterFailure(manager, officeMessage, officeReply, serverTrouble, 'Send');
    await screenshot(manager, 'sends-office-reply-503');
    await failing.heal();
    await manager.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => officeMessage.inputValue()).toBe('');
    await expect.poll(() => manager.getByText(officeReply).first().isVisible()).toBe(true);
    // Each message went out once: the failed tries left nothing behind.
    const bodies = await inspect(run.porter.ctx.db).selectFrom('service_request_messages').select('body').where('request_id', '=', requestId).where('body', 'in', [customerReply, officeReply]).execute();
    expect(bodies.map((m) => m.body).sort()).toEqual([customerReply, officeReply].sort());

    expect(errorsOn(customer)).toEqual([]);
    expect(errorsOn(manager)).toEqual([]);
  });
});
