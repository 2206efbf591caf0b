import { z } from 'zod';
import { errorKey } from './i18n/messages.ts';

/** A price above this (in minor units) is taken as a typing mistake. */
export const maxPrice = 10_000_000;

/**
 * An amount of money in minor units (cents), as forms send it. The limits are minor units too, so
 * the messages for them name no number: "Enter 100 or more" would mean cents to Porter and dollars
 * to the reader. Zero is zero in any unit, so "Enter 0 or more" stays.
 */
export function minorUnitsSchema({ min = 0, max = maxPrice, coerce = false }: { min?: number; max?: number; coerce?: boolean } = {}) {
  const number = coerce ? z.coerce.number({ error: errorKey('validation.number') }) : z.number({ error: errorKey('validation.number') });
  const tooSmall = min === 0 ? errorKey('validation.atLeast') : min === 1 ? errorKey('validation.amountAboveZero') : errorKey('validation.amountTooSmall');
  return number.int(errorKey('validation.wholeNumber')).min(min, tooSmall).max(max, errorKey('validation.amountTooLarge'));
}
