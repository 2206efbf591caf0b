import type { TFunction } from 'i18next';
import type { Frequency } from '../../../shared/features/visits/frequency.ts';
import { weekdays, type Weekday } from '../../../shared/features/visits/frequency.ts';
import * as format from '../../../shared/i18n/format.ts';
import { formatTime } from '../../lib/format.ts';
import { formatLocale, viewerZone } from '../../lib/i18n.ts';

/**
 * An amount in minor units as the company's currency writes it: 12300 USD is $123.00, 12300 JPY
 * is ¥12,300 (the currency's own number of decimals decides what a minor unit is).
 */
export function formatMoney(minor: number, currency: string, locale = formatLocale()): string {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const decimals = money.resolvedOptions().maximumFractionDigits ?? 2;
  return money.format(minor / 10 ** decimals);
}

/** Hundredths of a percent, signed: -1000 is "-10%". */
export function formatPercent(hundredths: number, locale = formatLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(hundredths / 10_000);
}

// 1 January 2024 was a Monday: the names of the week's days in the reader's language, read in UTC.
const weekdayName = (day: Weekday, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(day))));

const nthNames = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as const;

/** "Every week on Monday and Thursday", "Every 2 months on the last Friday", "One-off visit". */
export function frequencyText(t: TFunction<'portalVisits'>, frequency: Frequency | null, locale = formatLocale()): string {
  if (!frequency) return t('frequency.custom');
  switch (frequency.kind) {
    case 'once':
      return t('frequency.once');
    case 'weekly': {
      const days = new Intl.ListFormat(locale, { type: 'conjunction' }).format(frequency.days.map((day) => weekdayName(day, locale)));
      return t('frequency.weekly', { count: frequency.interval, days });
    }
    case 'monthlyByDate':
      return t('frequency.monthlyByDate', { count: frequency.interval, day: frequency.day });
    case 'monthlyByWeekday':
      return t('frequency.monthlyByWeekday', { count: frequency.interval, nth: t(`frequency.nth.${nthNames[frequency.nth]}`), weekday: weekdayName(frequency.weekday, locale) });
  }
}

/** "Monday, March 9, 2026": the visit's day on the location's clock. */
export function formatVisitDay(iso: string, zone: string, style: 'long' | 'short' = 'long'): string {
  const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
  const short = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } as const;
  return new Intl.DateTimeFormat(formatLocale(), { ...(style === 'long' ? long : short), timeZone: zone }).format(new Date(iso));
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
  const text = new Intl.DateTimeFormat(clock.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(date);
  return format.namesZone(clock) ? `${text} ${format.zoneName(date, clock)}` : text;
}

/** Today on the location's calendar, `2026-03-09`: the first day a customer may suggest. */
export function todayAt(zone: string, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
}
