import sharp from 'sharp';
import { attachmentTypes, type Attachment, type AttachmentContentType, type AttachmentOwnerType } from '../../../shared/features/attachments/attachments.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { PrincipalKind } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import type { TenantId } from '../tenants/tenant-id.ts';

type AttachmentRow = { id: string; file_name: string; content_type: string; size_bytes: number; thumbnail_key: string | null };

const imageLongestSide = 2560;
const thumbnailSide = 320;
// A phone photo is about 12 MP; refuse anything absurd before decoding it.
const maxInputPixels = 50_000_000;

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
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^\.+/, '')
    .trim()
    .replace(/\.[^.]*$/, '')
    .slice(0, 80);
  return `${base || 'file'}.${extensions[type]}`;
}

async function reencodeImage(data: Buffer, type: AttachmentContentType): Promise<{ full: Buffer; thumbnail: Buffer }> {
  // rotate() applies the EXIF orientation before the metadata, EXIF and GPS included, is dropped.
  const image = sharp(data, { limitInputPixels: maxInputPixels }).rotate();
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
    throw new AppError('validation_failed', 'Attach photos (JPEG, PNG, WebP) or PDF documents only.', { file: 'This file is not a JPEG, PNG, WebP or PDF' });
  }
  const id = newId();
  const storageKey = `attachments/${tenantId}/${id}`;
  let stored = upload.data;
  let thumbnailKey: string | null = null;
  if (attachmentTypes[type].image) {
    try {
      const { full, thumbnail } = await reencodeImage(upload.data, type);
      stored = full;
      thumbnailKey = `${storageKey}-thumb`;
      await ctx.files.put(thumbnailKey, thumbnail);
    } catch {
      throw new AppError('validation_failed', 'That image could not be read. Try another photo.', { file: 'The image could not be read' });
    }
  }
  await ctx.files.put(storageKey, stored);
  const row = {
    id,
    organization_id: tenantId,
    location_id: locationId,
    owner_type: null,
    owner_id: null,
    uploaded_by_kind: uploader.kind,
    uploaded_by_id: uploader.id,
    file_name: sanitizeFileName(upload.fileName, type),
    content_type: type,
    size_bytes: stored.length,
    storage_key: storageKey,
    thumbnail_key: thumbnailKey,
    created_at: isoNow(),
  };
  await ctx.db.insertInto('attachments').values(row).execute();
  return row;
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
    .where('organization_id', '=', tenantId)
    .where('id', 'in', unique)
    .where('owner_id', 'is', null)
    .where('uploaded_by_kind', '=', uploader.kind)
    .where('uploaded_by_id', '=', uploader.id);
  query = locationId ? query.where('location_id', '=', locationId) : query;
  const result = await query.executeTakeFirst();
  if (Number(result.numUpdatedRows) !== unique.length) {
    throw new AppError('validation_failed', 'One of the attached files could not be found. Upload it again.', { attachmentIds: 'Upload the files again' });
  }
}

export function attachmentsOf(db: Executor, tenantId: TenantId, ownerType: AttachmentOwnerType, ownerIds: string[]) {
  if (ownerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attachments')
    .select(['id', 'owner_id', 'file_name', 'content_type', 'size_bytes', 'thumbnail_key'])
    .where('organization_id', '=', tenantId)
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
  return db.selectFrom('attachments').selectAll().where('organization_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/**
 * Whether a portal user may open a file: their own upload not yet attached; a file on a
 * message they can see (never an internal note) of a request at a location they may use; or
 * the picture of a product they may order.
 */
export async function portalUserMaySee(
  db: Executor,
  tenantId: TenantId,
  portalUserId: string,
  attachment: { owner_type: AttachmentOwnerType | null; owner_id: string | null; uploaded_by_kind: PrincipalKind; uploaded_by_id: string },
  canUseLocation: (locationId: string) => Promise<boolean>,
  canOrderProduct: (productId: string) => Promise<boolean>,
): Promise<boolean> {
  if (!attachment.owner_id) return attachment.uploaded_by_kind === 'portal' && attachment.uploaded_by_id === portalUserId;
  if (attachment.owner_type === 'supply_product') return canOrderProduct(attachment.owner_id);
  const message = await db
    .selectFrom('service_request_messages as m')
    .innerJoin('service_requests as r', 'r.id', 'm.request_id')
    .select(['m.internal', 'r.location_id'])
    .where('m.organization_id', '=', tenantId)
    .where('m.id', '=', attachment.owner_id)
    .executeTakeFirst();
  return Boolean(message && !message.internal && (await canUseLocation(message.location_id)));
}

export async function readAttachmentData(ctx: AppContext, row: { storage_key: string; thumbnail_key: string | null }, thumbnail: boolean): Promise<Buffer | null> {
  return ctx.files.get(thumbnail && row.thumbnail_key ? row.thumbnail_key : row.storage_key);
}
