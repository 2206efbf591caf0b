import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { errorsOn, holdRequests, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInPortal } from './support/sign-in.ts';

/** Every address the portal's service worker keeps on the phone, in all its caches. */
function keptOnPhone(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const kept: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith('porter-portal-')) continue;
      for (const request of await (await caches.open(name)).keys()) kept.push(new URL(request.url).pathname);
    }
    return kept;
  });
}

/** The app's own files this page loaded: all of them must be on the phone before it can open offline. */
function appFilesLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((pathname) => pathname.startsWith('/assets/')),
  );
}

describe('a returning customer opens the portal on a phone with no signal', () => {
  const run = useJourney();

  it('the portal opens from the phone in the company’s brand, says it is offline and what cannot work, and kept nothing the customer read', async () => {
    const page = await newPage(run.browser, phone);
    // On a slow phone, a file can still be on its way when the worker takes control: it arrives past the worker,
    // and must be kept all the same. The home page's own script is held back until then.
    const lateFile = /\/assets\/portal-home-page-[\w-]+\.js$/;
    const { release } = await holdRequests(page, lateFile);
    await signInPortal(page, run.porter.url);
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/api/portal/demo/manifest');
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(`${run.porter.url}/portal-sw.js`);
    // A returning phone's page request leaves while the worker wakes, not after it.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).navigationPreload.getState())).toMatchObject({ enabled: true });
    // The route stays: unrouting under a handler that is about to continue fails that continue.
    release();
    await expect.poll(() => page.getByRole('navigation', { name: 'Portal pages' }).isVisible()).toBe(true);
    await expect.poll(async () => (await appFilesLoaded(page)).some((file) => lateFile.test(file))).toBe(true);
    const loaded = await appFilesLoaded(page);
    expect(loaded.length).toBeGreaterThan(0);
    await expect.poll(async () => {
      const kept = new Set(await keptOnPhone(page));
      return loaded.filter((file) => !kept.has(file));
    }).toEqual([]);
    // The company's public info is kept; what the customer read (who they are, their locations, visits) is not.
    const kept = new Set(await keptOnPhone(page));
    expect(kept.has('/api/portal/demo')).toBe(true);
    expect([...kept].filter((file) => file.startsWith('/api/') && file !== '/api/portal/demo' && !file.endsWith('/logo'))).toEqual([]);

    await page.context().setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'You are offline' }).isVisible()).toBe(true);
    const alert = page.getByRole('alert');
    expect(await alert.getByText('This phone has no connection, so your portal cannot show your visits, requests, messages or invoices, and cannot send anything.').isVisible()).toBe(true);
    expect(await alert.getByText('It opens again by itself as soon as you are back online.').isVisible()).toBe(true);
    expect(await page.getByText('Sparkle Facility Services').first().isVisible()).toBe(true);
    await screenshot(page, 'portal-offline-phone');

    // Back online, the portal comes back by itself.
    await page.context().setOffline(false);
    await expect.poll(() => page.getByRole('navigation', { name: 'Portal pages' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'You are offline' }).count()).toBe(0);
    expect(errorsOn(page)).toEqual([]);
  });
});
