import * as format from '../../shared/i18n/format.ts';
import { numberFormat } from '../../shared/i18n/intl.ts';
import { formatLocale } from './i18n.ts';
import { viewerZone } from './viewer-zone.ts';

let companyZone: string | null = null;

/** Set once the app knows whose company it is showing (see `app/language-sync.ts`). */
export function setCompanyClock(zone: string | null): void {
  companyZone = zone;
}

/**
 * The clock for a time that concerns no one place (an email sent, a sign-in, a summary): the
 * company's, so everyone in the office reads the same hour for it; the reader's own until the
 * company is known.
 */
export function companyClock(): string {
  return companyZone ?? viewerZone();
}

/**
 * Dates and times in the page's language. Give `zone` for anything that happened or happens at a
 * place (a location's request, a visit): it is shown on that place's clock. Without a zone it is
 * the company's clock. Either way the zone is named when it is not the reader's own.
 */
export function formatDateTime(iso: string, zone?: string): string {
  return format.formatDateTime(iso, { locale: formatLocale(), zone: zone ?? companyClock(), viewerZone: viewerZone() });
}

export function formatTime(iso: string, zone?: string): string {
  return format.formatTime(iso, { locale: formatLocale(), zone: zone ?? companyClock(), viewerZone: viewerZone() });
}

/** "3 Dec 2026": the day it was at the place (or at the company, without a zone). */
export function formatDate(iso: string, zone?: string): string {
  return format.formatDate(iso, { locale: formatLocale(), zone: zone ?? companyClock() });
}

/** "17 Dec 2026": a calendar day (`2026-12-17`, a due date) as it is written, on no clock. */
export function formatDateOnly(day: string): string {
  return format.formatDate(`${day}T12:00:00.000Z`, { locale: formatLocale(), zone: 'UTC' });
}

/** "5 min", "3 hr", "2 days": how long ago, in the largest whole unit, for tight table cells. */
export function formatAge(iso: string, now: number = Date.now()): string {
  return format.formatAge(iso, formatLocale(), now);
}

/** "2 hr 14 min": an elapsed time to the minute, in its two largest units. */
export function formatDuration(milliseconds: number): string {
  return format.formatDuration(milliseconds, formatLocale());
}

export function formatMonthShort(yearMonth: string): string {
  return format.formatMonthShort(yearMonth, formatLocale());
}

export function formatMonthLong(yearMonth: string): string {
  return format.formatMonthLong(yearMonth, formatLocale());
}

export function formatNumber(value: number): string {
  return numberFormat(formatLocale()).format(value);
}


/** A file's size in the page's language: bytes, kilobytes or megabytes, whichever reads best. */
export function formatFileSize(bytes: number): string {
  const [unit, value] = bytes < 1024 ? (['byte', bytes] as const) : bytes < 1024 * 1024 ? (['kilobyte', bytes / 1024] as const) : (['megabyte', bytes / 1024 / 1024] as const);
  return numberFormat(formatLocale(), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
