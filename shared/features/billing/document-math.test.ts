import { describe, expect, it } from 'vitest';
import { documentTotals, lineFigures, roundMinor } from './document-math.ts';

describe('invoice and quote arithmetic', () => {
  it('rounds half a minor unit away from zero', () => {
    expect(roundMinor(12.5)).toBe(13);
    expect(roundMinor(12.49)).toBe(12);
    expect(roundMinor(-12.5)).toBe(-13);
  });

  it('prices a fractional quantity to the cent', () => {
    // 1.5 hours at $33.33 is $49.995: $50.00.
    expect(lineFigures({ quantity: 150, unitPrice: 3333, discount: 0, taxRate: 0 })).toEqual({ gross: 5000, net: 5000, tax: 0 });
  });

  it('charges tax on the line after its discount, rounded on the line', () => {
    // $120 less $15 is $105; 8.25% of it is $8.6625: $8.66.
    expect(lineFigures({ quantity: 100, unitPrice: 12000, discount: 1500, taxRate: 825 })).toEqual({ gross: 12000, net: 10500, tax: 866 });
  });

  it('adds the rounded lines, so the lines on paper sum to the total', () => {
    // Three lines of $0.05 at 10% each carry half a cent of tax: each rounds to 1 cent, 3 in all (not 2 from 1.5 rounded once).
    const lines = Array.from({ length: 3 }, () => ({ quantity: 100, unitPrice: 5, discount: 0, taxRate: 1000 }));
    expect(documentTotals(lines)).toEqual({ subtotal: 15, discountTotal: 0, taxTotal: 3, total: 18 });
  });

  it('totals lines with different rates and discounts', () => {
    const totals = documentTotals([
      { quantity: 100, unitPrice: 12000, discount: 1500, taxRate: 825 },
      { quantity: 200, unitPrice: 2500, discount: 0, taxRate: 0 },
    ]);
    expect(totals).toEqual({ subtotal: 17000, discountTotal: 1500, taxTotal: 866, total: 16366 });
  });

  it('totals no lines as zero', () => {
    expect(documentTotals([])).toEqual({ subtotal: 0, discountTotal: 0, taxTotal: 0, total: 0 });
  });
});
