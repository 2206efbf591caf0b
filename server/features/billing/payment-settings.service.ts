import type { PaymentSettings, PaymentSettingsInput, StripeKeyField } from '../../../shared/features/billing/payment-settings.contract.ts';
import { stripeKeyFields } from '../../../shared/features/billing/payment-settings.contract.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { invalidFields, message, type Message } from '../../http/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './payment-settings.repository.ts';

const columnOf = { stripePublishableKey: 'stripe_publishable_key', stripeSecretKey: 'stripe_secret_key', stripeWebhookSecret: 'stripe_webhook_secret' } as const satisfies Record<StripeKeyField, string>;

/** Where a company's Stripe account sends its events. */
export function stripeWebhookUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/api/billing/webhooks/stripe/${encodeURIComponent(slug)}`;
}

function toSettings(ctx: AppContext, row: repo.PaymentSettingsRow): PaymentSettings {
  return {
    gateway: row.payment_gateway,
    stripePublishableKeySet: Boolean(row.stripe_publishable_key),
    stripeSecretKeySet: Boolean(row.stripe_secret_key),
    stripeWebhookSecretSet: Boolean(row.stripe_webhook_secret),
    autopayChargeOnSend: row.autopay_charge_on_send,
    webhookUrl: stripeWebhookUrl(ctx.config.publicUrl, row.slug),
  };
}

export async function getPaymentSettings(ctx: AppContext, tenantId: TenantId): Promise<PaymentSettings> {
  return toSettings(ctx, await repo.paymentSettings(ctx.db, tenantId));
}

/**
 * Saves the gateway, the Stripe keys and charging on send. A key left empty keeps the stored one;
 * choosing Stripe needs all three keys, given now or before. The audit log says which keys were
 * replaced, never what they are.
 */
export async function savePaymentSettings(ctx: AppContext, actor: StaffActor, input: PaymentSettingsInput): Promise<PaymentSettings> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.paymentSettings(trx, actor.tenantId);
    const given = stripeKeyFields.filter((field) => Boolean(input[field]?.trim()));
    if (input.gateway === 'stripe') {
      const missing: Record<string, Message> = {};
      for (const field of stripeKeyFields) if (!given.includes(field) && !before[columnOf[field]]) missing[field] = message('validation.required');
      if (Object.keys(missing).length > 0) throw invalidFields(missing);
    }
    await repo.updatePaymentSettings(trx, actor.tenantId, {
      payment_gateway: input.gateway,
      autopay_charge_on_send: input.autopayChargeOnSend,
      ...Object.fromEntries(given.map((field) => [columnOf[field], input[field]!.trim()])),
    });
    await recordAudit(trx, {
      tenantId: actor.tenantId,
      actorKind: 'staff',
      actorId: actor.userId,
      action: 'payments.updated',
      details: { gateway: { from: before.payment_gateway, to: input.gateway }, keysReplaced: given, autopayChargeOnSend: input.autopayChargeOnSend },
    });
    return toSettings(ctx, await repo.paymentSettings(trx, actor.tenantId));
  });
}
