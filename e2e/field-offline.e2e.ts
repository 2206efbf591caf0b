import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspect } from '../server/test/harness.ts';
import { errorsOn, newPage, phone, screenshot } from './support/browser.ts';
import { tessVisitsTheHome } from './support/field-visit.ts';
import { useJourney } from './support/journey.ts';
import { signInOffice } from './support/sign-in.ts';

/** The writes kept on the phone, read from IndexedDB as the offline queue stored them (key: the client id). */
function keptWrites(page: Page): Promise<{ clientId: string; path: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ clientId: string; path: string }[]>((resolve, reject) => {
        const open = indexedDB.open('porter-field');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('writes').objectStore('writes').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Puts a write back on the phone as if its answer had been lost, and tells the page the signal is back. */
function keepAgain(page: Page, write: { clientId: string }): Promise<void> {
  return page.evaluate(
    (kept) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('porter-field');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('writes', 'readwrite');
          transaction.objectStore('writes').put(kept, kept.clientId);
          transaction.oncomplete = () => {
            window.dispatchEvent(new Event('online'));
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    write,
  );
}

describe('a technician working without a signal', () => {
  const run = useJourney();
  let visitId: string;

  // The demo home's own visits make way for one that starts in half an hour, with Tess on it.
  beforeAll(async () => {
    visitId = await tessVisitsTheHome(run.porter, null);
  });

  it('Tess clocks in with no signal: the phone says it waits, and the clock-in reaches Porter at the time she tapped, once even when sent twice', async () => {
    const timesheets = () => inspect(run.porter.ctx.db).selectFrom('timesheets').select(['id', 'clocked_in_at']).where('visit_id', '=', visitId).execute();
    const tech = await newPage(run.browser, phone);
    await tech.context().grantPermissions(['geolocation'], { origin: run.porter.url });
    await tech.context().setGeolocation({ latitude: 45.487, longitude: -122.803, accuracy: 20 });
    const clockInsAnswered: number[] = [];
    tech.on('response', (response) => {
      if (response.url().endsWith(`/api/field/visits/${visitId}/clock-in`)) clockInsAnswered.push(response.status());
    });
    await signInOffice(tech, run.porter.url, 'tech@demo.test', { to: `/field/visits/${visitId}` });
    await expect.poll(() => tech.getByRole('button', { name: 'Clock in' }).isVisible()).toBe(true);

    await tech.context().setOffline(true);
    const tappedFrom = new Date().toISOString();
    await tech.getByRole('button', { name: 'Clock in' }).click();
    await expect.poll(() => tech.getByText(/^Clocked in at .+ — waiting to send$/).isVisible()).toBe(true);
    const tappedBy = new Date().toISOString();
    const pending = tech.getByRole('status').filter({ hasText: '1 change waiting to send' });
    expect(await pending.getByText(/^Clock in at 88 Willow Crescent, \d/).isVisible()).toBe(true);
    // What the tap did shows in place of the button: next is clocking out (On my way is past), and nothing says it failed.
    expect(await tech.getByRole('button', { name: 'Clock in' }).count()).toBe(0);
    expect(await tech.getByRole('button', { name: 'Clock out' }).isVisible()).toBe(true);
    expect(await tech.getByRole('button', { name: 'On my way' }).count()).toBe(0);
    expect(await tech.getByText('That did not go through').count()).toBe(0);
    await screenshot(tech, 'field-clock-in-waiting-phone');
    expect(await timesheets()).toEqual([]);

    // Still without a signal she ticks the first task and leaves a note: both wait on the phone too.
    const checklist = tech.getByRole('region', { name: 'Checklist' });
    await checklist.getByRole('checkbox').first().check();
    await expect.poll(() => checklist.getByText('Waiting to send').isVisible()).toBe(true);
    await tech.getByLabel('New note').fill('Side gate was locked; came in through the garage.');
    await tech.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => tech.getByRole('status').filter({ hasText: '3 changes waiting to send' }).isVisible()).toBe(true);
    expect(await tech.getByRole('region', { name: 'Notes' }).getByText('Side gate was locked; came in through the garage.').isVisible()).toBe(true);
    await screenshot(tech, 'field-checklist-waiting-phone');
    const kept = (await keptWrites(tech)).find((write) => write.path.endsWith('/clock-in'));

    const reconnectedAt = new Date().toISOString();
    await tech.context().setOffline(false);
    await expect.poll(() => tech.getByText(/^Clocked in at [^—]+$/).isVisible()).toBe(true);
    await expect.poll(() => tech.getByRole('status').filter({ hasText: 'waiting to send' }).count()).toBe(0);
    await expect.poll(() => tech.getByRole('region', { name: 'Checklist' }).getByText(/^Tess at /).isVisible()).toBe(true);
    const stored = inspect(run.porter.ctx.db);
    expect(await stored.selectFrom('visit_checklist_ticks').select('done').where('visit_id', '=', visitId).execute()).toEqual([{ done: true }]);
    expect(await stored.selectFrom('visit_notes').select('text').where('visit_id', '=', visitId).execute()).toEqual([{ text: 'Side gate was locked; came in through the garage.' }]);
    const [sheet, ...more] = await timesheets();
    expect(more).toEqual([]);
    // The time she tapped, not the time the signal came back.
    expect(sheet!.clocked_in_at >= tappedFrom && sheet!.clocked_in_at <= tappedBy && sheet!.clocked_in_at < reconnectedAt, `${sheet!.clocked_in_at} tapped ${tappedFrom}–${tappedBy}, sent ${reconnectedAt}`).toBe(true);

    // The first answer never reached the phone, so it sends the same write again: Porter answers it, and still has one timesheet.
    await keepAgain(tech, kept!);
    await expect.poll(() => clockInsAnswered).toEqual([200, 200]);
    await expect.poll(() => keptWrites(tech)).toEqual([]);
    expect(await timesheets()).toEqual([sheet]);
    expect(await tech.getByRole('alert').count()).toBe(0);
    expect(errorsOn(tech)).toEqual([]);
  });
});
