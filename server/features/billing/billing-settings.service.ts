import type { z } from 'zod';
import type { BillingSettings } from '../../../shared/features/billing/billing-settings.contract.ts';
import type { TaxRate, taxRateInputSchema } from '../../../shared/features/billing/document-lines.contract.ts';
import type { Executor } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './billing-settings.repository.ts';

/**
 * The company's billing settings: its tax rates (a rate switched off is no longer offered, while
 * lines written with it keep it), how completed visits are grouped into invoices, and the days an
 * invoice is given before it is due.
 */

type TaxRateInput = z.output<typeof taxRateInputSchema>;

const toTaxRate = (row: { id: string; name: string; rate: number; active: boolean | number }): TaxRate => ({ id: row.id, name: row.name, rate: row.rate, active: Boolean(row.active) });

export async function listTaxRates(db: Executor, tenantId: TenantId): Promise<{ items: TaxRate[] }> {
  const rows = await repo.taxRates(db, tenantId);
  return { items: rows.map(toTaxRate) };
}

export async function createTaxRate(db: Executor, tenantId: TenantId, input: TaxRateInput, now: Date): Promise<TaxRate> {
  const row = { id: newId(), tenant_id: tenantId, name: input.name, rate: input.rate, active: input.active, created_at: isoNow(now) };
  await repo.insertTaxRate(db, row);
  return toTaxRate(row);
}

export async function updateTaxRate(db: Executor, tenantId: TenantId, id: string, input: TaxRateInput): Promise<TaxRate> {
  if (!(await repo.updateTaxRate(db, tenantId, id, { name: input.name, rate: input.rate, active: input.active }))) throw notFound('taxRate');
  return { id, name: input.name, rate: input.rate, active: input.active };
}

export async function billingSettings(db: Executor, tenantId: TenantId): Promise<BillingSettings> {
  const tenant = await requireTenant(db, tenantId);
  return { invoiceGrouping: tenant.invoice_grouping, invoiceDueDays: tenant.invoice_due_days };
}

export async function saveBillingSettings(db: Executor, tenantId: TenantId, input: BillingSettings): Promise<BillingSettings> {
  await repo.saveSettings(db, tenantId, { invoice_grouping: input.invoiceGrouping, invoice_due_days: input.invoiceDueDays });
  return billingSettings(db, tenantId);
}
