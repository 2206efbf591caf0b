import { describe, expect, it } from 'vitest';
import { errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('office', () => {
  const run = useJourney();

  it('the demo owner signs in, sees the dashboard, searches customers and opens the outbox', async () => {
    const page = await newPage(run.browser);
    await page.goto(`${run.porter.url}/`);
    await page.waitForURL(/\/login/);
    await screenshot(page, 'office-login');
    await page.getByLabel('Email').fill('owner@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('porter-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${run.porter.url}/office`);
    await expect.poll(() => page.getByText('Sparkle Facility Services').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('67').first().isVisible()).toBe(true);
    await screenshot(page, 'office-dashboard');

    // Keyboard: the first Tab reaches the skip link, which lands on the page's own content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect.poll(() => skip.evaluate((link) => link === document.activeElement && link.getBoundingClientRect().top >= 0)).toBe(true);
    await screenshot(page, 'office-skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    await page.getByRole('link', { name: 'Customers' }).first().click();
    await page.waitForURL(/\/office\/customers/);
    await expect.poll(() => page.getByText('Harborview Dental Group').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/of 67/).first().isVisible()).toBe(true);
    await screenshot(page, 'office-customers');
    await page.getByLabel('Search customers').fill('dental');
    await page.waitForURL(/q=dental/);
    await expect.poll(() => page.getByText(/of 5\b/).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Cascade Law Offices').count()).toBe(0);

    await page.getByRole('link', { name: 'Locations' }).first().click();
    await expect.poll(() => page.getByText('East Clinic').first().isVisible()).toBe(true);
    await screenshot(page, 'office-locations');

    await page.goto(`${run.porter.url}/office/settings/outbox`);
    await expect.poll(() => page.getByText(/No SMTP server is configured/).isVisible()).toBe(true);
    await screenshot(page, 'office-outbox');
    // Without SMTP a failing email cannot be retried: the button is off, and says why.
    await page.getByRole('button', { name: /customer portal/ }).click();
    const email = page.getByRole('dialog');
    await expect.poll(() => email.getByText(/Retry needs an SMTP server/).isVisible()).toBe(true);
    expect(await email.getByRole('button', { name: 'Retry' }).isDisabled()).toBe(true);
    expect(errorsOn(page)).toEqual([]);
  });

  it('a wrong password shows an error and stays on the sign-in page', async () => {
    const page = await newPage(run.browser);
    await page.goto(`${run.porter.url}/login`);
    await page.getByLabel('Email').fill('owner@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText(/do not match an account/).isVisible()).toBe(true);
    expect(page.url()).toContain('/login');
    await screenshot(page, 'office-login-error');
  });

  it('a technician lands in the field app, and the office settings refuse them', async () => {
    const page = await newPage(run.browser, phone);
    await page.goto(`${run.porter.url}/login`);
    await page.getByLabel('Email').fill('tech@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('porter-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${run.porter.url}/field`);
    await expect.poll(() => page.getByText('Today').first().isVisible()).toBe(true);
    await screenshot(page, 'field-today-phone');
    const response = await page.request.get(`${run.porter.url}/api/office/outbox`);
    expect(response.status()).toBe(403);
  });

  it('the office works on a phone: the menu opens from the burger', async () => {
    const page = await newPage(run.browser, phone);
    await page.goto(`${run.porter.url}/login`);
    await page.getByLabel('Email').fill('manager@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('porter-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${run.porter.url}/office`);
    await expect.poll(() => page.getByRole('heading', { name: 'Needs attention' }).isVisible()).toBe(true);
    await screenshot(page, 'office-dashboard-phone');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
  });

  it('an unknown address shows the not-found page', async () => {
    const page = await newPage(run.browser);
    await page.goto(`${run.porter.url}/no/such/page`);
    await expect.poll(() => page.getByText(/not found|doesn.t exist|could not find/i).first().isVisible()).toBe(true);
    await screenshot(page, 'not-found');
  });
});
