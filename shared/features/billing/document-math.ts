/**
 * The arithmetic of an invoice or a quote, the same on the server, the web and the PDF, so every
 * figure agrees to the cent. Amounts are integer minor units; quantities are hundredths (150 =
 * 1.5 hours); tax rates are hundredths of a percent (2000 = 20%).
 */

export interface LineInput {
  quantity: number;
  unitPrice: number;
  /** An amount off this line, in minor units, never more than the line itself. */
  discount: number;
  taxRate: number;
}

export interface LineFigures {
  /** Quantity × unit price, rounded to the minor unit. */
  gross: number;
  /** Gross less the discount: what tax is charged on. */
  net: number;
  tax: number;
}

export interface DocumentTotals {
  subtotal: number;
  discountTotal: number;
  taxTotal: number;
  total: number;
}

/** Half away from zero, as a till rounds: 12.5 cents is 13, −12.5 is −13. */
export function roundMinor(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** Tax is worked out per line and rounded there, so the lines on paper add up to the total. */
export function lineFigures(line: LineInput): LineFigures {
  const gross = roundMinor((line.quantity * line.unitPrice) / 100);
  const net = gross - line.discount;
  return { gross, net, tax: roundMinor((net * line.taxRate) / 10_000) };
}

export function documentTotals(lines: LineInput[]): DocumentTotals {
  let subtotal = 0;
  let discountTotal = 0;
  let taxTotal = 0;
  for (const line of lines) {
    const figures = lineFigures(line);
    subtotal += figures.gross;
    discountTotal += line.discount;
    taxTotal += figures.tax;
  }
  return { subtotal, discountTotal, taxTotal, total: subtotal - discountTotal + taxTotal };
}

/** "20%", "8.25%": a rate in hundredths of a percent as people read it. */
export function taxRatePercent(rate: number): number {
  return rate / 100;
}
