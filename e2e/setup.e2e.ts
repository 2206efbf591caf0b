import { describe, expect, it } from 'vitest';
import { errorsOn, newPage, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('first run', () => {
  const run = useJourney({ demo: false, setupCode: 'ABCD-EFGH-JKLM' });

  it('an empty instance asks for the console setup code, then creates the company and its owner', async () => {
    const page = await newPage(run.browser);
    await page.goto(`${run.porter.url}/`);
    await page.waitForURL(/\/setup/);
    await page.getByLabel('Setup code').fill('WRON-GCOD-EXXX');
    await page.getByLabel('Company name').fill('Brightway Cleaning');
    await page.getByLabel('Portal address').fill('brightway');
    await page.getByLabel('Your name').fill('Bea Bright');
    await page.getByLabel('Email').fill('bea@brightway.example');
    await page.getByLabel('Password', { exact: true }).fill('a-long-owner-password');
    await page.getByRole('button', { name: 'Create company' }).click();
    await expect.poll(() => page.getByText(/setup code is not right|Not the code shown/).first().isVisible()).toBe(true);
    await screenshot(page, 'setup-wrong-code');

    await page.getByLabel('Setup code').fill('ABCD-EFGH-JKLM');
    await page.getByRole('button', { name: 'Create company' }).click();
    await page.waitForURL(`${run.porter.url}/office`);
    await expect.poll(() => page.getByText('Brightway Cleaning').first().isVisible()).toBe(true);
    expect(errorsOn(page)).toEqual([]);

    await page.goto(`${run.porter.url}/setup`);
    await expect.poll(() => page.url()).not.toContain('/setup');
  });
});
