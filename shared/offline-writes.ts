import { z } from 'zod';
import { errorKey } from './i18n/messages.ts';

// What every write the field app may keep on a phone without a signal shares, whichever feature
// it belongs to: the device-made id that makes a replay harmless, and how far the device's own
// clock is believed.

/** A write kept on a phone without a signal is recorded at the device's time for this long; after that the office corrects it. */
export const maxOfflineHours = 24;
/** How far ahead of the server a phone's clock may run: a time stamped later than this is a wrong clock, not skew. */
export const maxClockAheadMinutes = 2;

export const clientIdSchema = z
  .string()
  .trim()
  .min(8, errorKey('validation.tooShort'))
  .max(64, errorKey('validation.tooLong'))
  .regex(/^[A-Za-z0-9_-]+$/, errorKey('validation.invalid'))
  .describe('An id the device made for this write, unique in the company: sending it again answers the first result instead of writing twice');

/**
 * When a write kept on the device happened, by the device's clock: never later than the server's
 * now (a clock a little ahead is skew), refused when further ahead or older than a phone may keep it.
 */
export function deviceTime(at: string, now: Date): Date | 'ahead' | 'tooOld' {
  const stamped = Date.parse(at);
  if (stamped > now.getTime() + maxClockAheadMinutes * 60_000) return 'ahead';
  if (stamped < now.getTime() - maxOfflineHours * 3_600_000) return 'tooOld';
  return new Date(Math.min(stamped, now.getTime()));
}
