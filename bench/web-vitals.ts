/**
 * `node bench/web-vitals.ts`: the portal home's Largest Contentful Paint and Interaction to Next Paint on a phone,
 * with one office page beside it for comparison. Starts Porter on loopback with the demo company (building the
 * web app first if its sources changed), opens Debian's Chromium as a phone (375×812, touch, the CPU slowed 4×;
 * VITALS_NETWORK=slow4g also slows the network), signs in, and loads each page cold (nothing cached) and warm
 * (a returning visitor: the browser's cache, and for the portal its service worker). INP comes from real taps on
 * the page. Prints the median of VITALS_RUNS runs (3 unless told) against the aims, or compares builds of the app
 * (VITALS_BUILDS, below). It measures; it never fails.
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { withoutAddressBarPopups } from '../e2e/support/browser.ts';
import { startPorter, type RunningPorter } from '../e2e/support/porter-server.ts';
import { buildWebIfStale } from '../scripts/web-build.ts';

const runs = Number(process.env.VITALS_RUNS ?? 3);
const cpuSlowdown = 4;
const aims = { lcp: 1500, inp: 100 };
// Lighthouse's "slow 4G": 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up.
const networks = { slow4g: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } };
const network = networks[process.env.VITALS_NETWORK as keyof typeof networks] ?? null;
const phone = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'en-US', timezoneId: 'UTC' };

interface Subject {
  name: string;
  path: string;
  signIn: (context: BrowserContext, url: string) => Promise<void>;
  /** Shown once the page has drawn what it is for. */
  ready: (page: Page) => Promise<void>;
  /** Taps a person makes on the page; each is one interaction for INP. */
  interact: (page: Page) => Promise<void>;
  serviceWorker: boolean;
}

async function signIn(context: BrowserContext, url: string, email: string): Promise<void> {
  const response = await context.request.post(url, { data: { email, password: 'porter-demo' } });
  if (!response.ok()) throw new Error(`${email} could not sign in: ${response.status()}`);
}

const subjects: Subject[] = [
  {
    name: 'portal home',
    path: '/portal/demo',
    signIn: (context, url) => signIn(context, `${url}/api/portal/demo/login`, 'customer@demo.test'),
    ready: (page) => page.getByRole('navigation', { name: 'Portal pages' }).waitFor(),
    interact: async (page) => {
      await page.getByRole('button', { name: 'Contact' }).tap();
      await page.getByRole('menu').waitFor();
      await page.keyboard.press('Escape');
      const tabs = page.getByRole('navigation', { name: 'Portal pages' });
      await tabs.getByRole('link', { name: 'Requests' }).tap();
      await page.getByRole('region', { name: 'Open requests' }).waitFor();
      await tabs.getByRole('link', { name: 'Home' }).tap();
      await page.getByRole('link', { name: 'New request' }).waitFor();
    },
    serviceWorker: true,
  },
  {
    name: 'office customers',
    path: '/office/customers',
    signIn: (context, url) => signIn(context, `${url}/api/auth/login`, 'owner@demo.test'),
    ready: (page) => page.locator('[data-list-cards] > li').first().waitFor(),
    interact: async (page) => {
      const filters = page.getByRole('button', { name: /^Filters/ });
      await filters.tap();
      await filters.tap();
      const burger = page.getByRole('button', { name: 'Toggle navigation' });
      await burger.tap();
      await burger.tap();
    },
    serviceWorker: false,
  },
];

/** Collects LCP and Event Timing entries from the very start of each document. */
function observeVitals() {
  const vitals = { lcp: 0, lcpElement: '', interactions: new Map<number, { duration: number; what: string }>() };
  (window as unknown as { vitals: typeof vitals }).vitals = vitals;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
      vitals.lcp = entry.startTime;
      vitals.lcpElement = entry.element ? `${entry.element.tagName.toLowerCase()} “${(entry.element.textContent ?? '').trim().slice(0, 40)}”` : '';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (!entry.interactionId) continue;
      const known = vitals.interactions.get(entry.interactionId);
      if (known && known.duration >= entry.duration) continue;
      // Which tap it was: the element's accessible words, so the slowest one can be named.
      const target = entry.target as HTMLElement | null;
      const control = target?.closest('a, button') ?? target;
      const words = control ? (control.getAttribute('aria-label') || control.textContent || control.tagName.toLowerCase()).trim().slice(0, 30) : '?';
      vitals.interactions.set(entry.interactionId, { duration: entry.duration, what: `${entry.name} on “${words}”` });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}

async function openAsPhone(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  return page;
}

/** LCP of one load; the page waits a moment after it is ready, as a later, larger paint still counts. */
async function loadAndMeasure(page: Page, url: string, subject: Subject): Promise<{ lcp: number; element: string }> {
  await page.goto(url);
  await subject.ready(page);
  await page.waitForTimeout(1000);
  return page.evaluate(() => {
    const { vitals } = window as unknown as { vitals: { lcp: number; lcpElement: string } };
    return { lcp: vitals.lcp, element: vitals.lcpElement };
  });
}

/** With fewer than 50 interactions, INP is the slowest of them. */
async function interactionToNextPaint(page: Page, subject: Subject): Promise<{ inp: number; slowest: string; count: number }> {
  await subject.interact(page);
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const interactions = [...(window as unknown as { vitals: { interactions: Map<number, { duration: number; what: string }> } }).vitals.interactions.values()];
    const slowest = interactions.reduce<{ duration: number; what: string }>((worst, next) => (next.duration > worst.duration ? next : worst), { duration: 0, what: 'none' });
    return { inp: slowest.duration, slowest: slowest.what, count: interactions.length };
  });
}

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The worker keeps what the page had loaded before it took control; a moment lets that finish.
  await page.waitForTimeout(1000);
}

interface Run {
  cold: number;
  warm: number;
  element: string;
  inp: number;
  /** The interaction INP was taken from, by its event and the words of what was tapped. */
  slowest: string;
  interactions: number;
}

async function measure(browser: Browser, porter: RunningPorter, subject: Subject): Promise<Run> {
  const context = await browser.newContext(phone);
  await context.addInitScript(observeVitals);
  await subject.signIn(context, porter.url);
  try {
    const first = await openAsPhone(context);
    const { lcp: cold } = await loadAndMeasure(first, `${porter.url}${subject.path}`, subject);
    if (subject.serviceWorker) await waitForServiceWorker(first);
    await first.close();
    const returning = await openAsPhone(context);
    const { lcp: warm, element } = await loadAndMeasure(returning, `${porter.url}${subject.path}`, subject);
    const { inp, slowest, count } = await interactionToNextPaint(returning, subject);
    return { cold, warm, element, inp, slowest, interactions: count };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${Math.round(value)} ms`;
const verdict = (value: number, aim: number) => (value <= aim ? 'meets' : 'misses');

const root = path.resolve(import.meta.dirname, '..');
// VITALS_BUILDS=dir,dir compares builds of the web app (each a copy of dist/web made after `npm run build:web`): one
// Porter serves each, and their runs take turns, so a machine that grows busier or quieter meanwhile slows each alike.
// One build's figures move by 10–20% from run to run here, more than most changes to the app gain.
const builds = (process.env.VITALS_BUILDS ?? '').split(',').filter(Boolean).map((dir) => path.resolve(dir));
if (builds.length === 0) buildWebIfStale(root);
const porters = await Promise.all((builds.length > 0 ? builds : [undefined]).map((webRoot) => startPorter({ demo: true, webRoot })));
const buildName = (index: number) => (builds.length > 0 ? ` ${path.basename(builds[index]!)}` : '');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  // Without the hidden address bar's popups, whose renderer took CPU from the page being measured: portal home LCP
  // 3216/2644 → 2100/2192 ms cold, 3672/2684 → 2264/2136 ms warm in alternating runs on a two-core machine.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', withoutAddressBarPopups],
});
try {
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
  console.log(`Phone 375×812 @3x, touch, CPU ${cpuSlowdown}× slower, network ${network ? process.env.VITALS_NETWORK : 'unthrottled (loopback)'}; median of ${runs} runs; load average ${one} ${five} ${fifteen}`);
  console.log(`Aims: LCP ≤ ${aims.lcp} ms, INP ≤ ${aims.inp} ms\n`);
  const width = 19 + Math.max(0, ...porters.map((_, index) => buildName(index).length));
  console.log(`${'page'.padEnd(width)}LCP cold            LCP warm            INP (interactions)`);
  const elements: string[] = [];
  const slowest: string[] = [];
  const everyRun: string[] = [];
  for (const subject of subjects) {
    const results: Run[][] = porters.map(() => []);
    for (let run = 0; run < runs; run += 1) {
      for (const [index, porter] of porters.entries()) results[index]!.push(await measure(browser, porter, subject));
    }
    for (const [index, own] of results.entries()) {
      const name = `${subject.name}${buildName(index)}`;
      const cold = median(own.map((r) => r.cold));
      const warm = median(own.map((r) => r.warm));
      const inp = median(own.map((r) => r.inp));
      const cells = [
        `${ms(cold)} ${verdict(cold, aims.lcp)}`.padEnd(20),
        `${ms(warm)} ${verdict(warm, aims.lcp)}`.padEnd(20),
        `${ms(inp)} ${verdict(inp, aims.inp)} (${own[0]!.interactions})`,
      ];
      console.log(`${name.padEnd(width)}${cells.join('')}`);
      elements.push(`${name}: ${own.at(-1)!.element}`);
      slowest.push(`${name}: ${own.map((r) => `${r.slowest} ${ms(r.inp)}`).join(', ')}`);
      everyRun.push(`${name}: cold ${own.map((r) => Math.round(r.cold)).join(' ')}; warm ${own.map((r) => Math.round(r.warm)).join(' ')}`);
    }
  }
  console.log(`\nThe largest paint (warm, last run): ${elements.join('; ')}`);
  console.log(`The slowest interaction of each run: ${slowest.join('; ')}`);
  console.log(`Every run's LCP, in ms:\n  ${everyRun.join('\n  ')}`);
  if (network) console.log('\nThe service worker fetches outside the page, so the network slowdown does not reach what it fetches.');
} finally {
  await browser.close();
  await Promise.all(porters.map((porter) => porter.stop()));
}
