import { numberFormat } from './intl.ts';

/**
 * Money is stored as integer minor units of the company's currency (ISO 4217): cents for USD,
 * øre for DKK, none for JPY. These turn it into what people read and type, and back.
 */

/** How many decimals the currency has: 2 for USD, 0 for JPY. */
export function currencyDigits(currency: string): number {
  try {
    return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "$35.00", "35,00 kr.", "35,00 US$": minor units in the reader's language. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  try {
    return numberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** digits);
  } catch {
    return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}

/** 35.5 (dollars, as typed) → 3550 (cents). */
export function toMinorUnits(amount: number, currency: string): number {
  return Math.round(amount * 10 ** currencyDigits(currency));
}

/** 3550 (cents) → 35.5 (dollars), for an input to show. */
export function fromMinorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}
