import { portalFeatures, type PortalFeature, type PortalFeatureFlags } from '../../../shared/features/locations/locations.contract.ts';
import { compileOnce } from '../../db/compile-once.ts';
import type { Executor } from '../../db/database.ts';
import type { Location } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import type { TenantId } from '../tenants/tenant-id.ts';

export const featureColumns: Record<PortalFeature, keyof Location & `feature_${string}`> = {
  serviceRequests: 'feature_service_requests',
  elapsedTime: 'feature_elapsed_time',
  supplyRequests: 'feature_supply_requests',
  feedback: 'feature_feedback',
  qualityChecks: 'feature_quality_checks',
  whosWorking: 'feature_whos_working',
  fileStorage: 'feature_file_storage',
};

export function featureFlagsOf(location: Pick<Location, (typeof featureColumns)[PortalFeature]>): PortalFeatureFlags {
  return Object.fromEntries(portalFeatures.map((f) => [f, location[featureColumns[f]]])) as PortalFeatureFlags;
}

export function featureColumnValues(flags: PortalFeatureFlags) {
  return Object.fromEntries(portalFeatures.map((f) => [featureColumns[f], flags[f]])) as Record<(typeof featureColumns)[PortalFeature], boolean>;
}

/** The locations a portal user may use: granted to them, of one of their active customers, with its portal on. */
function usableLocations(db: Executor, tenantId: TenantId, portalUserId: string) {
  return db
    .selectFrom('locations as l')
    .innerJoin('portal_user_locations as pul', (join) => join.onRef('pul.location_id', '=', 'l.id').onRef('pul.tenant_id', '=', 'l.tenant_id').on('pul.portal_user_id', '=', portalUserId))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .innerJoin('portal_user_customers as puc', (join) => join.onRef('puc.customer_id', '=', 'c.id').onRef('puc.tenant_id', '=', 'c.tenant_id').on('puc.portal_user_id', '=', portalUserId))
    .where('l.tenant_id', '=', tenantId)
    .where('l.portal_enabled', '=', true)
    .where('c.archived_at', 'is', null);
}

// Every portal page about a location asks this first, so it is built once (db/compile-once.ts says why).
const portalLocationQuery = compileOnce((db: Executor, tenantId: TenantId, portalUserId: string, locationId: string) =>
  usableLocations(db, tenantId, portalUserId).selectAll('l').where('l.id', '=', locationId),
);

/**
 * The location a portal user may use, or 404: it must be granted to them, belong to one of
 * their active customers, have its portal on, and — when `feature` is given — have that
 * feature on. Every portal route about a location goes through here, so a location that is
 * not theirs, or a feature that is off, looks exactly like one that does not exist.
 */
export async function requirePortalLocation(
  db: Executor,
  tenantId: TenantId,
  portalUserId: string,
  locationId: string,
  feature?: PortalFeature,
): Promise<Location> {
  const location = await portalLocationQuery(db, tenantId, portalUserId, locationId);
  if (!location || (feature && !location[featureColumns[feature]])) throw notFound('location');
  return location;
}

/** Every location a portal user may use now: what their live-event stream may hear of. */
export async function portalLocationIds(db: Executor, tenantId: TenantId, portalUserId: string): Promise<Set<string>> {
  const rows = await usableLocations(db, tenantId, portalUserId).select('l.id').execute();
  return new Set(rows.map((row) => row.id));
}
