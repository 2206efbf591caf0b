import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { InvoiceGrouping, TaxRatesTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { catalogueCap } from '../../../shared/paging.ts';

export function taxRates(db: Executor, tenantId: TenantId) {
  return db.selectFrom('tax_rates').select(['id', 'name', 'rate', 'active']).where('tenant_id', '=', tenantId).orderBy('active', 'desc').orderBy('name').orderBy('id').limit(catalogueCap).execute();
}

export async function insertTaxRate(db: Executor, row: Insertable<TaxRatesTable>): Promise<void> {
  await db.insertInto('tax_rates').values(row).execute();
}

/** Answers whether the company has the rate (and so it changed). */
export async function updateTaxRate(db: Executor, tenantId: TenantId, id: string, values: { name: string; rate: number; active: boolean }): Promise<boolean> {
  const result = await db.updateTable('tax_rates').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function saveSettings(db: Executor, tenantId: TenantId, values: { invoice_grouping: InvoiceGrouping; invoice_due_days: number }): Promise<void> {
  await db.updateTable('tenants').set(values).where('id', '=', tenantId).execute();
}
