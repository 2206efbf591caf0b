import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, errorsOn, launchBrowser, newPage, phone, screenshot } from './support/browser.ts';
import { startPorter, type RunningPorter } from './support/porter-server.ts';

describe('customer portal', () => {
  let porter: RunningPorter;
  let browser: Browser;
  beforeAll(async () => {
    porter = await startPorter();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await porter?.stop();
  });

  for (const [label, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
    it(`the demo customer signs in on the company's branded portal (${label})`, async () => {
      const page = await newPage(browser, viewport);
      await page.goto(`${porter.url}/portal/demo`);
      await page.waitForURL(/\/portal\/demo\/login/);
      await expect.poll(() => page.getByText('Sparkle Facility Services').first().isVisible()).toBe(true);
      await screenshot(page, `portal-login-${label}`);
      await page.getByLabel('Email').fill('customer@demo.test');
      await page.getByLabel('Password', { exact: true }).fill('porter-demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${porter.url}/portal/demo`);
      await expect.poll(() => page.getByText(/Welcome, Carla/).isVisible()).toBe(true);
      await expect.poll(() => page.getByText('East Clinic').first().isVisible()).toBe(true);
      await screenshot(page, `portal-home-${label}`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
      expect(errorsOn(page)).toEqual([]);
    });
  }

  it('a customer of the demo company cannot sign in on another company’s portal', async () => {
    const page = await newPage(browser);
    await page.goto(`${porter.url}/portal/northwind/login`);
    await expect.poll(() => page.getByText('Northwind Janitorial').first().isVisible()).toBe(true);
    await page.getByLabel('Email').fill('customer@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('porter-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText(/do not match an account/).isVisible()).toBe(true);
  });
});
