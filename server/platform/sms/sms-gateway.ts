import { textGatewayAddress, type MobileCarrierId } from '../../../shared/carriers.ts';
import type { Executor } from '../../db/database.ts';
import { enqueueEmail } from '../mail/outbox.ts';

/**
 * Who a text goes to: a mobile number, and the carrier when it is known. A gateway that needs the
 * carrier (email-to-text) cannot reach a number without one; a provider's API would not need it.
 */
export type TextAddressee = { mobile: string | null; carrier?: MobileCarrierId | null; carrierDomain?: string | null };

/** `sent`: on its way (queued with the rest of the caller's transaction); `unreachable`: this gateway cannot reach that number. */
export type TextOutcome = 'sent' | 'unreachable';

/** Sends text messages. Porter's only implementation so far is the email-to-text one below. */
export interface SmsGateway {
  sendText(to: TextAddressee, body: string): Promise<TextOutcome>;
}

/** Texts are short: the carrier shows the subject and about this much of the body. */
export const textLength = 140;

/**
 * Texts sent as emails to the carrier's gateway (<digits>@<carrier domain>), through the outbox,
 * in the caller's transaction: the text exists exactly when the change that caused it does.
 * A number without a carrier cannot be reached this way.
 */
export function emailToTextGateway(db: Executor, options: { tenantId: string; smtpConfigured: boolean; now?: Date }): SmsGateway {
  return {
    async sendText(to, body) {
      const address = textGatewayAddress(to.mobile, to.carrier ?? null, to.carrierDomain ?? null);
      if (!address) return 'unreachable';
      // i18n-exempt: the brand, the same in every language
      await enqueueEmail(db, { tenantId: options.tenantId, to: address, subject: 'Porter', text: body.slice(0, textLength) }, options.smtpConfigured, options.now);
      return 'sent';
    },
  };
}
