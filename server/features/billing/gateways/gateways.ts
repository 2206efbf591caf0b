import type { AppContext } from '../../../context.ts';
import type { Executor } from '../../../db/database.ts';
import type { Tenant } from '../../../db/schema.ts';
import { AppError, message } from '../../../http/errors.ts';
import { tenantIdOf } from '../../../platform/tenants/tenant-id.ts';
import type { PaymentGateway } from './gateway.ts';
import { stripeGatewayOfTenant } from './stripe-gateway.ts';
import { createTestGateway } from './test-gateway.ts';

/**
 * The company's payment gateway: the built-in test gateway, or Stripe with the company's own keys.
 * `db` is where the test gateway keeps its records (a transaction's, when the caller is in one).
 */
export function gatewayFor(ctx: AppContext, tenant: Tenant, db: Executor = ctx.db): PaymentGateway {
  if (tenant.payment_gateway === 'test') return createTestGateway(db, tenantIdOf(tenant), ctx.config.publicUrl);
  const stripe = stripeGatewayOfTenant(tenant, ctx.config.stripeApiUrl);
  if (!stripe) throw new AppError('unavailable', message('cards.stripeNotSetUp'));
  return stripe;
}
