import type { Executor } from '../../db/database.ts';
import type { LocationFilesTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import type { KeysetPosition } from '../../lib/page-cursor.ts';

export function findLocation(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('locations').select(['id', 'customer_id']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function uploadLimitMb(db: Executor, tenantId: TenantId): Promise<number> {
  const row = await db.selectFrom('tenants').select('file_upload_limit_mb').where('id', '=', tenantId).executeTakeFirstOrThrow();
  return row.file_upload_limit_mb;
}

export async function setUploadLimitMb(db: Executor, tenantId: TenantId, megabytes: number): Promise<void> {
  await db.updateTable('tenants').set({ file_upload_limit_mb: megabytes }).where('id', '=', tenantId).execute();
}

/** Files with their uploader's name; the uploader may have been removed since. */
function withUploaders(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('location_files as f')
    .leftJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'f.uploaded_by_id').onRef('s.tenant_id', '=', 'f.tenant_id'))
    .select(['f.id', 'f.location_id', 'f.file_name', 'f.content_type', 'f.kind', 'f.size_bytes', 'f.storage_key', 'f.shared', 'f.uploaded_by_id', 's.name as uploaded_by_name', 'f.created_at'])
    .where('f.tenant_id', '=', tenantId);
}

export type FileRow = NonNullable<Awaited<ReturnType<typeof findFile>>>;

export function findFile(db: Executor, tenantId: TenantId, id: string) {
  return withUploaders(db, tenantId).where('f.id', '=', id).executeTakeFirst();
}

/** A location's files, newest first; with `sharedOnly`, those the customer sees. */
/** A page of a location's files, newest first, after a row's position (keyset paging on created_at, id). */
export function listFiles(db: Executor, tenantId: TenantId, locationId: string, sharedOnly: boolean, page: { after: KeysetPosition | null; limit: number }) {
  let query = withUploaders(db, tenantId).where('f.location_id', '=', locationId);
  if (sharedOnly) query = query.where('f.shared', '=', true);
  const after = page.after;
  if (after) query = query.where((eb) => eb.or([eb('f.created_at', '<', after.at), eb.and([eb('f.created_at', '=', after.at), eb('f.id', '<', after.id)])]));
  return query.orderBy('f.created_at', 'desc').orderBy('f.id', 'desc').limit(page.limit).execute();
}

export async function insertFile(db: Executor, tenantId: TenantId, file: Omit<LocationFilesTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('location_files').values({ ...file, tenant_id: tenantId }).execute();
}

export async function setShared(db: Executor, tenantId: TenantId, id: string, shared: boolean): Promise<void> {
  await db.updateTable('location_files').set({ shared }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteFile(db: Executor, tenantId: TenantId, id: string): Promise<void> {
  await db.deleteFrom('location_files').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}
