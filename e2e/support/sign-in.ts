import type { Page } from 'playwright-core';

/** Signs a demo staff member in on the office sign-in page. */
export async function signInOffice(page: Page, url: string, email: string, password = 'porter-demo'): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(new RegExp(`^${url}/(office|field)`));
}

/** Signs a demo customer in on the demo company's portal. */
export async function signInPortal(page: Page, url: string, email = 'customer@demo.test', password = 'porter-demo'): Promise<void> {
  await page.goto(`${url}/portal/demo/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${url}/portal/demo`);
}
