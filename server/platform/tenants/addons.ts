import type { Addon, Addons } from '../../../shared/features/addons/addons.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant, TenantsTable } from '../../db/schema.ts';
import { AppError, message } from '../../http/errors.ts';
import type { TenantId } from './tenant-id.ts';

/** The tenants column that holds each add-on's switch. */
export const addonColumns = {
  textMessaging: 'addon_text_messaging',
  invoiceCalculation: 'addon_invoice_calculation',
  audits: 'addon_audits',
} as const satisfies Record<Addon, keyof TenantsTable>;

type AddonColumns = Pick<Tenant, (typeof addonColumns)[Addon]>;

export function addonsOf(tenant: AddonColumns): Addons {
  return { textMessaging: Boolean(tenant.addon_text_messaging), invoiceCalculation: Boolean(tenant.addon_invoice_calculation), audits: Boolean(tenant.addon_audits) };
}

// Tenants are the scope itself: the row is the tenant's own.
export function findAddons(db: Executor, tenantId: TenantId): Promise<AddonColumns> {
  return db.selectFrom('tenants').select(Object.values(addonColumns)).where('id', '=', tenantId).executeTakeFirstOrThrow();
}

/**
 * Refuses a gated route while the company's add-on is off, with the 404 a route that does not
 * exist answers: to a company without the add-on, the feature is not there. Called first in the
 * route's handler, before anything is read.
 */
export async function requireAddon(db: Executor, tenantId: TenantId, addon: Addon): Promise<void> {
  const switches = addonsOf(await findAddons(db, tenantId));
  if (!switches[addon]) throw new AppError('not_found', message('general.notFound'));
}
