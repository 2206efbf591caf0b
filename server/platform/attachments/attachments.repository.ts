import type { Executor } from '../../db/database.ts';
import type { PrincipalKind } from '../../db/schema.ts';
import type { TenantId } from '../tenants/tenant-id.ts';
import { unscoped } from '../../db/tenant-scope.ts';

/** How many files, and how many bytes, one person has uploaded and not yet attached to anything. */
export async function pendingUploadUsage(db: Executor, tenantId: TenantId, uploader: { kind: PrincipalKind; id: string }): Promise<{ files: number; bytes: number }> {
  const row = await db
    .selectFrom('attachments')
    .select((eb) => [eb.fn.countAll<number>().as('files'), eb.fn.coalesce(eb.fn.sum<number>('size_bytes'), eb.lit(0)).as('bytes')])
    .where('tenant_id', '=', tenantId)
    .where('uploaded_by_kind', '=', uploader.kind)
    .where('uploaded_by_id', '=', uploader.id)
    .where('owner_id', 'is', null)
    .executeTakeFirstOrThrow();
  return { files: Number(row.files), bytes: Number(row.bytes) };
}

const strayUploadPrune = 'the stray-upload prune sweeps every tenant';

/**
 * Uploads never attached and created before the cutoff, oldest first. Across every company on
 * purpose: this is housekeeping run by the scheduler, never an answer to a request.
 */
export function unattachedUploadsBefore(db: Executor, cutoff: string, limit: number) {
  return unscoped(db, strayUploadPrune)
    .selectFrom('attachments')
    .select(['id', 'storage_key', 'thumbnail_key'])
    .where('owner_id', 'is', null)
    .where('created_at', '<', cutoff)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

/** Deletes the row only if it is still unattached, so a file claimed a moment ago survives. */
export async function deleteUnattachedUpload(db: Executor, id: string): Promise<boolean> {
  const result = await unscoped(db, strayUploadPrune).deleteFrom('attachments').where('id', '=', id).where('owner_id', 'is', null).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
