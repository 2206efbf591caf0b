import { periodTotals, type ServiceAgreement } from '../../../shared/features/customers/service-agreement.contract.ts';
import { fromRrule } from '../../../shared/features/visits/frequency.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import { localDateOf } from '../../lib/time.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { requireAddon } from '../../platform/tenants/addons.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './customers.repository.ts';

/**
 * The customer's service agreement, with the invoice calculation add-on (404 while it is off): its
 * accepted quotes, the services scheduled on its account that have not ended, and what those add
 * up to per period. Services a quote made name that quote.
 */
export async function serviceAgreement(ctx: AppContext, tenantId: TenantId, customerId: string): Promise<ServiceAgreement> {
  await requireAddon(ctx.db, tenantId, 'invoiceCalculation');
  if (!(await repo.findCustomer(ctx.db, tenantId, customerId))) throw notFound('customer');
  const tenant = await requireTenant(ctx.db, tenantId);
  const today = localDateOf(ctx.now(), tenant.time_zone);
  const [quotes, services] = await Promise.all([repo.acceptedQuotesOf(ctx.db, tenantId, customerId), repo.agreedServicesOf(ctx.db, tenantId, customerId, today)]);
  const quoteOfService = new Map(quotes.flatMap((quote) => (quote.account_service_id ? [[quote.account_service_id, quote.number] as const] : [])));
  const agreed = services.map((service) => ({
    id: service.id,
    name: service.name,
    locationName: service.location_name,
    frequency: fromRrule(service.rrule),
    price: Number(service.price),
    startDate: service.start_date,
    endsOn: service.ends_on,
    fromQuote: quoteOfService.get(service.id) ?? null,
  }));
  return {
    currency: tenant.currency,
    quotes: quotes.map((quote) => ({ id: quote.id, number: quote.number, title: quote.title, locationName: quote.location_name, total: Number(quote.total), currency: quote.currency, acceptedAt: quote.accepted_at, acceptedName: quote.accepted_name })),
    services: agreed,
    totals: periodTotals(agreed),
  };
}
