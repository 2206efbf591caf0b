/**
 * What a page's first load costs in scripts and style sheets: every JS and CSS file the browser
 * fetches from opening a page until it is shown, counted as the bytes the server sent (the Brotli
 * copy written at build time, or the file itself when it is too small to compress).
 *
 * `node scripts/first-load.ts` builds nothing: run `npm run build:web` first. It starts Porter on
 * the demo data and prints the portal home's and the office dashboard's first loads on a phone.
 */
import type { Browser, Page, Request } from 'playwright-core';

export interface LoadedFile {
  path: string;
  kind: 'js' | 'css';
  /** Bytes on the wire: the body as sent, compressed when the server compressed it. */
  bytes: number;
  encoding: string;
}

export interface FirstLoad {
  files: LoadedFile[];
  jsBytes: number;
  cssBytes: number;
}

// A file of the app: by its extension, since a module preloaded by <link rel="modulepreload"> is
// fetched as "other", not "script", yet the page needs it as much.
function kindOf(request: Request): LoadedFile['kind'] | null {
  const pathname = new URL(request.url()).pathname;
  if (request.resourceType() === 'stylesheet' || pathname.endsWith('.css')) return 'css';
  if (request.resourceType() === 'script' || /\.m?js$/.test(pathname)) return 'js';
  return null;
}

/**
 * Opens `url` in `page` and collects the scripts and style sheets fetched until `shown` resolves
 * and the network has been quiet; anything fetched later (a panel opened by a click) is not the
 * first load. The page should be fresh, so nothing comes from its cache.
 */
export async function measureFirstLoad(page: Page, url: string, shown: (page: Page) => Promise<void>): Promise<FirstLoad> {
  const requests: Request[] = [];
  const onRequest = (request: Request) => {
    if (kindOf(request)) requests.push(request);
  };
  page.on('request', onRequest);
  await page.goto(url);
  await shown(page);
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  const files: LoadedFile[] = [];
  for (const request of requests) {
    const response = await request.response();
    if (!response) continue;
    const path = new URL(request.url()).pathname;
    // The portal's service worker takes control during the first load; a file it answers has no bytes on the wire
    // of the page's own (Chromium says less than zero), but it answers with the server's copy, whose length counts.
    const bytes = response.fromServiceWorker() ? Number(await response.headerValue('content-length')) : (await request.sizes()).responseBodySize;
    if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`${path}: its size is not known, so the first load cannot be counted`);
    files.push({ path, kind: kindOf(request)!, bytes, encoding: (await response.headerValue('content-encoding')) ?? 'identity' });
  }
  files.sort((a, b) => b.bytes - a.bytes);
  const total = (kind: LoadedFile['kind']) => files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.bytes, 0);
  return { files, jsBytes: total('js'), cssBytes: total('css') };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function describeFirstLoad(name: string, load: FirstLoad): string {
  const lines = load.files.map((file) => `  ${kb(file.bytes).padStart(9)}  ${file.encoding.padEnd(8)} ${file.path}`);
  return [`${name}: ${kb(load.jsBytes)} JS, ${kb(load.cssBytes)} CSS in ${load.files.length} files`, ...lines].join('\n');
}

async function main(): Promise<void> {
  const { launchBrowser, newPage, phone } = await import('../e2e/support/browser.ts');
  const { startPorter } = await import('../e2e/support/porter-server.ts');
  const porter = await startPorter();
  const browser: Browser = await launchBrowser();
  try {
    const portal = await newPage(browser, phone);
    const signedIn = await portal.request.post(`${porter.url}/api/portal/demo/login`, { data: { email: 'customer@demo.test', password: 'porter-demo' } });
    if (!signedIn.ok()) throw new Error(`the demo customer could not sign in: ${signedIn.status()}`);
    const portalLoad = await measureFirstLoad(portal, `${porter.url}/portal/demo`, (page) => page.getByText(/Welcome, /).first().waitFor());
    console.log(describeFirstLoad('Portal home, phone', portalLoad));

    const office = await newPage(browser, phone);
    const staff = await office.request.post(`${porter.url}/api/auth/login`, { data: { email: 'owner@demo.test', password: 'porter-demo' } });
    if (!staff.ok()) throw new Error(`the demo owner could not sign in: ${staff.status()}`);
    const officeLoad = await measureFirstLoad(office, `${porter.url}/office`, (page) => page.getByRole('heading', { level: 1 }).first().waitFor());
    console.log(describeFirstLoad('Office dashboard, phone', officeLoad));
  } finally {
    await browser.close();
    await porter.stop();
  }
}

if (import.meta.main) await main();
