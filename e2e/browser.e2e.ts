import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';

/** The command line of the Chromium this process started, read from /proc. */
function browserCommandLine(): string[] {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (parent === process.pid && args.includes('--remote-debugging-pipe')) return args;
    } catch {
      // A process that ended while the list was read.
    }
  }
  throw new Error('no Chromium started by this process was found');
}

const featureList = (arg: string) => arg.slice('--disable-features='.length).split(',');

describe('the journeys’ browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps every feature Playwright turns off turned off, since Chromium reads only the last list', () => {
    const lists = browserCommandLine().filter((arg) => arg.startsWith('--disable-features='));
    expect(lists.length).toBeGreaterThanOrEqual(2);
    const [playwrights, effective] = [featureList(lists[0]!), featureList(lists.at(-1)!)];
    expect(playwrights.length).toBeGreaterThan(0);
    expect(effective).toEqual(expect.arrayContaining(playwrights));
  });

  it('draws no address bar popups beside the pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<h1>A page</h1>');
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
    expect(targetInfos.filter((target) => target.type === 'page').map((target) => target.url)).toEqual(['about:blank']);
    expect(targetInfos.filter((target) => target.type === 'browser_ui').map((target) => target.url)).toEqual([]);
    await context.close();
  });
});
