import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { seriousViolations } from './axe.ts';

const screenshotDir = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Debian's Chromium, with the flags this sandboxed, offline machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...lighterOnTwoCores],
  });
}

// The journeys are bound by CPU on two cores. A page lives for seconds, so optimising its scripts
// is work thrown away, and every context starting a renderer process of its own costs as much
// again. Busy CPU seconds (/proc/stat) on an idle machine: three journey files took 95 by
// default, 82 without the optimising compilers, 72 with one renderer besides; all 34 files, in
// the two halves side by side, 889 CPU seconds in 508 s by default and 645 in 418 s with both.
//
// Headless Chromium also keeps a hidden address bar for each page, whose two suggestion popups are drawn by WebUI
// in a renderer of their own: 16% of Chromium's CPU in two journey files (149 → 125 CPU seconds in two pairs of
// runs). Chromium reads only the last --disable-features, so ours repeats the ones Playwright passes
// (e2e/browser.e2e.ts fails if Playwright's own list changes).
const playwrightsDisabledFeatures = ['AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch', 'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion'];
const addressBarPopups = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];
export const withoutAddressBarPopups = `--disable-features=${[...playwrightsDisabledFeatures, ...addressBarPopups].join(',')}`;
const lighterOnTwoCores = ['--js-flags=--max-opt=1', '--renderer-process-limit=1', withoutAddressBarPopups];

export const desktop = { width: 1440, height: 900 };
export const phone = { width: 375, height: 812 };

/**
 * The browser's language, clock, colour scheme and motion; journeys read in US English on UTC in
 * light mode, on a device set to reduce motion, unless they say otherwise.
 */
export interface Reader {
  locale?: string;
  timezoneId?: string;
  /** `'dark'` stands for a device set to dark mode. */
  colorScheme?: 'light' | 'dark';
  /**
   * A dialog slides 30 px into place after it first shows. Playwright checks a click's target at
   * the press only, so on a busy machine a press could land on the Save button before the slide
   * and the release beside it after: the browser then clicks what holds both, and nothing is
   * saved, with the click reported done (CI's cleaning-plans and portal-access failures; 6 clicks
   * of 12 missed with an 80 ms press). With motion reduced, things appear where they stay.
   */
  motion?: 'reduce' | 'no-preference';
}

/** A page in a context of its own: its cookies, language and clock are nobody else's. */
export async function newPage(browser: Browser, viewport = desktop, { locale = 'en-US', timezoneId = 'UTC', colorScheme = 'light', motion = 'reduce' }: Reader = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, locale, timezoneId, colorScheme, reducedMotion: motion });
  // Clicks and navigations wait for the page as long as a busy machine needs; a stuck journey
  // is still stopped by the test's own limit.
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(120_000);
  await context.addInitScript(watchForDiary);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  pageErrors.set(page, errors);
  keepDiary(page);
  return page;
}

/**
 * What each page of the running test did, line by line with the milliseconds since it opened: the
 * addresses it went to (the router's moves included), what its scripts logged, its uncaught errors,
 * the changes it sent, and the requests that failed, were refused or were never answered. A journey
 * that fails on a busy CI machine leaves only a screenshot; the diary says what happened before it.
 */
interface Diary {
  opened: number;
  lines: string[];
  /** Requests sent and not yet answered, by when they were sent: a save that never came back leaves no other trace. */
  waiting: Map<Request, number>;
}

const diaries: Diary[] = [];

function keepDiary(page: Page): void {
  const diary: Diary = { opened: Date.now(), lines: [], waiting: new Map() };
  diaries.push(diary);
  // A reset or invitation link's token stays out of CI's log, though it is only the test's.
  const note = (line: string) => diary.lines.push(`${String(Date.now() - diary.opened).padStart(6)} ms  ${line.replace(/([?&]token=)[^&#\s]+/g, '$1…')}`);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) note(`at ${frame.url()}`);
  });
  page.on('console', (message) => note(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => note(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    diary.waiting.set(request, Date.now());
    if (request.method() !== 'GET') note(`sent: ${request.method()} ${request.url()}`);
  });
  page.on('requestfinished', (request) => diary.waiting.delete(request));
  page.on('requestfailed', (request) => {
    diary.waiting.delete(request);
    note(`failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'no reason'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) note(`${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  page.on('close', () => note('closed'));
}

/**
 * Runs in the page before its scripts: says in the console (so in the diary) what closes things
 * without a navigation, which the network cannot tell: a dialog shown or gone, a list drawn anew,
 * the portal's chosen location changing, an Escape key or a press on a dialog's overlay.
 */
function watchForDiary(): void {
  const say = (line: string) => console.debug(`diary: ${line}`);
  const nameOf = (dialog: Element) =>
    dialog.getAttribute('aria-label') ?? dialog.querySelector(`[id="${dialog.getAttribute('aria-labelledby') ?? ''}"]`)?.textContent ?? '(unnamed)';
  const dialogsIn = (node: Node) => (node instanceof Element ? [...(node.matches('[role="dialog"]') ? [node] : []), ...node.querySelectorAll('[role="dialog"]')] : []);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if (key.startsWith('porter.')) say(`stored ${key} = ${value}`);
    setItem.call(this, key, value);
  };
  window.addEventListener('keydown', (event) => event.key === 'Escape' && say('Escape pressed'), true);
  window.addEventListener('mousedown', (event) => event.target instanceof Element && /mantine-\w+-(overlay|inner)\b/.test(String(event.target.className)) && say(`pressed ${String(event.target.className)}`), true);
  const hiddenNow = new WeakSet<Element>();
  window.addEventListener('resize', () => say(`resized to ${window.innerWidth}×${window.innerHeight}`));
  // A form that refuses what was typed says so beside the field, which the network never sees.
  document.addEventListener('submit', (event) => {
    const dialog = event.target instanceof Element ? event.target.closest('[role="dialog"]') : null;
    say(`form submitted${dialog ? ` in ${nameOf(dialog)}` : ''}`);
  }, true);
  document.addEventListener('visibilitychange', () => say(`page ${document.visibilityState}`));
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.attributeName === 'aria-invalid') {
        if (record.target instanceof Element && record.target.getAttribute('aria-invalid') === 'true') say(`marked invalid: ${record.target.getAttribute('name') ?? record.target.id}`);
        continue;
      }
      // React hides a suspended boundary's content, portals and all, with an inline `display: none`.
      if (record.type === 'attributes' && record.target instanceof HTMLElement) {
        const hidden = record.target.style.display === 'none';
        if (hidden === hiddenNow.has(record.target)) continue;
        if (hidden) hiddenNow.add(record.target);
        else hiddenNow.delete(record.target);
        for (const dialog of dialogsIn(record.target)) say(`dialog ${hidden ? 'hidden' : 'shown again'}: ${nameOf(dialog)}`);
        continue;
      }
      for (const node of record.addedNodes) for (const dialog of dialogsIn(node)) say(`dialog shown: ${nameOf(dialog)}`);
      for (const node of record.removedNodes) {
        for (const dialog of dialogsIn(node)) say(`dialog gone: ${nameOf(dialog)}`);
        if (node instanceof Element && node.querySelector('li')) say(`removed a <${node.tagName.toLowerCase()}> holding ${node.querySelectorAll('li').length} list items`);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributeFilter: ['style', 'aria-invalid'] });
}

/** The diaries of the pages opened since the last call, each headed by its number; emptied as it answers. */
export function takeDiaries(): string {
  const unanswered = (diary: Diary) =>
    [...diary.waiting].map(([request, sent]) => `${String(sent - diary.opened).padStart(6)} ms  sent, never answered: ${request.method()} ${request.url()}`);
  const text = diaries.map((diary, index) => [`page ${index + 1}:`, ...diary.lines, ...unanswered(diary)].join('\n')).join('\n');
  diaries.length = 0;
  return text;
}

/**
 * Opens a path of the app already running in the page the way its own links do, through the
 * router's history, instead of loading the app again: a journey that walks through many pages
 * skips booting the app and loading axe each time. Whatever the page marks with `data-stale` is
 * there before the move, so a journey can wait for what the new page draws, not the old one.
 */
export async function openInApp(page: Page, to: string, stale: string): Promise<void> {
  await page.evaluate(
    ({ to, stale }) => {
      for (const element of document.querySelectorAll(stale)) element.setAttribute('data-stale', '');
      window.history.pushState(window.history.state, '', to);
    },
    { to, stale },
  );
}

/**
 * Holds every request to `url` at the network until `release` is called, then lets them through:
 * a journey sees the page while what it asked for is still on its way.
 */
export async function holdRequests(page: Page, url: RegExp): Promise<{ release: () => void }> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return { release };
}

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught script errors on the page so far: a journey that completes with one is still broken. */
export function errorsOn(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

/** `axe: false` only for pages Porter does not draw itself (the third-party API reference). */
export async function screenshot(page: Page, name: string, options: { axe?: boolean } = {}): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  // To picture the whole page Chromium resizes it for a moment (to 1×1 and back), which a page may answer by
  // redrawing at another breakpoint and closing what is open in it; with a dialog or menu open, the screen is
  // what there is to picture.
  const fullPage = (await page.locator('[role="dialog"]:visible, [role="menu"]:visible, [role="listbox"]:visible').count()) === 0;
  // Finished transitions: a modal caught mid-fade would look broken in the picture, not on the page.
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage, animations: 'disabled' });
  // Every page a journey pictures is also checked by axe-core: a serious or critical barrier fails it.
  if (options.axe === false) return;
  await settleOverlays(page);
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(`axe-core found on "${name}":\n${violations.join('\n')}`);
}

// A notification or dialog still fading in or out is drawn half-transparent, and axe would measure
// the contrast of that passing frame. Mantine animates them with inline styles, so the check waits
// until every one of them is fully shown or gone.
async function settleOverlays(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.mantine-Notifications-notification, .mantine-Modal-content, .mantine-Drawer-content')].every(
      (element) => getComputedStyle(element).opacity === '1',
    ),
  );
}
