import type { Executor } from '../../db/database.ts';
import type { PaymentGatewayName } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export function paymentSettings(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('tenants')
    .select(['slug', 'payment_gateway', 'stripe_publishable_key', 'stripe_secret_key', 'stripe_webhook_secret', 'autopay_charge_on_send'])
    .where('id', '=', tenantId)
    .executeTakeFirstOrThrow();
}

export type PaymentSettingsRow = Awaited<ReturnType<typeof paymentSettings>>;

export async function updatePaymentSettings(
  db: Executor,
  tenantId: TenantId,
  values: { payment_gateway: PaymentGatewayName; autopay_charge_on_send: boolean; stripe_publishable_key?: string; stripe_secret_key?: string; stripe_webhook_secret?: string },
): Promise<void> {
  await db.updateTable('tenants').set(values).where('id', '=', tenantId).execute();
}
