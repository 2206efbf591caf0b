import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

type Searchable = { name: string; email: string | null; phone: string | null; billing_address: string | null; city: string | null };
type SearchableContact = { name: string; email: string | null; mobile: string | null };

/** The text a customer is found by: every word a person might type for it, lower-cased. */
export function customerSearchText(customer: Searchable, contacts: SearchableContact[]): string {
  return [customer.name, customer.email, customer.phone, customer.billing_address, customer.city, ...contacts.flatMap((c) => [c.name, c.email, c.mobile])]
    .filter((part): part is string => Boolean(part))
    .join(' | ')
    .toLowerCase();
}

/** Recomputes the stored search text after the customer or its contacts changed. */
export async function refreshCustomerSearchText(db: Executor, tenantId: TenantId | string, customerId: string): Promise<void> {
  const [customer, contacts] = await Promise.all([
    db.selectFrom('customers').select(['name', 'email', 'phone', 'billing_address', 'city']).where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirst(),
    db.selectFrom('customer_contacts').select(['name', 'email', 'mobile']).where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).execute(),
  ]);
  if (!customer) return;
  await db
    .updateTable('customers')
    .set({ search_text: customerSearchText(customer, contacts) })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', customerId)
    .execute();
}
