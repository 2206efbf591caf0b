import { describe, expect, it } from 'vitest';
import { arrivalWindow } from './arrival-window.ts';

const hours = { opens: '08:00', closes: '18:00' };
const window = (start: string, zone: string, minutesBefore: number, minutesAfter: number) => {
  const { from, to } = arrivalWindow(new Date(start), zone, { minutesBefore, minutesAfter }, hours);
  return [from.toISOString(), to.toISOString()];
};

describe('the arrival window a customer is shown', () => {
  it('widens the start time by the company’s minutes before and after', () => {
    // 10:00 in New York in winter is 15:00 UTC.
    expect(window('2026-01-12T15:00:00Z', 'America/New_York', 30, 60)).toEqual(['2026-01-12T14:30:00.000Z', '2026-01-12T16:00:00.000Z']);
  });

  it('stops at opening and closing time on the location’s clock', () => {
    // 08:30 and 17:30 in Copenhagen in summer (UTC+2): the window may not start before 08:00 or end after 18:00.
    expect(window('2026-07-01T06:30:00Z', 'Europe/Copenhagen', 60, 60)).toEqual(['2026-07-01T06:00:00.000Z', '2026-07-01T07:30:00.000Z']);
    expect(window('2026-07-01T15:30:00Z', 'Europe/Copenhagen', 60, 60)).toEqual(['2026-07-01T14:30:00.000Z', '2026-07-01T16:00:00.000Z']);
  });

  it('reads the business hours on the clock of the visit’s own day, across the spring change', () => {
    // Sunday 8 March 2026, New York moves to summer time at 02:00: 08:00 that day is 12:00 UTC, not 13:00.
    expect(window('2026-03-08T12:30:00Z', 'America/New_York', 60, 0)).toEqual(['2026-03-08T12:00:00.000Z', '2026-03-08T12:30:00.000Z']);
  });

  it('still holds the start time of a visit booked outside business hours', () => {
    // 07:00 in New York, before opening: the window is the start time itself on the early side.
    expect(window('2026-01-12T12:00:00Z', 'America/New_York', 30, 120)).toEqual(['2026-01-12T12:00:00.000Z', '2026-01-12T14:00:00.000Z']);
  });
});
