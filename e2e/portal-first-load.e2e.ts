import { describe, expect, it } from 'vitest';
import { describeFirstLoad, kb, measureFirstLoad } from '../scripts/first-load.ts';
import { errorsOn, newPage, phone } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { signInPortal } from './support/sign-in.ts';

// What a customer's phone downloads before the portal home is shown, as the server sends it
// (Brotli). CSS meets Porter's aim of 30 KB. JavaScript is held where it stands (203 KB as measured, from 376 KB
// before catalogues, Mantine's styles, zod and chunks were split, and 260 KB before the header's
// popups, the rating form and the price table's scroll area left it; the 196–201 KB once reported counted files the
// service worker answered, once it took control, below zero: counted at their length, that build was 202.6 KB); the aim is 120 KB, so lower
// this as the first load shrinks, never raise it.
const jsBudget = 204 * 1024;
const cssBudget = 30 * 1024;

describe('the portal home’s first load on a phone', () => {
  const run = useJourney();

  it('stays within its budget of scripts and style sheets', async () => {
    const page = await newPage(run.browser, phone);
    const signedIn = await page.request.post(`${run.porter.url}/api/portal/demo/login`, { data: { email: 'customer@demo.test', password: 'porter-demo' } });
    expect(signedIn.ok()).toBe(true);
    const load = await measureFirstLoad(page, `${run.porter.url}/portal/demo`, (shown) => shown.getByRole('heading', { name: /Welcome, / }).waitFor());
    const report = describeFirstLoad('Portal home, phone', load);
    console.log(report);
    // Every file came compressed or was too small to be worth it: a missing .br copy would show here first.
    for (const file of load.files.filter((f) => f.bytes >= 1024)) expect(file.encoding, file.path).toBe('br');
    expect(load.jsBytes, `${kb(load.jsBytes)} of JavaScript\n${report}`).toBeLessThanOrEqual(jsBudget);
    expect(load.cssBytes, `${kb(load.cssBytes)} of CSS\n${report}`).toBeLessThanOrEqual(cssBudget);
    expect(errorsOn(page)).toEqual([]);
  });

  it('asks for all the home’s words at once, not one card after another', async () => {
    const page = await newPage(run.browser, phone);
    await signInPortal(page, run.porter.url);
    await page.getByRole('heading', { name: 'Next visit' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The app's own words (`common`, `app`) come first, before anything is drawn; the portal's once sign-in is known.
    const timings = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({ file: new URL(entry.name).pathname, start: entry.startTime, end: entry.responseEnd })),
    );
    const catalogues = timings.filter((t) => /^\/assets\/catalogue-[a-z]+-/.test(t.file) && !/catalogue-[a-z]+-(common|app)-/.test(t.file));
    expect(catalogues.map((c) => c.file)).toEqual(expect.arrayContaining([expect.stringContaining('catalogue-en-portal-'), expect.stringContaining('catalogue-en-portal-visits-')]));
    // Asked for together, they are all on their way before the home page's script arrives. Asked for as each card
    // draws, none can be: a card's words are asked for once its parent, and so that script, is there.
    const homePage = timings.find((t) => /^\/assets\/portal-home-page-.*\.js$/.test(t.file));
    expect(homePage).toBeDefined();
    const late = catalogues.filter((c) => c.start > homePage!.end).map((c) => c.file);
    expect(late, 'asked for after the home page’s script had arrived').toEqual([]);
    expect(errorsOn(page)).toEqual([]);
  });

  it('answers a tap on a tab before it draws the page the tab opens', async () => {
    const page = await newPage(run.browser, phone);
    await signInPortal(page, run.porter.url);
    const requestsTab = page.getByRole('navigation', { name: 'Portal pages' }).getByRole('link', { name: 'Requests' });
    await requestsTab.waitFor();
    // A page whose files and data are at hand is drawn in one go; drawn before the next frame, it holds the phone's
    // answer to the tap until the whole page is drawn. In the frame after the tap, the page must not have changed yet.
    const inTheNextFrame = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.querySelector<HTMLAnchorElement>('nav a[href$="/requests"]')?.click();
          requestAnimationFrame(() => resolve(location.pathname));
        }),
    );
    expect(inTheNextFrame).toBe('/portal/demo');
    await page.getByRole('region', { name: 'Open requests' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/demo/requests');
    expect(errorsOn(page)).toEqual([]);
  });
});
