/**
 * Days of the schedule as `2026-04-06` strings: calendar days, not instants, so they are counted
 * on a UTC clock where every day has 24 hours, whatever the reader's daylight saving does.
 */
import { dateTimeFormat } from '../../../../shared/i18n/intl.ts';

const dayMs = 86_400_000;

export function addDays(date: string, count: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + count * dayMs).toISOString().slice(0, 10);
}

/** The Monday a cleaning week starts on. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** A day and a time as a place's clock shows them at an instant: `{ date: '2026-04-06', time: '09:30' }`. */
export function wallClockAt(iso: string, zone: string): { date: string; time: string } {
  const parts = dateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** Today on a clock: the company's, so everyone in the office opens the same day. */
export function todayOn(zone: string, now: number = Date.now()): string {
  return wallClockAt(new Date(now).toISOString(), zone).date;
}

/** The reader's own midnight starting a day, as an instant: where the list view starts. */
export function startOfDayHere(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).toISOString();
}

/** "Mon 6 Apr", "Monday, 6 April 2026": a calendar day in the reader's language. */
export function formatDay(date: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' } : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(locale, options).format(new Date(`${date}T00:00:00Z`));
}

