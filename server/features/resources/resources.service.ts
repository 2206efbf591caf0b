import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  resourceFileFieldsSchema,
  type PortalResource,
  type PortalResourceList,
  type Resource,
  type resourceLinkInputSchema,
  type ResourceList,
  type ResourceListQuery,
  type resourceUpdateSchema,
} from '../../../shared/features/resources/resources.contract.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound, parseFields } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { readKeysetPage } from '../../lib/page-cursor.ts';
import { isoNow } from '../../lib/time.ts';
import { storedFileTypes, type StoredFileType } from '../../../shared/features/files/files.contract.ts';
import { receiveStoredFile } from '../../platform/attachments/stored-files.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './resources.repository.ts';

type LinkInput = z.output<typeof resourceLinkInputSchema>;
type UpdateInput = z.output<typeof resourceUpdateSchema>;

const fileKindOf = (row: repo.ResourceRow) => (row.content_type && row.content_type in storedFileTypes ? storedFileTypes[row.content_type as StoredFileType].kind : null);

function toResource(row: repo.ResourceRow): Resource {
  return {
    id: row.id,
    customerId: row.customer_id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    shared: row.shared,
    url: row.kind === 'link' ? row.url! : `/api/office/resources/${row.id}/file`,
    fileName: row.file_name,
    fileKind: fileKindOf(row),
    sizeBytes: row.size_bytes,
    createdById: row.created_by_id,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toPortalResource(row: repo.ResourceRow, slug: string, locationId: string): PortalResource {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    url: row.kind === 'link' ? row.url! : `/api/portal/${slug}/locations/${locationId}/resources/${row.id}/file`,
    fileName: row.file_name,
    fileKind: fileKindOf(row),
    sizeBytes: row.size_bytes,
  };
}

async function requireCustomer(ctx: AppContext, tenantId: TenantId, customerId: string) {
  if (!(await repo.findCustomer(ctx.db, tenantId, customerId))) throw notFound('customer');
}

/**
 * A page of the rows a list of resources shows, newest first. The cursor is signed for that list
 * (office or portal) of that customer, so one carried to another list is refused, naming it.
 */
async function resourcePage(ctx: AppContext, tenantId: TenantId, customerId: string, sharedOnly: boolean, query: ResourceListQuery) {
  const scope = `customer-resources:${tenantId}:${customerId}:${sharedOnly ? 'shared' : 'all'}`;
  return readKeysetPage(ctx.config.sessionSecret, scope, query, (page) => repo.listResources(ctx.db, tenantId, customerId, sharedOnly, page), (row) => ({ at: row.created_at, id: row.id }));
}

export async function listCustomerResources(ctx: AppContext, actor: StaffActor, customerId: string, query: ResourceListQuery): Promise<ResourceList> {
  await requireCustomer(ctx, actor.tenantId, customerId);
  const page = await resourcePage(ctx, actor.tenantId, customerId, false, query);
  return { items: page.items.map(toResource), nextCursor: page.nextCursor };
}

export async function addLink(ctx: AppContext, actor: StaffActor, customerId: string, input: LinkInput): Promise<Resource> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findCustomer(trx, actor.tenantId, customerId))) throw notFound('customer');
    const id = newId();
    const now = isoNow(ctx.now());
    await repo.insertResource(trx, actor.tenantId, {
      id, customer_id: customerId, created_by_id: actor.userId, kind: 'link', title: input.title, description: input.description, url: input.url,
      file_name: null, content_type: null, size_bytes: null, storage_key: null, shared: input.shared, created_at: now, updated_at: now,
    });
    return toResource((await repo.findResource(trx, actor.tenantId, id))!);
  });
}

/** Streams the file into the store, checks the form's fields, then records it; on failure the stored file goes too. */
export async function addFile(ctx: AppContext, actor: StaffActor, customerId: string, request: FastifyRequest): Promise<Resource> {
  await requireCustomer(ctx, actor.tenantId, customerId);
  const { fields, file } = await receiveStoredFile(ctx, request, actor.tenantId, `resources/${actor.tenantId}`);
  const record = async () => {
    const input = parseFields(resourceFileFieldsSchema, fields);
    return ctx.db.transaction().execute(async (trx) => {
      if (!(await repo.findCustomer(trx, actor.tenantId, customerId))) throw notFound('customer');
      const id = file.storageKey.split('/').pop()!;
      const now = isoNow(ctx.now());
      await repo.insertResource(trx, actor.tenantId, {
        id, customer_id: customerId, created_by_id: actor.userId, kind: 'file', title: input.title, description: input.description, url: null,
        file_name: file.fileName, content_type: file.contentType, size_bytes: file.sizeBytes, storage_key: file.storageKey, shared: input.shared, created_at: now, updated_at: now,
      });
      return toResource((await repo.findResource(trx, actor.tenantId, id))!);
    });
  };
  return record().catch(async (err: unknown) => {
    await ctx.files.remove(file.storageKey);
    throw err;
  });
}

export async function updateResource(ctx: AppContext, actor: StaffActor, resourceId: string, input: UpdateInput): Promise<Resource> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findResource(trx, actor.tenantId, resourceId);
    if (!row) throw notFound('resource');
    if (row.kind === 'file' && input.url !== undefined) throw new AppError('validation_failed', message('resources.fileHasNoAddress'), { url: message('resources.fileHasNoAddressField') });
    await repo.updateResource(trx, actor.tenantId, resourceId, { title: input.title, description: input.description, shared: input.shared, url: row.kind === 'link' ? (input.url ?? row.url) : null, updated_at: isoNow(ctx.now()) });
    return toResource((await repo.findResource(trx, actor.tenantId, resourceId))!);
  });
}

export async function deleteResource(ctx: AppContext, actor: StaffActor, resourceId: string): Promise<void> {
  const row = await ctx.db.transaction().execute(async (trx) => {
    const found = await repo.findResource(trx, actor.tenantId, resourceId);
    if (!found) throw notFound('resource');
    await repo.deleteResource(trx, actor.tenantId, resourceId);
    return found;
  });
  if (row.storage_key) await ctx.files.remove(row.storage_key);
}

type StoredResource = { storage_key: string; content_type: string; file_name: string };

/** A file resource's place in the store; a link (or no resource) has no file to find. */
function storedFileOf(row: repo.ResourceRow | undefined): StoredResource | null {
  if (!row?.storage_key || !row.content_type || !row.file_name) return null;
  return { storage_key: row.storage_key, content_type: row.content_type, file_name: row.file_name };
}

export async function officeResourceFile(ctx: AppContext, actor: StaffActor, resourceId: string): Promise<StoredResource> {
  const file = storedFileOf(await repo.findResource(ctx.db, actor.tenantId, resourceId));
  if (!file) throw notFound('file');
  return file;
}

/**
 * The company's shared documents and links for the customer of a location the portal user may
 * use with its File storage on (the Files page shows them); internal ones never leave the office.
 */
export async function listPortalResources(ctx: AppContext, tenantId: TenantId, portalUserId: string, slug: string, locationId: string, query: ResourceListQuery): Promise<PortalResourceList> {
  const location = await requirePortalLocation(ctx.db, tenantId, portalUserId, locationId, 'fileStorage');
  const page = await resourcePage(ctx, tenantId, location.customer_id, true, query);
  return { items: page.items.map((row) => toPortalResource(row, slug, locationId)), nextCursor: page.nextCursor };
}

export async function portalResourceFile(ctx: AppContext, tenantId: TenantId, portalUserId: string, locationId: string, resourceId: string): Promise<StoredResource> {
  const location = await requirePortalLocation(ctx.db, tenantId, portalUserId, locationId, 'fileStorage');
  const row = await repo.findResource(ctx.db, tenantId, resourceId);
  const file = row && row.customer_id === location.customer_id && row.shared ? storedFileOf(row) : null;
  if (!file) throw notFound('file');
  return file;
}
