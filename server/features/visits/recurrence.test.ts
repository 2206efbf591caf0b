import { describe, expect, it } from 'vitest';
import { toRrule, type Frequency } from '../../../shared/features/visits/frequency.ts';
import { instantAt, occurrencesBetween } from './recurrence.ts';

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
const between = (frequency: Frequency, start: { date: string; time: string }, zone: string, from: string, to: string) =>
  iso(occurrencesBetween(toRrule(frequency), start, zone, new Date(from), new Date(to)));

describe('a series of visits on the location’s clock', () => {
  it('keeps a weekly 09:00 Sunday visit in New York at 09:00 across the spring change (14:00 UTC, then 13:00)', () => {
    const sundays = between({ kind: 'weekly', interval: 1, days: ['SU'] }, { date: '2026-03-01', time: '09:00' }, 'America/New_York', '2026-03-01T00:00:00Z', '2026-03-16T00:00:00Z');
    expect(sundays).toEqual(['2026-03-01T14:00:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-15T13:00:00.000Z']);
  });

  it('keeps it at 09:00 across the autumn change too', () => {
    const sundays = between({ kind: 'weekly', interval: 1, days: ['SU'] }, { date: '2026-10-25', time: '09:00' }, 'America/New_York', '2026-10-25T00:00:00Z', '2026-11-02T00:00:00Z');
    expect(sundays).toEqual(['2026-10-25T13:00:00.000Z', '2026-11-01T14:00:00.000Z']);
  });

  it('comes on the last Sunday of each month in Copenhagen, the days the clocks change there', () => {
    const lastSundays = between({ kind: 'monthlyByWeekday', interval: 1, nth: -1, weekday: 'SU' }, { date: '2026-02-22', time: '10:30' }, 'Europe/Copenhagen', '2026-03-01T00:00:00Z', '2026-11-01T00:00:00Z');
    expect(lastSundays[0]).toBe('2026-03-29T08:30:00.000Z'); // summer time began at 02:00 that morning
    expect(lastSundays.at(-1)).toBe('2026-10-25T09:30:00.000Z'); // and ended at 03:00
    expect(lastSundays).toHaveLength(8);
  });

  it('comes every other week on the chosen days only', () => {
    const visits = between({ kind: 'weekly', interval: 2, days: ['TU', 'FR'] }, { date: '2026-01-06', time: '07:00' }, 'Europe/Copenhagen', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z');
    expect(visits.map((visit) => visit.slice(0, 10))).toEqual(['2026-01-06', '2026-01-09', '2026-01-20', '2026-01-23']);
  });

  it('skips a month without the chosen date rather than moving the visit', () => {
    const visits = between({ kind: 'monthlyByDate', interval: 1, day: 31 }, { date: '2026-01-31', time: '08:00' }, 'UTC', '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z');
    expect(visits.map((visit) => visit.slice(0, 10))).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('includes a visit at the window’s start and leaves out one at its end', () => {
    const rule = toRrule({ kind: 'weekly', interval: 1, days: ['MO'] });
    const start = { date: '2026-01-05', time: '09:00' };
    expect(iso(occurrencesBetween(rule, start, 'UTC', new Date('2026-01-05T09:00:00Z'), new Date('2026-01-12T09:00:00Z')))).toEqual(['2026-01-05T09:00:00.000Z']);
  });

  it('has exactly one visit for a one-off service, inside the window or not at all', () => {
    const start = { date: '2026-05-04', time: '16:00' };
    expect(iso(occurrencesBetween(null, start, 'Europe/Copenhagen', new Date('2026-05-01T00:00:00Z'), new Date('2026-06-01T00:00:00Z')))).toEqual(['2026-05-04T14:00:00.000Z']);
    expect(occurrencesBetween(null, start, 'Europe/Copenhagen', new Date('2026-06-01T00:00:00Z'), new Date('2026-07-01T00:00:00Z'))).toEqual([]);
  });
});

describe('a wall-clock time at a place', () => {
  it('moves a time the clocks skip forward by the gap (02:30 → 03:30 in New York on 8 March 2026)', () => {
    expect(instantAt(Date.parse('2026-03-08T02:30:00Z'), 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the first of a time the clocks pass twice (01:30 on 1 November 2026 is still summer time)', () => {
    expect(instantAt(Date.parse('2026-11-01T01:30:00Z'), 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('does not depend on the server’s own zone, even one with the same gap', () => {
    const own = process.env.TZ;
    process.env.TZ = 'Europe/Copenhagen';
    try {
      expect(instantAt(Date.parse('2026-03-29T02:15:00Z'), 'Europe/Copenhagen').toISOString()).toBe('2026-03-29T01:15:00.000Z');
      expect(instantAt(Date.parse('2026-03-08T09:00:00Z'), 'America/New_York').toISOString()).toBe('2026-03-08T13:00:00.000Z');
    } finally {
      process.env.TZ = own;
    }
  });
});

describe('a frequency as an RFC 5545 rule', () => {
  it('writes each kind', () => {
    expect(toRrule({ kind: 'once' })).toBeNull();
    expect(toRrule({ kind: 'weekly', interval: 2, days: ['FR', 'MO'] })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;WKST=MO');
    expect(toRrule({ kind: 'monthlyByDate', interval: 1, day: 15 })).toBe('FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15');
    expect(toRrule({ kind: 'monthlyByWeekday', interval: 3, nth: 2, weekday: 'TU' })).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU');
  });
});
