import sharp from 'sharp';
import type { FieldSettings, ProofOfService } from '../../../shared/features/field/proof-of-service.contract.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { AppContext } from '../../context.ts';
import type { Tenant } from '../../db/schema.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { withImageSlot } from '../../lib/image-work.ts';
import { QueueFullError } from '../../lib/semaphore.ts';
import { findAttachment, readAttachmentData } from '../../platform/attachments/attachments.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { describeWork, firstName } from './checklist.service.ts';
import * as fieldRepo from './field.repository.ts';
import { renderProofOfServicePdf, type PdfPhoto } from './proof-of-service-pdf.ts';
import * as repo from './proof-of-service.repository.ts';

/**
 * A completed visit at a location the portal user may use. Anything else — another company's,
 * another customer's or location's visit, one not finished — is the same "visit not found".
 */
async function completedVisitOf(ctx: AppContext, actor: PortalActor, visitId: string): Promise<fieldRepo.FieldVisitRow> {
  const visit = await fieldRepo.visitWithPlace(ctx.db, actor.tenantId, visitId);
  if (!visit || visit.status !== 'completed') throw notFound('visit');
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, visit.location_id).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'not_found' ? notFound('visit') : error;
  });
  return visit;
}

/** The customer's report of a completed visit: who worked when (first names), the checklist, the notes meant for them, the photos. */
export async function portalProofOfService(ctx: AppContext, tenant: Tenant, actor: PortalActor, visitId: string): Promise<ProofOfService> {
  const visit = await completedVisitOf(ctx, actor, visitId);
  const [sheets, work] = await Promise.all([
    fieldRepo.timesheetsOf(ctx.db, actor.tenantId, [visit.id]),
    describeWork(ctx.db, actor.tenantId, visit, { urlBase: `/api/portal/${tenant.slug}/attachments`, customer: true }, false),
  ]);
  return {
    visit: { id: visit.id, name: visit.name, startsAt: visit.starts_at, locationId: visit.location_id, locationName: visit.location_name, address: visit.address, timeZone: visit.time_zone },
    times: sheets.map((sheet) => ({ firstName: firstName(sheet.staff_name), clockedInAt: sheet.clocked_in_at, clockedOutAt: sheet.clocked_out_at })),
    work,
  };
}

/** Small enough that forty photos keep the PDF a few megabytes, sharp enough to print two to a row. */
const pdfPhotoSide = 800;

/** A photo as pdfkit can embed it: a small JPEG, made in the process's one image slot. */
async function pdfImage(ctx: AppContext, tenantId: TenantId, attachmentId: string): Promise<Buffer | null> {
  const row = await findAttachment(ctx.db, tenantId, attachmentId);
  const data = row ? await readAttachmentData(ctx, row, false) : null;
  if (!data) return null;
  return withImageSlot(() => sharp(data).resize(pdfPhotoSide, pdfPhotoSide, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 70 }).toBuffer());
}

async function pdfPhotos(ctx: AppContext, tenantId: TenantId, report: ProofOfService): Promise<PdfPhoto[]> {
  const photos: PdfPhoto[] = [];
  // One at a time: each waits for the image slot anyway, and holding one file in memory is enough.
  for (const photo of report.work.photos) {
    const image = await pdfImage(ctx, tenantId, photo.file.id).catch((error: unknown) => {
      if (error instanceof QueueFullError) throw new AppError('unavailable', message('proofOfService.busy'), undefined, { 'retry-after': '30' });
      throw error;
    });
    if (image) photos.push({ kind: photo.kind, author: photo.author, createdAt: photo.createdAt, image });
  }
  return photos;
}

/** The same report as a PDF in the reader's language, with the company's name and colour. */
export async function portalProofOfServicePdf(ctx: AppContext, tenant: Tenant, actor: PortalActor, visitId: string, language: Language): Promise<{ data: Buffer; fileName: string }> {
  const report = await portalProofOfService(ctx, tenant, actor, visitId);
  const photos = await pdfPhotos(ctx, actor.tenantId, report);
  return renderProofOfServicePdf(report, photos, { company: tenant.display_name, brandColor: tenant.brand_color, language });
}

export async function getFieldSettings(ctx: AppContext, tenantId: TenantId): Promise<FieldSettings> {
  const row = await repo.fieldSettings(ctx.db, tenantId);
  return { proofOfServiceEmails: row.proof_of_service_emails };
}

export async function saveFieldSettings(ctx: AppContext, actor: StaffActor, input: FieldSettings): Promise<FieldSettings> {
  await repo.updateFieldSettings(ctx.db, actor.tenantId, { proof_of_service_emails: input.proofOfServiceEmails });
  return getFieldSettings(ctx, actor.tenantId);
}
