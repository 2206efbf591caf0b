import { describe, expect, it } from 'vitest';
import { errorsOn, newPage, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('the API reference', () => {
  const run = useJourney({ demo: false });

  it('loads everything it shows from Porter itself: no fonts or scripts from the internet', async () => {
    const page = await newPage(run.browser);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(run.porter.url) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
    });
    await page.goto(`${run.porter.url}/api/docs`);
    await page.getByRole('heading', { name: 'Porter API' }).first().waitFor();
    await page.getByText('/api/health').first().waitFor();
    // Scalar draws this page, not Porter: its own accessibility is not checked here.
    await screenshot(page, 'api-docs', { axe: false });
    expect(elsewhere).toEqual([]);
    expect(errorsOn(page)).toEqual([]);
  });
});
