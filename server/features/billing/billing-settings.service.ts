import type { z } from 'zod';
import type { BillingSettings } from '../../../shared/features/billing/billing-settings.contract.ts';
import type { TaxRate, taxRateInputSchema } from '../../../shared/features/billing/document-lines.contract.ts';
import type { Executor } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/**
 * The company's billing settings: its tax rates (a rate switched off is no longer offered, while
 * lines written with it keep it), how completed visits are grouped into invoices, and the days an
 * invoice is given before it is due.
 */

type TaxRateInput = z.output<typeof taxRateInputSchema>;

const toTaxRate = (row: { id: string; name: string; rate: number; active: boolean | number }): TaxRate => ({ id: row.id, name: row.name, rate: row.rate, active: Boolean(row.active) });

export async function listTaxRates(db: Executor, tenantId: TenantId): Promise<{ items: TaxRate[] }> {
  const rows = await db.selectFrom('tax_rates').select(['id', 'name', 'rate', 'active']).where('tenant_id', '=', tenantId).orderBy('active', 'desc').orderBy('name').orderBy('id').execute();
  return { items: rows.map(toTaxRate) };
}

export async function createTaxRate(db: Executor, tenantId: TenantId, input: TaxRateInput, now: Date): Promise<TaxRate> {
  const row = { id: newId(), tenant_id: tenantId, name: input.name, rate: input.rate, active: input.active, created_at: isoNow(now) };
  await db.insertInto('tax_rates').values(row).execute();
  return toTaxRate(row);
}

export async function updateTaxRate(db: Executor, tenantId: TenantId, id: string, input: TaxRateInput): Promise<TaxRate> {
  const result = await db.updateTable('tax_rates').set({ name: input.name, rate: input.rate, active: input.active }).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw notFound('taxRate');
  return { id, name: input.name, rate: input.rate, active: input.active };
}

export async function billingSettings(db: Executor, tenantId: TenantId): Promise<BillingSettings> {
  const tenant = await requireTenant(db, tenantId);
  return { invoiceGrouping: tenant.invoice_grouping, invoiceDueDays: tenant.invoice_due_days };
}

export async function saveBillingSettings(db: Executor, tenantId: TenantId, input: BillingSettings): Promise<BillingSettings> {
  await db.updateTable('tenants').set({ invoice_grouping: input.invoiceGrouping, invoice_due_days: input.invoiceDueDays }).where('id', '=', tenantId).execute();
  return billingSettings(db, tenantId);
}
