import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDuration, formatTime, namesZone, sameZone } from './format.ts';

// 2026's changes: Europe moves its clocks forward on 29 March at 01:00 UTC, the United States on
// 8 March at 07:00 UTC (02:00 in New York); both go back later in the year.
describe('times on the clock of the place they concern', () => {
  it('reads the same instant on each place’s clock on either side of Europe’s spring change', () => {
    const copenhagen = { locale: 'en-GB', zone: 'Europe/Copenhagen', viewerZone: 'Europe/Copenhagen' };
    expect(formatTime('2026-03-29T00:59:00Z', copenhagen)).toBe('01:59');
    expect(formatTime('2026-03-29T01:00:00Z', copenhagen)).toBe('03:00');
  });

  it('reads the same instant on each place’s clock on either side of the American spring change', () => {
    const newYork = { locale: 'en-US', zone: 'America/New_York', viewerZone: 'America/New_York' };
    expect(formatTime('2026-03-08T06:59:00Z', newYork)).toBe('1:59 AM');
    expect(formatTime('2026-03-08T07:00:00Z', newYork)).toBe('3:00 AM');
  });

  it('names the place’s zone, as it is on that day, when the reader is elsewhere', () => {
    const seenFromNewYork = { locale: 'en-GB', zone: 'Europe/Copenhagen', viewerZone: 'America/New_York' };
    expect(formatDateTime('2026-03-28T12:00:00Z', seenFromNewYork)).toBe('28 Mar 2026, 13:00 CET');
    expect(formatDateTime('2026-03-30T12:00:00Z', seenFromNewYork)).toBe('30 Mar 2026, 14:00 CEST');
    const seenFromCopenhagen = { locale: 'en-US', zone: 'America/New_York', viewerZone: 'Europe/Copenhagen' };
    expect(formatDateTime('2026-03-07T17:00:00Z', seenFromCopenhagen)).toBe('Mar 7, 2026, 12:00 PM EST');
    expect(formatDateTime('2026-03-09T16:00:00Z', seenFromCopenhagen)).toBe('Mar 9, 2026, 12:00 PM EDT');
  });

  it('leaves the zone out when the reader is in it, under any of its names', () => {
    expect(formatDateTime('2026-07-01T10:00:00Z', { locale: 'en-GB', zone: 'Europe/Copenhagen', viewerZone: 'Europe/Copenhagen' })).toBe('1 Jul 2026, 12:00');
    expect(sameZone('UTC', 'Etc/UTC')).toBe(true);
    expect(namesZone({ locale: 'en', zone: 'UTC', viewerZone: 'Etc/UTC' })).toBe(false);
    expect(sameZone('Europe/Copenhagen', 'Europe/Berlin')).toBe(false);
  });

  it('always names the zone when the reader’s is unknown, as in an email', () => {
    expect(formatDateTime('2026-07-01T10:00:00Z', { locale: 'en-GB', zone: 'Europe/Copenhagen' })).toBe('1 Jul 2026, 12:00 CEST');
  });

  it('gives the day it was at the place, which may not be the day it was in UTC', () => {
    expect(formatDate('2026-11-01T03:30:00Z', { locale: 'en-GB', zone: 'America/Los_Angeles' })).toBe('31 Oct 2026');
    expect(formatDate('2026-11-01T03:30:00Z', { locale: 'en-GB', zone: 'Europe/Copenhagen' })).toBe('1 Nov 2026');
  });

  it('writes dates and durations in the reader’s language', () => {
    expect(formatDateTime('2026-03-30T12:00:00Z', { locale: 'es', zone: 'Europe/Madrid', viewerZone: 'Europe/Madrid' })).toBe('30 mar 2026, 14:00');
    expect(formatDateTime('2026-03-30T12:00:00Z', { locale: 'da', zone: 'Europe/Copenhagen', viewerZone: 'Europe/Copenhagen' })).toBe('30. mar. 2026, 14.00');
    expect(formatDuration(3 * 3_600_000 + 14 * 60_000, 'en')).toBe('3 hr 14 min');
    expect(formatDuration(26 * 3_600_000, 'es')).toBe('1 d 2 h');
  });

  it('names the zone by its offset where the reader’s language has no short name for it', () => {
    // Spanish has no "PST": a Madrid reader sees a Portland clinic's evening, on its own day, as GMT-8.
    const seenFromMadrid = { locale: 'es-ES', zone: 'America/Los_Angeles', viewerZone: 'Europe/Madrid' };
    expect(formatDateTime('2026-12-02T06:22:00Z', seenFromMadrid)).toBe('1 dic 2026, 22:22 GMT-8');
    expect(formatDateTime('2026-07-02T06:22:00Z', seenFromMadrid)).toBe('1 jul 2026, 23:22 GMT-7');
  });
});

import { formatMoney } from './money.ts';

describe('money stored in minor units', () => {
  it('writes cents as dollars, kroner as the reader writes them, and a currency without minor units as is', () => {
    expect(formatMoney(12_050, 'USD', 'en-US')).toBe('$120.50');
    expect(formatMoney(12_050, 'DKK', 'da').replace(/\s/g, ' ')).toBe('120,50 kr.');
    expect(formatMoney(1_200, 'JPY', 'en-US')).toBe('¥1,200');
    expect(formatMoney(-1_200, 'USD', 'en-US')).toBe('-$12.00');
  });
});
