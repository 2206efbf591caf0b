import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/**
 * A named surcharge or discount on a service's price: `fixed` is an amount in minor units,
 * `percent` hundredths of a percent of the base price (1500 = 15%); a discount is negative.
 */
export const rateModificationSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterRateModificationName')).max(80, errorKey('validation.tooLong')),
  kind: z.enum(['fixed', 'percent']),
  amount: z.number().int(errorKey('validation.wholeNumber')).min(-10_000_000).max(10_000_000),
});
export type RateModification = z.infer<typeof rateModificationSchema>;

export interface PricedUpgrade {
  name: string;
  price: number;
  status: 'pending' | 'accepted' | 'declined';
}

export interface PriceLine {
  name: string;
  amount: number;
  /** Set for a percentage modification: hundredths of a percent. */
  percent?: number;
  /** An upgrade the office has not accepted yet: shown, not counted. */
  pending?: boolean;
}

export interface PriceBreakdown {
  base: number;
  rateModifications: PriceLine[];
  upgrades: PriceLine[];
  total: number;
}

/** Half away from zero, as a till rounds: 12.5 cents of a discount is 13. */
function roundMinor(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * What a visit costs, line by line. Percentages apply to the base price; declined upgrades are left
 * out, pending ones shown but not counted. Never below zero.
 */
export function priceBreakdown(base: number, modifications: RateModification[], upgrades: PricedUpgrade[] = []): PriceBreakdown {
  const rateModifications = modifications.map((m): PriceLine =>
    m.kind === 'fixed' ? { name: m.name, amount: m.amount } : { name: m.name, amount: roundMinor((base * m.amount) / 10_000), percent: m.amount },
  );
  const upgradeLines = upgrades
    .filter((u) => u.status !== 'declined')
    .map((u): PriceLine => (u.status === 'pending' ? { name: u.name, amount: u.price, pending: true } : { name: u.name, amount: u.price }));
  const counted = [...rateModifications, ...upgradeLines].filter((line) => !line.pending);
  const total = Math.max(0, base + counted.reduce((sum, line) => sum + line.amount, 0));
  return { base, rateModifications, upgrades: upgradeLines, total };
}
