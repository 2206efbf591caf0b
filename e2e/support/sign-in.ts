import type { Page } from 'playwright-core';

/**
 * Where a signed-in journey starts: `to` is a path the page opens straight after signing in
 * (the office or portal home when not given), and `password` is the demo's unless told.
 */
export interface SignIn {
  to?: string;
  password?: string;
}

/**
 * Signs a demo staff member in and opens `to`, or the home their role lands on (the office, or
 * the field app for a technician). The session comes from the sign-in API, the way the form gets
 * it: the form itself is journeyed in office.e2e.ts, and going through it for every other journey
 * only cost CI a page load and a redirect each time.
 */
export async function signInOffice(page: Page, url: string, email: string, { to, password = 'porter-demo' }: SignIn = {}): Promise<void> {
  const response = await page.request.post(`${url}/api/auth/login`, { data: { email, password } });
  if (!response.ok()) throw new Error(`${email} could not sign in: ${response.status()} ${await response.text()}`);
  if (to) {
    await page.goto(`${url}${to}`);
    return;
  }
  await page.goto(`${url}/office`);
  await page.waitForURL(new RegExp(`^${url}/(office|field)`));
}

/**
 * Signs a demo customer in on the demo company's portal and opens `to`, or the portal's home.
 * As above, the portal's sign-in form has its own journey in portal.e2e.ts.
 */
export async function signInPortal(page: Page, url: string, email = 'customer@demo.test', { to = '/portal/demo', password = 'porter-demo' }: SignIn = {}): Promise<void> {
  const response = await page.request.post(`${url}/api/portal/demo/login`, { data: { email, password } });
  if (!response.ok()) throw new Error(`${email} could not sign in to the portal: ${response.status()} ${await response.text()}`);
  await page.goto(`${url}${to}`);
}
