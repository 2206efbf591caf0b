import { describe, expect, it } from 'vitest';
import { priceBreakdown } from './price.ts';

describe('a visit’s price breakdown', () => {
  it('adds fixed amounts and percentages of the base, and accepted upgrades', () => {
    const breakdown = priceBreakdown(
      12_000,
      [
        { name: 'Pet surcharge', kind: 'fixed', amount: 1_500 },
        { name: 'Loyalty discount', kind: 'percent', amount: -1_000 },
      ],
      [{ name: 'Inside the oven', price: 3_500, status: 'accepted' }],
    );
    expect(breakdown.rateModifications).toEqual([
      { name: 'Pet surcharge', amount: 1_500 },
      { name: 'Loyalty discount', amount: -1_200, percent: -1_000 },
    ]);
    expect(breakdown.total).toBe(12_000 + 1_500 - 1_200 + 3_500);
  });

  it('shows a pending upgrade without counting it, and leaves a declined one out', () => {
    const breakdown = priceBreakdown(10_000, [], [
      { name: 'Fridge', price: 2_000, status: 'pending' },
      { name: 'Windows', price: 4_000, status: 'declined' },
    ]);
    expect(breakdown.upgrades).toEqual([{ name: 'Fridge', amount: 2_000, pending: true }]);
    expect(breakdown.total).toBe(10_000);
  });

  it('rounds a half cent away from zero and never goes below zero', () => {
    expect(priceBreakdown(125, [{ name: 'Half', kind: 'percent', amount: 1_000 }]).rateModifications[0]!.amount).toBe(13);
    expect(priceBreakdown(125, [{ name: 'Half off', kind: 'percent', amount: -1_000 }]).rateModifications[0]!.amount).toBe(-13);
    expect(priceBreakdown(1_000, [{ name: 'Goodwill', kind: 'fixed', amount: -5_000 }]).total).toBe(0);
  });
});
