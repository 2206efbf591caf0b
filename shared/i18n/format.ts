/**
 * Dates and times on the clock of the place they concern. Every time is stored in UTC; a visit
 * or a request at a location is read on that location's clock, wherever the reader is, and the
 * zone is named when it is not the reader's own.
 */
import { dateTimeFormat, listFormat, numberFormat } from './intl.ts';

export interface Clock {
  /** A BCP 47 locale for the words and order: `en-GB`, `es`, `da`. */
  locale: string;
  /** The IANA zone of the place: `Europe/Copenhagen`. */
  zone: string;
  /** The reader's own zone; when it differs from the place's, the zone is named. Unknown (an email): always named. */
  viewerZone?: string | undefined;
}

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Two names for one zone (`Etc/UTC`, `UTC`) compare equal. */
export function sameZone(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return dateTimeFormat('en', { timeZone: a }).resolvedOptions().timeZone === dateTimeFormat('en', { timeZone: b }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
}

/** "CET", "GMT+1", "EST": the zone's short name at that moment, in the reader's language. */
export function zoneName(date: Date, clock: Pick<Clock, 'locale' | 'zone'>, style: 'short' | 'long' = 'short'): string {
  const parts = dateTimeFormat(clock.locale, { timeZone: clock.zone, timeZoneName: style }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? clock.zone;
}

export function namesZone(clock: Clock): boolean {
  return clock.viewerZone === undefined || !sameZone(clock.zone, clock.viewerZone);
}

/** "3 Dec 2026, 14:30" on the place's clock, followed by the zone's name when it is not the reader's. */
export function formatDateTime(iso: string, clock: Clock): string {
  const date = parse(iso);
  if (!date) return iso;
  const text = dateTimeFormat(clock.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: clock.zone }).format(date);
  return namesZone(clock) ? `${text} ${zoneName(date, clock)}` : text;
}

/** "14:30" (or "2:30 PM") on the place's clock, with its zone named when it is not the reader's. */
export function formatTime(iso: string, clock: Clock): string {
  const date = parse(iso);
  if (!date) return iso;
  const text = dateTimeFormat(clock.locale, { timeStyle: 'short', timeZone: clock.zone }).format(date);
  return namesZone(clock) ? `${text} ${zoneName(date, clock)}` : text;
}

/** "3 Dec 2026": the day it was at the place. A date alone does not name a zone. */
export function formatDate(iso: string, clock: Pick<Clock, 'locale' | 'zone'>): string {
  const date = parse(iso);
  if (!date) return iso;
  return dateTimeFormat(clock.locale, { dateStyle: 'medium', timeZone: clock.zone }).format(date);
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

function unit(locale: string, value: number, name: 'minute' | 'hour' | 'day'): string {
  return numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
}

/** "5 min", "3 hr", "2 days": how long ago, in the largest whole unit, for tight table cells. */
export function formatAge(iso: string, locale: string, now: number = Date.now()): string {
  const elapsed = Math.max(0, now - new Date(iso).getTime());
  if (Number.isNaN(elapsed)) return '—';
  if (elapsed < hour) return unit(locale, Math.floor(elapsed / minute), 'minute');
  if (elapsed < day) return unit(locale, Math.floor(elapsed / hour), 'hour');
  return unit(locale, Math.floor(elapsed / day), 'day');
}

/** "2 hr 14 min", "3 days 4 hr": an elapsed time to the minute, in its two largest units. */
export function formatDuration(milliseconds: number, locale: string): string {
  const total = Math.max(0, Math.floor(milliseconds / minute));
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  const minutes = total % 60;
  const list = listFormat(locale, { style: 'narrow', type: 'unit' });
  if (days > 0) return hours > 0 ? list.format([unit(locale, days, 'day'), unit(locale, hours, 'hour')]) : unit(locale, days, 'day');
  if (hours > 0) return list.format([unit(locale, hours, 'hour'), unit(locale, minutes, 'minute')]);
  return unit(locale, minutes, 'minute');
}

/** "Mar" for "2026-03"; read in UTC, so the month never slides into its neighbour. */
export function formatMonthShort(yearMonth: string, locale: string): string {
  const date = parse(`${yearMonth}-01T00:00:00Z`);
  return date ? dateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(date) : yearMonth;
}

/** "March 2026" for "2026-03". */
export function formatMonthLong(yearMonth: string, locale: string): string {
  const date = parse(`${yearMonth}-01T00:00:00Z`);
  return date ? dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date) : yearMonth;
}

