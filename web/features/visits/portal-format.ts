import * as format from '../../../shared/i18n/format.ts';
import { dateTimeFormat } from '../../../shared/i18n/intl.ts';
import { formatTime } from '../../lib/format.ts';
import { formatLocale } from '../../lib/i18n.ts';
import { viewerZone } from '../../lib/viewer-zone.ts';

/** "Monday, March 9, 2026": the visit's day on the location's clock. */
export function formatVisitDay(iso: string, zone: string, style: 'long' | 'short' = 'long'): string {
  const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
  const short = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } as const;
  return dateTimeFormat(formatLocale(), { ...(style === 'long' ? long : short), timeZone: zone }).format(new Date(iso));
}

/** "9:00 AM – 11:00 AM" on the location's clock, its zone named once at the end when it is not the reader's. */
export function formatTimeRange(from: string, to: string, zone: string): string {
  const start = format.formatTime(from, { locale: formatLocale(), zone, viewerZone: zone });
  return `${start} – ${formatTime(to, zone)}`;
}

/** The visit's day and time together, for sentences: "Monday, March 9, 2026 at 9:00 AM", its zone named when it is not the reader's. */
export function formatVisitWhen(iso: string, zone: string): string {
  const clock = { locale: formatLocale(), zone, viewerZone: viewerZone() };
  const date = new Date(iso);
  const text = dateTimeFormat(clock.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(date);
  return format.namesZone(clock) ? `${text} ${format.zoneName(date, clock)}` : text;
}

/** Today on the location's calendar, `2026-03-09`: the first day a customer may suggest. */
export function todayAt(zone: string, now = Date.now()): string {
  return dateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
}
