import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { errorsOn, newPage, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as someone without a mouse would;
 * fails when it is not reached within `limit` presses, i.e. when the keyboard cannot get there.
 */
async function tabTo(page: Page, target: Locator, { back = false, limit = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${limit} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}; the focus is on ${focused}`);
}

/**
 * The ring around the focused element as the page draws it: the thickest of its outline and its
 * box-shadow spread, and the ring's colour against the page behind it. Zero means invisible.
 */
async function focusRing(page: Page): Promise<{ width: number; contrast: number; element: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { width: 0, contrast: 0, element: 'body' };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth);
    const shadows = style.boxShadow === 'none' ? [] : [...style.boxShadow.matchAll(/(-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px/g)];
    const spread = Math.max(0, ...shadows.map((match) => Number(match[4])));
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((value) => {
        const channel = value / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    // The nearest ancestor with a solid background is what the ring (drawn outside the element) sits on.
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    let behind: Element | null = element.parentElement;
    while (behind && transparent(getComputedStyle(behind).backgroundColor)) behind = behind.parentElement;
    const background = behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)';
    const [lighter, darker] = [luminance(rgb(style.outlineColor)), luminance(rgb(background))].sort((a, b) => b - a);
    const contrast = ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
    return { width: Math.max(outline, spread), contrast: outline > 0 ? contrast : 0, element: element.outerHTML.slice(0, 120) };
  });
}

/** The focused element shows a ring of 2px or more, at 3:1 or more against the page. */
async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  const ring = await focusRing(page);
  expect(ring.width, `${step}: ${ring.element}`).toBeGreaterThanOrEqual(2);
  expect(ring.contrast, `${step}: ${ring.element}`).toBeGreaterThanOrEqual(3);
}

describe('keyboard alone', () => {
  const run = useJourney();

  it('office: sign in, skip to the content, find a customer and add a location without a mouse', async () => {
    const page = await newPage(run.browser);
    await page.goto(`${run.porter.url}/login`);
    await tabTo(page, page.getByLabel('Email'));
    await expectVisibleFocus(page, 'email field');
    await page.keyboard.type('owner@demo.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type('porter-demo');
    await screenshot(page, 'keyboard-office-login');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${run.porter.url}/office`);

    // The skip link comes first, even though the sign-in form that had the focus is gone; Enter
    // lands on the page's own content.
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await tabTo(page, skip, { limit: 2 });
    await expectVisibleFocus(page, 'skip link');
    await screenshot(page, 'keyboard-office-skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // Back up into the navigation, to Customers.
    const customersLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' });
    await tabTo(page, customersLink, { back: true });
    await expectVisibleFocus(page, 'navigation link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/office\/customers$/);

    await tabTo(page, page.getByLabel('Search customers'));
    await expectVisibleFocus(page, 'search field');
    await page.keyboard.type('Harborview');
    await page.waitForURL(/q=Harborview/);
    const customer = page.getByRole('main').getByRole('link', { name: 'Harborview Dental Group' });
    await expect.poll(() => customer.isVisible()).toBe(true);
    await tabTo(page, customer);
    await expectVisibleFocus(page, 'customer link');
    await screenshot(page, 'keyboard-office-customers');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/office\/customers\/[\w-]+$/);

    // Tabs are one stop; the arrow keys move between them. Tab starts from where the customer's link
    // was, so it may go round the whole overview (contacts, custom fields, cards) before it gets there.
    await tabTo(page, page.getByRole('tab', { name: 'Overview' }), { limit: 100 });
    await expectVisibleFocus(page, 'tab');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/tab=locations/);
    await tabTo(page, page.getByRole('button', { name: 'Add location' }));
    await expectVisibleFocus(page, 'button');
    await screenshot(page, 'keyboard-office-customer');
    await page.keyboard.press('Enter');

    // The form opens on its first field; Tab moves on, and Enter in a field sends the form.
    const dialog = page.getByRole('dialog', { name: 'Add location' });
    await expect.poll(() => dialog.getByLabel('Location name').evaluate((field) => field === document.activeElement)).toBe(true);
    await expectVisibleFocus(page, 'dialog field');
    await page.keyboard.type('Keyboard Annex');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12 Tab Street, Portland, OR 97201');
    await screenshot(page, 'keyboard-office-add-location');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('main').getByRole('link', { name: 'Keyboard Annex' }).isVisible()).toBe(true);
    await screenshot(page, 'keyboard-office-location-added');
    expect(errorsOn(page)).toEqual([]);
  });

  it('portal: a customer signs in and sends a new request without a mouse', async () => {
    const page = await newPage(run.browser);
    await page.goto(`${run.porter.url}/portal/demo/login`);
    await tabTo(page, page.getByLabel('Email'));
    await expectVisibleFocus(page, 'portal email field');
    await page.keyboard.type('customer@demo.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type('porter-demo');
    await screenshot(page, 'keyboard-portal-login');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${run.porter.url}/portal/demo`);

    await tabTo(page, page.getByRole('link', { name: 'Skip to main content' }), { limit: 2 });
    await expectVisibleFocus(page, 'portal skip link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await screenshot(page, 'keyboard-portal-home');

    // From the content to the request form: a "New request" link or button on the page.
    const newRequest = page.getByRole('main').getByRole('link', { name: 'New request' }).or(page.getByRole('main').getByRole('button', { name: 'New request' }));
    const requestsLink = page.getByRole('main').getByRole('link', { name: /Service requests/ }).first();
    if ((await newRequest.count()) === 0) {
      await tabTo(page, requestsLink);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/portal\/demo\/requests/);
      await expect.poll(() => newRequest.first().isVisible()).toBe(true);
    }
    await tabTo(page, newRequest.first());
    await expectVisibleFocus(page, 'new request');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/portal\/demo\/requests\/new/);

    const text = page.getByLabel('What do you need?');
    await tabTo(page, text);
    await expectVisibleFocus(page, 'request text');
    await page.keyboard.type('The back door lock sticks; please have a look on the next visit.');
    await tabTo(page, page.getByRole('button', { name: 'Send request' }));
    await expectVisibleFocus(page, 'send button');
    await screenshot(page, 'keyboard-portal-new-request');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/portal\/demo\/requests\/[\w-]+$/);
    await expect.poll(() => page.getByText('The back door lock sticks', { exact: false }).first().isVisible()).toBe(true);
    await screenshot(page, 'keyboard-portal-request-sent');
    expect(errorsOn(page)).toEqual([]);
  });
});
