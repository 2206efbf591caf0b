import type { FastifyRequest } from 'fastify';
import type { FileListQuery, FileSettings, LocationFile, LocationFileList, PortalFile, PortalFileList } from '../../../shared/features/files/files.contract.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { invalidFields, message, notFound } from '../../http/errors.ts';
import { keysetPage, openCursor, sealCursor } from '../../lib/page-cursor.ts';
import { isoNow } from '../../lib/time.ts';
import { receiveStoredFile, type StoredFile } from '../../platform/attachments/stored-files.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './files.repository.ts';

function toFile(row: repo.FileRow): LocationFile {
  return {
    id: row.id,
    locationId: row.location_id,
    fileName: row.file_name,
    contentType: row.content_type,
    kind: row.kind,
    sizeBytes: row.size_bytes,
    shared: row.shared,
    uploadedById: row.uploaded_by_id,
    uploadedByName: row.uploaded_by_name,
    createdAt: row.created_at,
    url: `/api/office/location-files/${row.id}`,
  };
}

function toPortalFile(row: repo.FileRow, slug: string): PortalFile {
  return { id: row.id, fileName: row.file_name, contentType: row.content_type, kind: row.kind, sizeBytes: row.size_bytes, createdAt: row.created_at, url: `/api/portal/${slug}/locations/${row.location_id}/files/${row.id}` };
}

export async function fileSettings(ctx: AppContext, actor: StaffActor): Promise<FileSettings> {
  return { uploadLimitMb: await repo.uploadLimitMb(ctx.db, actor.tenantId) };
}

export async function updateFileSettings(ctx: AppContext, actor: StaffActor, input: FileSettings): Promise<FileSettings> {
  await repo.setUploadLimitMb(ctx.db, actor.tenantId, input.uploadLimitMb);
  return fileSettings(ctx, actor);
}

/**
 * A page of the rows a list of files shows, newest first. The cursor is signed for that list
 * (office or portal) of that location, so one carried to another list is refused, naming it.
 */
async function filePage(ctx: AppContext, tenantId: TenantId, locationId: string, sharedOnly: boolean, query: FileListQuery) {
  const scope = `location-files:${tenantId}:${locationId}:${sharedOnly ? 'shared' : 'all'}`;
  const after = query.cursor ? openCursor(ctx.config.sessionSecret, scope, query.cursor) : null;
  if (query.cursor && !after) throw invalidFields({ cursor: message('validation.pageCursor') });
  const rows = await repo.listFiles(ctx.db, tenantId, locationId, sharedOnly, { after, limit: query.pageSize + 1 });
  return keysetPage(rows, query.pageSize, (row) => ({ at: row.created_at, id: row.id }), (position) => sealCursor(ctx.config.sessionSecret, scope, position));
}

export async function listLocationFiles(ctx: AppContext, actor: StaffActor, locationId: string, query: FileListQuery): Promise<LocationFileList> {
  if (!(await repo.findLocation(ctx.db, actor.tenantId, locationId))) throw notFound('location');
  const page = await filePage(ctx, actor.tenantId, locationId, false, query);
  return { items: page.items.map(toFile), nextCursor: page.nextCursor };
}

/** Streams the upload into the store, then records it; a row that fails to write takes its stored file with it. */
export async function uploadLocationFile(ctx: AppContext, actor: StaffActor, locationId: string, shared: boolean, request: FastifyRequest): Promise<LocationFile> {
  if (!(await repo.findLocation(ctx.db, actor.tenantId, locationId))) throw notFound('location');
  const { file } = await receiveStoredFile(ctx, request, actor.tenantId, `location-files/${actor.tenantId}`);
  return recordFile(ctx, actor, locationId, shared, file).catch(async (err: unknown) => {
    await ctx.files.remove(file.storageKey);
    throw err;
  });
}

async function recordFile(ctx: AppContext, actor: StaffActor, locationId: string, shared: boolean, file: StoredFile): Promise<LocationFile> {
  return ctx.db.transaction().execute(async (trx) => {
    // Checked again: the location may have been deleted while the file was on its way.
    if (!(await repo.findLocation(trx, actor.tenantId, locationId))) throw notFound('location');
    const id = file.storageKey.split('/').pop()!;
    await repo.insertFile(trx, actor.tenantId, {
      id,
      location_id: locationId,
      uploaded_by_id: actor.userId,
      file_name: file.fileName,
      content_type: file.contentType,
      kind: file.kind,
      size_bytes: file.sizeBytes,
      storage_key: file.storageKey,
      shared,
      created_at: isoNow(ctx.now()),
    });
    return toFile((await repo.findFile(trx, actor.tenantId, id))!);
  });
}

export async function shareLocationFile(ctx: AppContext, actor: StaffActor, fileId: string, shared: boolean): Promise<LocationFile> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findFile(trx, actor.tenantId, fileId))) throw notFound('file');
    await repo.setShared(trx, actor.tenantId, fileId, shared);
    return toFile((await repo.findFile(trx, actor.tenantId, fileId))!);
  });
}

/** Removes the row, then the stored bytes: a file the store failed to remove is unreachable all the same. */
export async function deleteLocationFile(ctx: AppContext, actor: StaffActor, fileId: string): Promise<void> {
  const row = await ctx.db.transaction().execute(async (trx) => {
    const found = await repo.findFile(trx, actor.tenantId, fileId);
    if (!found) throw notFound('file');
    await repo.deleteFile(trx, actor.tenantId, fileId);
    return found;
  });
  await ctx.files.remove(row.storage_key);
}

export async function officeFile(ctx: AppContext, actor: StaffActor, fileId: string): Promise<repo.FileRow> {
  const row = await repo.findFile(ctx.db, actor.tenantId, fileId);
  if (!row) throw notFound('file');
  return row;
}

/** The shared files of a location whose File storage is on, for a portal user who may use it (else 404). */
export async function listPortalFiles(ctx: AppContext, tenantId: TenantId, portalUserId: string, slug: string, locationId: string, query: FileListQuery): Promise<PortalFileList> {
  await requirePortalLocation(ctx.db, tenantId, portalUserId, locationId, 'fileStorage');
  const page = await filePage(ctx, tenantId, locationId, true, query);
  return { items: page.items.map((row) => toPortalFile(row, slug)), nextCursor: page.nextCursor };
}

/** One shared file of that location: a file kept in the office, or of another location, is not found. */
export async function portalFile(ctx: AppContext, tenantId: TenantId, portalUserId: string, locationId: string, fileId: string): Promise<repo.FileRow> {
  await requirePortalLocation(ctx.db, tenantId, portalUserId, locationId, 'fileStorage');
  const row = await repo.findFile(ctx.db, tenantId, fileId);
  if (!row || row.location_id !== locationId || !row.shared) throw notFound('file');
  return row;
}
