import { hash } from '@node-rs/argon2';
import { portalFeatures, type PortalFeature, type PortalFeatureFlags } from '../../shared/features/locations/locations.contract.ts';
import type { StaffRole } from '../../shared/roles.ts';
import type { Executor } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { isoNow } from '../lib/time.ts';
import { featureColumnValues } from '../platform/portal/portal-access.ts';
import { asTenantId, type TenantId } from '../platform/tenants/tenant-id.ts';
import { createTenantWithOwner, insertStaffUser } from '../platform/tenants/tenants.service.ts';

export const testPassword = 'correct-horse-battery';

// Test accounts share one password, hashed once with argon2id at its lightest settings. A check
// costs what the stored hash says, so a test's sign-in skips the tens of milliseconds the real
// settings spend on purpose, a fifth of the feature tests' CPU time.
// (`algorithm: 2` is Argon2id, as in passwords.ts.)
let testHash: Promise<string> | undefined;
const testPasswordHash = () => (testHash ??= hash(testPassword, { algorithm: 2, memoryCost: 8, timeCost: 1, parallelism: 1 }));
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createTenant(db: Executor, overrides: { slug?: string; name?: string } = {}) {
  const slug = overrides.slug ?? `co-${unique()}`;
  const ownerEmail = `owner-${slug}@example.test`;
  const { tenantId, ownerId } = await createTenantWithOwner(db, {
    name: overrides.name ?? `Company ${slug}`,
    slug,
    owner: { name: 'Owner', email: ownerEmail, passwordHash: await testPasswordHash() },
  });
  return { tenantId: asTenantId(tenantId), slug, ownerId, ownerEmail };
}

export async function createStaff(db: Executor, tenantId: TenantId, role: StaffRole) {
  const email = `${role}-${unique()}@example.test`;
  const id = await insertStaffUser(db, tenantId, { name: `A ${role}`, email, passwordHash: await testPasswordHash(), role });
  return { id, email };
}

/** A customer with locations; `portal` switches the portal on at each location, with the features listed. */
export async function createCustomer(
  db: Executor,
  tenantId: TenantId,
  overrides: { name?: string; type?: 'commercial' | 'residential'; locations?: number; portal?: boolean; features?: PortalFeature[] } = {},
) {
  const id = newId();
  await db
    .insertInto('customers')
    .values({ id, tenant_id: tenantId, name: overrides.name ?? `Customer ${unique()}`, type: overrides.type ?? 'commercial', email: null, phone: null, billing_address: null, city: null, archived_at: null, created_at: isoNow() })
    .execute();
  const locationIds: string[] = [];
  for (let i = 0; i < (overrides.locations ?? 1); i++) {
    const locationId = newId();
    await db
      .insertInto('locations')
      .values({
        id: locationId,
        tenant_id: tenantId,
        customer_id: id,
        name: `Site ${i + 1}`,
        address: `${i + 1} Test Street`,
        time_zone: 'UTC',
        created_at: isoNow(),
        portal_enabled: overrides.portal ?? false,
        ...featureColumnValues(Object.fromEntries(portalFeatures.map((f) => [f, overrides.features?.includes(f) ?? false])) as PortalFeatureFlags),
      })
      .execute();
    locationIds.push(locationId);
  }
  return { id, locationIds };
}

/** A portal user who has set the test password, with access to the given locations. */
export async function createPortalUser(db: Executor, tenantId: TenantId, customerId: string, locationIds: string[]) {
  const id = newId();
  const email = `contact-${unique()}@example.test`;
  await db
    .insertInto('portal_users')
    .values({ id, tenant_id: tenantId, email, name: 'Pat Contact', phone: null, password_hash: await testPasswordHash(), locked_at: null, created_at: isoNow(), last_login_at: null })
    .execute();
  await db.insertInto('portal_user_customers').values({ tenant_id: tenantId, portal_user_id: id, customer_id: customerId, is_billing_contact: false }).execute();
  for (const locationId of locationIds) {
    await db.insertInto('portal_user_locations').values({ tenant_id: tenantId, portal_user_id: id, location_id: locationId }).execute();
  }
  return { id, email };
}
