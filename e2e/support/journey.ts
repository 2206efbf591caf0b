import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, takeDiaries } from './browser.ts';
import { startPorter, type RunningPorter } from './porter-server.ts';

/**
 * A running Porter and a browser for the journeys of one file, started before them and
 * stopped after. The fields are filled in by the time a test runs.
 */
export function useJourney(options: Parameters<typeof startPorter>[0] = {}): { porter: RunningPorter; browser: Browser } {
  const run = {} as { porter: RunningPorter; browser: Browser };
  beforeAll(async () => {
    run.porter = await startPorter(options);
    run.browser = await launchBrowser();
  });
  // A failed journey prints what its pages did; a passing one only forgets it.
  afterEach(({ task }) => {
    const diaries = takeDiaries();
    if (task.result?.state === 'fail') console.error(`What the pages of "${task.name}" did:\n${diaries}`);
  });
  afterAll(async () => {
    await run.browser?.close();
    await run.porter?.stop();
  });
  return run;
}
