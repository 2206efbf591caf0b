import { z } from 'zod';
import { weekdays, type Weekday } from './weekdays.ts';

export { weekdays, type Weekday };

/**
 * How often a service comes back: once; every N weeks on chosen days; every N months on a date
 * (the 15th) or on an nth weekday (the second Tuesday, the last Friday: nth -1).
 */
export const frequencySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once') }),
  z.object({
    kind: z.literal('weekly'),
    interval: z.number().int().min(1).max(12).describe('1: every week; 2: every other week'),
    days: z.array(z.enum(weekdays)).min(1).max(7).describe('The days of the week it comes'),
  }),
  z.object({
    kind: z.literal('monthlyByDate'),
    interval: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31).describe('Day of the month; a shorter month skips it'),
  }),
  z.object({
    kind: z.literal('monthlyByWeekday'),
    interval: z.number().int().min(1).max(12),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]).describe('1 to 4, or -1 for the last'),
    weekday: z.enum(weekdays),
  }),
]);
export type Frequency = z.infer<typeof frequencySchema>;

/** The RFC 5545 RRULE for a frequency (without DTSTART), or null for a one-off visit. */
export function toRrule(frequency: Frequency): string | null {
  switch (frequency.kind) {
    case 'once':
      return null;
    case 'weekly': {
      const days = weekdays.filter((day) => frequency.days.includes(day)).join(',');
      return `FREQ=WEEKLY;INTERVAL=${frequency.interval};BYDAY=${days};WKST=MO`;
    }
    case 'monthlyByDate':
      return `FREQ=MONTHLY;INTERVAL=${frequency.interval};BYMONTHDAY=${frequency.day}`;
    case 'monthlyByWeekday':
      return `FREQ=MONTHLY;INTERVAL=${frequency.interval};BYDAY=${frequency.nth}${frequency.weekday}`;
  }
}

const weekdayPattern = weekdays.join('|');

/** The frequency an RRULE written by `toRrule` stands for; null for a rule this product did not write. */
export function fromRrule(rule: string | null): Frequency | null {
  if (rule === null) return { kind: 'once' };
  const parts = new Map(rule.split(';').map((part) => part.split('=') as [string, string]));
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const byDay = parts.get('BYDAY');
  if (parts.get('FREQ') === 'WEEKLY' && byDay) {
    const days = byDay.split(',').filter((day): day is Weekday => (weekdays as readonly string[]).includes(day));
    return frequencySchema.safeParse({ kind: 'weekly', interval, days }).data ?? null;
  }
  if (parts.get('FREQ') !== 'MONTHLY') return null;
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay) return frequencySchema.safeParse({ kind: 'monthlyByDate', interval, day: Number(byMonthDay) }).data ?? null;
  const nth = byDay?.match(new RegExp(`^(-1|[1-4])(${weekdayPattern})$`));
  if (!nth) return null;
  return frequencySchema.safeParse({ kind: 'monthlyByWeekday', interval, nth: Number(nth[1]), weekday: nth[2] }).data ?? null;
}
