import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateTimeFormat, listFormat, numberFormat } from './intl.ts';

const root = path.resolve(import.meta.dirname, '../..');
// Each makes its formatters once in its own way.
const makesItsOwn = new Set([
  'shared/i18n/intl.ts',
  // One per zone, looked up by the zone alone on the schedule's hottest paths.
  'server/lib/time.ts',
  'server/features/visits/recurrence.ts',
  // Asks Intl whether a zone exists; it formats nothing.
  'shared/features/locations/locations.contract.ts',
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')));
}

describe('Intl formatters made once', () => {
  it('hands back the formatter already made for the same locale and options', () => {
    const options = { dateStyle: 'medium', timeZone: 'America/New_York' } as const;
    expect(dateTimeFormat('en-US', options)).toBe(dateTimeFormat('en-US', { ...options }));
    expect(numberFormat('da', { style: 'currency', currency: 'DKK' })).toBe(numberFormat('da', { style: 'currency', currency: 'DKK' }));
    expect(listFormat('es', { type: 'conjunction' })).toBe(listFormat('es', { type: 'conjunction' }));
  });

  it('makes another for another locale, zone or kind, and each formats as its own', () => {
    const instant = new Date('2026-12-03T14:30:00Z');
    const newYork = dateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'America/New_York' });
    const copenhagen = dateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
    expect(newYork).not.toBe(copenhagen);
    expect(newYork.format(instant)).toBe('9:30 AM');
    expect(copenhagen.format(instant)).toBe('3:30 PM');
    expect(numberFormat('en-US').format(1234.5)).toBe('1,234.5');
    expect(numberFormat('da').format(1234.5)).toBe('1.234,5');
  });

  it('throws for a zone Intl does not know, every time, and keeps nothing for it', () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });

  it('is where the web app, the server and shared/ get theirs', () => {
    const making = ['web', 'server', 'shared']
      .flatMap(sourceFiles)
      .filter((file) => !makesItsOwn.has(file) && /new Intl\.(DateTimeFormat|NumberFormat|ListFormat)\(/.test(readFileSync(path.join(root, file), 'utf8')));
    expect(making).toEqual([]);
  });
});
