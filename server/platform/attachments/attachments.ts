import sharp from 'sharp';
import { attachmentTypes, type Attachment, type AttachmentContentType, type AttachmentOwnerType } from '../../../shared/features/attachments/attachments.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { PrincipalKind } from '../../db/schema.ts';
import { AppError, message } from '../../http/errors.ts';
import type { FileStorage } from '../../lib/file-storage.ts';
import { newId } from '../../lib/ids.ts';
import { withImageSlot } from '../../lib/image-work.ts';
import { QueueFullError } from '../../lib/semaphore.ts';
import { hours, isoNow } from '../../lib/time.ts';
import type { TenantId } from '../tenants/tenant-id.ts';
import { deleteUnattachedUpload, pendingUploadUsage, unattachedUploadsBefore } from './attachments.repository.ts';

type AttachmentRow = { id: string; file_name: string; content_type: string; size_bytes: number; thumbnail_key: string | null };

const imageLongestSide = 2560;
const thumbnailSide = 320;
/**
 * Phones take 12 or 24 MP photos by default and most cameras stay under 40 MP, so every
 * ordinary photo passes; the 48–200 MP "full resolution" modes cost four times a 12 MP photo's
 * work and memory (120 MB decoded) for detail the 2560 px copy we keep cannot show.
 * The same limit as a portal logo.
 */
export const maxImagePixels = 40_000_000;

/**
 * Uploads waiting to be sent with a message or a product, per person: far more than any real
 * message needs, small enough that nobody can fill the disk with files they never send.
 */
export const pendingUploadLimits = { files: 50, bytes: 200 * 1024 * 1024 };

/** An upload never attached to anything is removed once it is older than this. */
export const unattachedUploadLifetime = hours(24);

/** The type of a file from its first bytes; the name and the browser's claim are not trusted. */
export function detectContentType(data: Buffer): AttachmentContentType | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

const extensions: Record<AttachmentContentType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/** A name safe to show and to put in a header: no path, no control or quoting characters, the right extension. */
export function sanitizeFileName(name: string, type: AttachmentContentType): string {
  return safeFileName(name, extensions[type]);
}

/** `sanitizeFileName` for any extension Porter chose from a file's content. */
export function safeFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^\.+/, '')
    .trim()
    .replace(/\.[^.]*$/, '')
    .slice(0, 80);
  return `${base || 'file'}.${extension}`;
}

async function reencodeImage(data: Buffer, type: AttachmentContentType): Promise<{ full: Buffer; thumbnail: Buffer }> {
  // rotate() applies the EXIF orientation before the metadata, EXIF and GPS included, is dropped.
  const image = sharp(data, { limitInputPixels: maxImagePixels }).rotate();
  const resized = image.clone().resize(imageLongestSide, imageLongestSide, { fit: 'inside', withoutEnlargement: true });
  const full =
    type === 'image/png' ? await resized.png().toBuffer() : type === 'image/webp' ? await resized.webp({ quality: 85 }).toBuffer() : await resized.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
  const thumbnail = await image.clone().resize(thumbnailSide, thumbnailSide, { fit: 'cover' }).webp({ quality: 75 }).toBuffer();
  return { full, thumbnail };
}

export type Uploader = { kind: PrincipalKind; id: string };

/**
 * Stores an uploaded file not yet attached to anything. Images are re-encoded (no metadata
 * survives) with a thumbnail; PDFs are kept as they are. Anything else is refused.
 */
export async function storeUpload(
  ctx: AppContext,
  tenantId: TenantId,
  uploader: Uploader,
  locationId: string | null,
  upload: { fileName: string; data: Buffer },
): Promise<AttachmentRow & { id: string }> {
  const type = detectContentType(upload.data);
  if (!type) {
    throw new AppError('validation_failed', message('attachments.wrongType'), { file: message('attachments.wrongTypeField') });
  }
  const fileName = sanitizeFileName(upload.fileName, type);
  await checkPendingQuota(ctx.db, tenantId, uploader, upload.data.length);
  const id = newId();
  const storageKey = `attachments/${tenantId}/${id}`;
  let stored = upload.data;
  let thumbnailKey: string | null = null;
  if (attachmentTypes[type].image) {
    const { full, thumbnail } = await reencodeInTurn(upload.data, type, fileName);
    stored = full;
    thumbnailKey = `${storageKey}-thumb`;
    await ctx.files.put(thumbnailKey, thumbnail);
  }
  await ctx.files.put(storageKey, stored);
  // Checked again now the image has waited its turn: parallel uploads all passed the first check.
  await checkPendingQuota(ctx.db, tenantId, uploader, stored.length).catch(async (err: unknown) => {
    await removeStoredFiles(ctx.files, { storage_key: storageKey, thumbnail_key: thumbnailKey });
    throw err;
  });
  const row = {
    id,
    tenant_id: tenantId,
    location_id: locationId,
    owner_type: null,
    owner_id: null,
    uploaded_by_kind: uploader.kind,
    uploaded_by_id: uploader.id,
    file_name: fileName,
    content_type: type,
    size_bytes: stored.length,
    storage_key: storageKey,
    thumbnail_key: thumbnailKey,
    created_at: isoNow(),
  };
  await ctx.db.insertInto('attachments').values(row).execute();
  return row;
}

/** Checks the size from the header, then re-encodes when the process's one image slot is free. */
export async function reencodeInTurn(data: Buffer, type: AttachmentContentType, fileName: string) {
  await checkImageSize(data, fileName);
  return withImageSlot(() => reencodeImage(data, type)).catch((err: unknown) => {
    if (err instanceof QueueFullError) {
      throw new AppError('unavailable', message('attachments.busy', { file: fileName }), { file: message('attachments.busyField') }, { 'retry-after': '30' });
    }
    throw unreadableImage(fileName);
  });
}

const unreadableImage = (fileName: string) =>
  new AppError('validation_failed', message('attachments.unreadable', { file: fileName }), { file: message('attachments.unreadableField') });

// Reads only the header, so an oversized image is refused before anything is decoded.
async function checkImageSize(data: Buffer, fileName: string): Promise<void> {
  const { width, height } = await sharp(data).metadata().catch(() => ({ width: undefined, height: undefined }));
  if (!width || !height) throw unreadableImage(fileName);
  if (width * height <= maxImagePixels) return;
  const megapixels = Math.round((width * height) / 1_000_000);
  const maximum = maxImagePixels / 1_000_000;
  throw new AppError('validation_failed', message('attachments.tooManyPixels', { file: fileName, width, height, megapixels, maximum }), {
    file: message('attachments.tooManyPixelsField', { file: fileName, maximum }),
  });
}

async function checkPendingQuota(db: Db, tenantId: TenantId, uploader: Uploader, incomingBytes: number): Promise<void> {
  const pending = await pendingUploadUsage(db, tenantId, uploader);
  const afterwards = { files: pending.files + 1, bytes: pending.bytes + incomingBytes };
  const { files, bytes } = pendingUploadLimits;
  if (afterwards.files <= files && afterwards.bytes <= bytes) return;
  const limits = { files, megabytes: bytes / 1024 / 1024 };
  const refusal =
    afterwards.files > files
      ? message('attachments.pendingFiles', { pending: pending.files, ...limits })
      : message('attachments.pendingBytes', { pending: Math.ceil(pending.bytes / 1024 / 1024), ...limits });
  throw new AppError('rate_limited', refusal, { file: message('attachments.pendingField', limits) });
}

function removeStoredFiles(files: FileStorage, row: { storage_key: string; thumbnail_key: string | null }): Promise<unknown> {
  return Promise.all([files.remove(row.storage_key), row.thumbnail_key ? files.remove(row.thumbnail_key) : null]);
}

/**
 * Removes uploads that were never attached to anything within a day: the row and the stored
 * files. For the scheduler to call periodically; returns how many uploads it removed.
 * `now` is injectable so the 24-hour boundary can be tested.
 */
export async function pruneUnattachedUploads(deps: { db: Db; files: FileStorage }, now = new Date()): Promise<number> {
  const cutoff = isoNow(new Date(now.getTime() - unattachedUploadLifetime));
  const batchSize = 200;
  let removed = 0;
  for (;;) {
    const batch = await unattachedUploadsBefore(deps.db, cutoff, batchSize);
    for (const upload of batch) {
      if (!(await deleteUnattachedUpload(deps.db, upload.id))) continue;
      await removeStoredFiles(deps.files, upload);
      removed += 1;
    }
    if (batch.length < batchSize) return removed;
  }
}

/**
 * Attaches earlier uploads to their owner (a message, a product). Each must exist, be
 * unattached, have been uploaded by the same person, and belong to the same location.
 */
export async function claimAttachments(
  db: Executor,
  tenantId: TenantId,
  ids: string[],
  uploader: Uploader,
  locationId: string | null,
  owner: { type: AttachmentOwnerType; id: string },
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  let query = db
    .updateTable('attachments')
    .set({ owner_type: owner.type, owner_id: owner.id })
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', unique)
    .where('owner_id', 'is', null)
    .where('uploaded_by_kind', '=', uploader.kind)
    .where('uploaded_by_id', '=', uploader.id);
  query = locationId ? query.where('location_id', '=', locationId) : query;
  const result = await query.executeTakeFirst();
  if (Number(result.numUpdatedRows) !== unique.length) {
    throw new AppError('validation_failed', message('attachments.missing'), { attachmentIds: message('attachments.missingField') });
  }
}

export function attachmentsOf(db: Executor, tenantId: TenantId, ownerType: AttachmentOwnerType, ownerIds: string[]) {
  if (ownerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attachments')
    .select(['id', 'owner_id', 'file_name', 'content_type', 'size_bytes', 'thumbnail_key'])
    .where('tenant_id', '=', tenantId)
    .where('owner_type', '=', ownerType)
    .where('owner_id', 'in', ownerIds)
    .orderBy('created_at')
    .execute();
}

/** The API shape of a stored file; `urlBase` is the route that serves it to this reader. */
export function toAttachment(row: AttachmentRow, urlBase: string): Attachment {
  const isImage = row.content_type in attachmentTypes && attachmentTypes[row.content_type as AttachmentContentType].image;
  return {
    id: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    isImage,
    url: `${urlBase}/${row.id}`,
    thumbnailUrl: row.thumbnail_key ? `${urlBase}/${row.id}?size=thumbnail` : null,
  };
}

export function findAttachment(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('attachments').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** The portal feature a file's location must have on for a portal user to open it; none for a visit's photos, which every proof of service shows. */
export type FileFeature = 'serviceRequests' | 'qualityChecks' | undefined;

/**
 * Whether a portal user may open a file: their own upload not yet attached; a file on a
 * message they can see (never an internal note) of a request at a location they may use; a
 * photo of an inspection at a location where they see quality checks; a photo of a completed
 * visit at a location they may use (its proof of service); or the picture of a product they may order.
 */
export async function portalUserMaySee(
  db: Executor,
  tenantId: TenantId,
  portalUserId: string,
  attachment: { owner_type: AttachmentOwnerType | null; owner_id: string | null; uploaded_by_kind: PrincipalKind; uploaded_by_id: string },
  canUseLocation: (locationId: string, feature: FileFeature) => Promise<boolean>,
  canOrderProduct: (productId: string) => Promise<boolean>,
): Promise<boolean> {
  if (!attachment.owner_id) return attachment.uploaded_by_kind === 'portal' && attachment.uploaded_by_id === portalUserId;
  if (attachment.owner_type === 'supply_product') return canOrderProduct(attachment.owner_id);
  if (attachment.owner_type === 'inspection_area') {
    const inspection = await db
      .selectFrom('inspection_areas as a')
      .innerJoin('inspections as i', (join) => join.onRef('i.id', '=', 'a.inspection_id').onRef('i.tenant_id', '=', 'a.tenant_id'))
      .select(['i.location_id'])
      .where('a.tenant_id', '=', tenantId)
      .where('a.id', '=', attachment.owner_id)
      .executeTakeFirst();
    return Boolean(inspection && (await canUseLocation(inspection.location_id, 'qualityChecks')));
  }
  if (attachment.owner_type === 'visit_photo') {
    // Photos of a visit still under way are the team's until it completes, like the rest of the report.
    const visit = await db
      .selectFrom('visit_photos as p')
      .innerJoin('visits as v', (join) => join.onRef('v.id', '=', 'p.visit_id').onRef('v.tenant_id', '=', 'p.tenant_id'))
      .select(['v.location_id'])
      .where('p.tenant_id', '=', tenantId)
      .where('p.id', '=', attachment.owner_id)
      .where('v.status', '=', 'completed')
      .executeTakeFirst();
    return Boolean(visit && (await canUseLocation(visit.location_id, undefined)));
  }
  const message = await db
    .selectFrom('service_request_messages as m')
    .innerJoin('service_requests as r', (join) => join.onRef('r.id', '=', 'm.request_id').onRef('r.tenant_id', '=', 'm.tenant_id'))
    .select(['m.internal', 'r.location_id'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.id', '=', attachment.owner_id)
    .executeTakeFirst();
  return Boolean(message && !message.internal && (await canUseLocation(message.location_id, 'serviceRequests')));
}

export async function readAttachmentData(ctx: AppContext, row: { storage_key: string; thumbnail_key: string | null }, thumbnail: boolean): Promise<Buffer | null> {
  return ctx.files.get(thumbnail && row.thumbnail_key ? row.thumbnail_key : row.storage_key);
}
