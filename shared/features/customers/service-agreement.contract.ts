import { z } from 'zod';
import { frequencySchema, type Frequency } from '../visits/frequency.ts';

/**
 * A customer's service agreement (the invoice calculation add-on): the quotes it accepted and the
 * services scheduled on its account, with what they add up to per week or per month. Amounts in
 * minor units of the company's currency; prices are before rate changes and add-ons.
 */
export const agreementQuoteSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  locationName: z.string(),
  total: z.number().int().describe('Minor units, tax included'),
  currency: z.string(),
  acceptedAt: z.string().nullable(),
  acceptedName: z.string().nullable().describe('The name typed when it was accepted'),
});

export const agreementServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  locationName: z.string(),
  frequency: frequencySchema.nullable().describe('Null for a rule written outside Porter'),
  price: z.number().int().describe('Per visit, minor units'),
  startDate: z.string(),
  endsOn: z.string().nullable(),
  fromQuote: z.string().nullable().describe('The number of the accepted quote that made it, if one did'),
});

export const periodTotalSchema = z.object({
  unit: z.enum(['week', 'month']),
  interval: z.number().int().describe('2 with week: every other week'),
  amount: z.number().int().describe('The services with this period together, per period, minor units'),
});
export type PeriodTotal = z.infer<typeof periodTotalSchema>;

export const serviceAgreementSchema = z.object({
  currency: z.string(),
  quotes: z.array(agreementQuoteSchema),
  services: z.array(agreementServiceSchema),
  totals: z.array(periodTotalSchema).describe('Recurring services grouped by how often they come; one-offs and rules written outside Porter are left out'),
});
export type ServiceAgreement = z.infer<typeof serviceAgreementSchema>;

/** Visits per period and the period, for a frequency whose total can be added up; null for a one-off. */
export function periodOf(frequency: Frequency | null): { unit: PeriodTotal['unit']; interval: number; visits: number } | null {
  if (!frequency || frequency.kind === 'once') return null;
  if (frequency.kind === 'weekly') return { unit: 'week', interval: frequency.interval, visits: frequency.days.length };
  return { unit: 'month', interval: frequency.interval, visits: 1 };
}

/** What recurring services add up to, per period they share, weekly before monthly, shortest first. */
export function periodTotals(services: readonly { frequency: Frequency | null; price: number }[]): PeriodTotal[] {
  const totals = new Map<string, PeriodTotal>();
  for (const service of services) {
    const period = periodOf(service.frequency);
    if (!period) continue;
    const key = `${period.unit}:${period.interval}`;
    const total = totals.get(key) ?? { unit: period.unit, interval: period.interval, amount: 0 };
    total.amount += service.price * period.visits;
    totals.set(key, total);
  }
  return [...totals.values()].sort((a, b) => (a.unit === b.unit ? a.interval - b.interval : a.unit === 'week' ? -1 : 1));
}
