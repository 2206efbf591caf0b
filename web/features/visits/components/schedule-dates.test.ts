import { describe, expect, it } from 'vitest';
import { toMinorUnits } from '../../../../shared/i18n/money.ts';
import { addDays, mondayOf, wallClockAt } from './schedule-dates.ts';

describe('schedule days', () => {
  it('counts days across the change to daylight saving and the end of a year without losing one', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('starts a week on Monday, a Sunday included', () => {
    expect(mondayOf('2026-04-06')).toBe('2026-04-06');
    expect(mondayOf('2026-04-12')).toBe('2026-04-06');
    expect(mondayOf('2026-04-08')).toBe('2026-04-06');
  });

  it('reads a visit’s day and time on its location’s clock', () => {
    expect(wallClockAt('2026-04-15T02:30:00.000Z', 'America/New_York')).toEqual({ date: '2026-04-14', time: '22:30' });
    expect(wallClockAt('2026-04-15T00:00:00.000Z', 'Europe/Copenhagen')).toEqual({ date: '2026-04-15', time: '02:00' });
  });

  it('reads typed prices in the currency’s minor units', () => {
    expect(toMinorUnits(120.5, 'USD')).toBe(12050);
    expect(toMinorUnits(1200, 'JPY')).toBe(1200);
  });
});
