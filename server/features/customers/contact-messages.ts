import { textGatewayAddress } from '../../../shared/carriers.ts';
import type { ContactMessageSent, contactMessageInputSchema } from '../../../shared/features/customers/contact-messages.contract.ts';
import type { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { emailToTextGateway } from '../../platform/sms/sms-gateway.ts';
import { requireAddon } from '../../platform/tenants/addons.ts';
import { messageAddresseeOf } from './customers.repository.ts';

type MessageInput = z.output<typeof contactMessageInputSchema>;

/**
 * Sends one of a customer's contacts a message written in the office: an email signed with the
 * writer's name and the company's, answered to the writer (Reply-To); or, with the text messaging
 * add-on, a text through the carrier's gateway. Both go through the outbox in one transaction with
 * the audit entry, which names who wrote to whom on which channel but keeps the words out.
 */
export async function sendContactMessage(ctx: AppContext, actor: StaffActor, customerId: string, contactId: string, input: MessageInput): Promise<ContactMessageSent> {
  // A company without the add-on has no texts at all: the same 404 as a route that is not there.
  if (input.channel === 'text') await requireAddon(ctx.db, actor.tenantId, 'textMessaging');
  const contact = await messageAddresseeOf(ctx.db, actor.tenantId, customerId, contactId);
  if (!contact) throw notFound('contact');
  const sent = await ctx.db.transaction().execute(async (trx) => {
    const tenant = await requireTenant(trx, actor.tenantId);
    let to: string;
    if (input.channel === 'email') {
      if (!contact.email) throw new AppError('conflict', message('contactMessages.noEmail', { name: contact.name }), { email: message('contactMessages.noEmailField') });
      to = contact.email;
      // The contact has no language of their own: the company's default is the one they know it by.
      const t = translator(tenant.default_language);
      const signature = [t('contactMessage.signature', { ns: 'emails', name: actor.name, company: tenant.display_name }), ...[tenant.contact_phone, tenant.address].filter((line): line is string => Boolean(line))];
      const text = [t('greeting', { ns: 'emails', name: contact.name }), '', input.body, '', ...signature].join('\n');
      await enqueueEmail(trx, { tenantId: actor.tenantId, to, subject: input.subject, text, replyTo: actor.email }, ctx.smtpConfigured, ctx.now());
    } else {
      const address = textGatewayAddress(contact.mobile, contact.mobile_carrier, contact.mobile_carrier_domain);
      if (!address || !contact.mobile) throw new AppError('conflict', message('contactMessages.noMobile', { name: contact.name }), { mobile: message('contactMessages.noMobileField') });
      to = contact.mobile;
      await emailToTextGateway(trx, { tenantId: actor.tenantId, smtpConfigured: ctx.smtpConfigured, now: ctx.now() }).sendText({ mobile: contact.mobile, carrier: contact.mobile_carrier, carrierDomain: contact.mobile_carrier_domain }, input.body);
    }
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'contact.messaged', subject: contact.id, details: { customerId, channel: input.channel, to } });
    return { channel: input.channel, to };
  });
  ctx.wakeMailWorker();
  return sent;
}
