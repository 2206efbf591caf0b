import type { StaffMember } from '../../../shared/features/staff/staff.contract.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { readStaffPhoto, squareStaffPhoto, staffPhotoKey } from '../../platform/attachments/staff-photos.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './staff.repository.ts';
import { getStaffMember } from './staff.service.ts';

/** Names `file` (or none) as the person's photo and deletes the file it replaces. */
async function swapPhotoFile(ctx: AppContext, actor: StaffActor, file: string | null): Promise<StaffMember> {
  const previous = await ctx.db.transaction().execute(async (trx) => {
    const current = await repo.lockPhotoFile(trx, ctx.dbKind, actor.tenantId, actor.userId);
    await repo.updateStaff(trx, actor.tenantId, actor.userId, { photo_file: file });
    return current;
  });
  if (previous) await ctx.files.remove(staffPhotoKey(actor.tenantId, actor.userId, previous));
  return getStaffMember(ctx, actor.tenantId, actor.userId);
}

/**
 * Adds or replaces one's own photo. The new file is stored before the row names it, and the old
 * one removed after, so a reader never finds the row naming a file that is not there yet.
 */
export async function saveOwnPhoto(ctx: AppContext, actor: StaffActor, upload: Buffer): Promise<StaffMember> {
  const file = `${newId()}.webp`;
  await ctx.files.put(staffPhotoKey(actor.tenantId, actor.userId, file), await squareStaffPhoto(upload));
  return swapPhotoFile(ctx, actor, file);
}

/** Removes one's own photo: customers see the initials again, and the file is deleted. */
export function removeOwnPhoto(ctx: AppContext, actor: StaffActor): Promise<StaffMember> {
  return swapPhotoFile(ctx, actor, null);
}

/** A staff member's photo: one's own for the preview where it is added, anyone's for the office's staff list. */
export async function staffPhoto(ctx: AppContext, tenantId: TenantId, staffId: string): Promise<Buffer> {
  const file = (await repo.findStaff(ctx.db, tenantId, staffId))?.photo_file;
  const data = file ? await readStaffPhoto(ctx.files, tenantId, staffId, file) : null;
  if (!data) throw notFound('file');
  return data;
}
