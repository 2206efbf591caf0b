import type { Executor } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { isoNow } from '../lib/time.ts';

type DemoField = {
  appliesTo: 'customer' | 'location';
  type: 'text' | 'number' | 'date' | 'choice' | 'yesNo';
  label: string;
  visibility: 'hidden' | 'shown' | 'editable';
  options?: string[];
  min?: number;
  /** Values by the demo name of the customer or location. */
  values: Record<string, string>;
};

export type CustomFieldOwners = { featured: string; home: string; mainClinic: string; eastClinic: string; homeLocation: string };

/**
 * Sparkle's own fields: where the alarm panel is and the preferred day (customers change them in
 * the portal), the square footage (shown there), the contract start (the office's alone). Changes
 * customers save in the portal open requests, so the demo shows that too.
 */
export async function seedCustomFields(trx: Executor, tenantId: string, owners: CustomFieldOwners): Promise<void> {
  const fields: DemoField[] = [
    { appliesTo: 'customer', type: 'choice', label: 'Preferred day', visibility: 'editable', options: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], values: { featured: 'Tuesday', home: 'Friday' } },
    { appliesTo: 'customer', type: 'date', label: 'Contract start', visibility: 'hidden', values: { featured: '2024-03-01', home: '2025-06-16' } },
    { appliesTo: 'location', type: 'text', label: 'Alarm panel location', visibility: 'editable', values: { mainClinic: 'Left of the staff entrance', homeLocation: 'Hall closet, behind the coats' } },
    { appliesTo: 'location', type: 'number', label: 'Square footage', visibility: 'shown', min: 0, values: { mainClinic: '4200', eastClinic: '1850', homeLocation: '2100' } },
    { appliesTo: 'location', type: 'yesNo', label: 'Pets on site', visibility: 'editable', values: { homeLocation: 'yes', mainClinic: 'no' } },
  ];
  const stamp = isoNow();
  const positions = { customer: 0, location: 0 };
  for (const field of fields) {
    const id = newId();
    positions[field.appliesTo] += 1;
    await trx
      .insertInto('custom_fields')
      .values({
        id,
        tenant_id: tenantId,
        applies_to: field.appliesTo,
        type: field.type,
        label: field.label,
        options: JSON.stringify(field.options ?? []),
        min_value: field.min ?? null,
        max_value: null,
        portal_visibility: field.visibility,
        position: positions[field.appliesTo],
        archived_at: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    for (const [owner, value] of Object.entries(field.values)) {
      const ownerId = owners[owner as keyof CustomFieldOwners];
      const column = field.appliesTo === 'customer' ? { customer_id: ownerId, location_id: null } : { customer_id: null, location_id: ownerId };
      await trx.insertInto('custom_field_values').values({ id: newId(), tenant_id: tenantId, field_id: id, ...column, value, updated_at: stamp }).execute();
    }
  }
  await trx.updateTable('tenants').set({ portal_change_tickets: true }).where('id', '=', tenantId).execute();
}
