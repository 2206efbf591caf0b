import type { TFunction } from 'i18next';
import type { Frequency } from '../../../shared/features/visits/frequency.ts';
import { weekdays, type Weekday } from '../../../shared/features/visits/weekdays.ts';
import { dateTimeFormat, listFormat } from '../../../shared/i18n/intl.ts';

// 1 January 2024 was a Monday: the reference week for naming days in any language.
const referenceMonday = Date.UTC(2024, 0, 1, 12);

/** "Monday", "lunes", "mandag". */
export function weekdayName(day: Weekday, locale: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(referenceMonday + weekdays.indexOf(day) * 86_400_000);
  return dateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(date);
}

const nthKeys = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as const;

/** How often a service comes, in words: "Every 2 weeks on Monday and Thursday". Null: a rule Porter did not write. */
export function frequencyWords(t: TFunction<'visits'>, frequency: Frequency | null, locale: string): string {
  if (frequency === null) return t('frequency.custom');
  switch (frequency.kind) {
    case 'once':
      return t('frequency.once');
    case 'weekly': {
      const days = listFormat(locale, { type: 'conjunction' }).format(frequency.days.map((day) => weekdayName(day, locale)));
      return t('frequency.weekly', { count: frequency.interval, days });
    }
    case 'monthlyByDate':
      return t('frequency.monthlyByDate', { count: frequency.interval, day: frequency.day });
    case 'monthlyByWeekday':
      return t('frequency.monthlyByWeekday', { count: frequency.interval, nth: t(`frequency.nth.${nthKeys[frequency.nth]}`), weekday: weekdayName(frequency.weekday, locale) });
  }
}
