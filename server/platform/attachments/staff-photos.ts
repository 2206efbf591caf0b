import sharp from 'sharp';
import type { FileStorage } from '../../lib/file-storage.ts';
import { AppError, message } from '../../http/errors.ts';
import { withImageSlot } from '../../lib/image-work.ts';
import { QueueFullError } from '../../lib/semaphore.ts';
import type { TenantId } from '../tenants/tenant-id.ts';
import { detectContentType, maxImagePixels } from './attachments.ts';

/** A face in a list is at most 48 px wide; 256 px stays sharp on a 3× phone screen and weighs a few kB. */
export const staffPhotoSide = 256;

/**
 * Where a staff member's photo is stored. Keyed by tenant and person; the file name changes with
 * each new photo, so a replaced photo is never served from a browser's cache.
 */
export function staffPhotoKey(tenantId: TenantId, staffId: string, file: string): string {
  return `staff-photos/${tenantId}/${staffId}/${file}`;
}

const wrongType = () => new AppError('validation_failed', message('staffPhoto.wrongType'), { file: message('staffPhoto.wrongTypeField') });

/**
 * A photo made into a small square: recognised by its first bytes (JPEG, PNG or WebP only),
 * turned upright, cropped to its centre and re-encoded as WebP, so no metadata (EXIF, GPS)
 * survives. Waits for the process's one image slot, as every upload does.
 */
export async function squareStaffPhoto(data: Buffer): Promise<Buffer> {
  const type = detectContentType(data);
  if (!type || type === 'application/pdf') throw wrongType();
  try {
    return await withImageSlot(() =>
      sharp(data, { limitInputPixels: maxImagePixels }).rotate().resize(staffPhotoSide, staffPhotoSide, { fit: 'cover', position: 'attention' }).webp({ quality: 80 }).toBuffer(),
    );
  } catch (err) {
    if (err instanceof QueueFullError) {
      throw new AppError('unavailable', message('staffPhoto.busy'), { file: message('attachments.busyField') }, { 'retry-after': '30' });
    }
    // A corrupt file or one past the pixel limit: sharp refuses both before decoding the whole image.
    throw new AppError('validation_failed', message('staffPhoto.unreadable', { maximum: maxImagePixels / 1_000_000 }), { file: message('staffPhoto.unreadableField') });
  }
}

/** The stored photo, or null when the file is gone. */
export function readStaffPhoto(files: FileStorage, tenantId: TenantId, staffId: string, file: string): Promise<Buffer | null> {
  return files.get(staffPhotoKey(tenantId, staffId, file));
}
