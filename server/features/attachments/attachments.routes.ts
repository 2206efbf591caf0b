import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentSchema, attachmentTypes, portalUploadQuerySchema, type AttachmentContentType, type PortalUploadPurpose } from '../../../shared/features/attachments/attachments.contract.ts';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import { attachmentsPolicy, portalUploadFeature } from '../../../shared/features/attachments/attachments.policy.ts';
import type { AppContext } from '../../context.ts';
import type { Tenant } from '../../db/schema.ts';
import { requirePortalSession, staffActor, type PortalActor } from '../../http/auth.ts';
import { AppError, forbidden, message, notFound } from '../../http/errors.ts';
import { sendStoredFile } from '../../http/files.ts';
import { errorResponses } from '../../http/openapi.ts';
import { findAttachment, maxImagePixels, type FileFeature, portalUserMaySee, readAttachmentData, storeUpload, toAttachment } from '../../platform/attachments/attachments.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import { locationExists, portalUserMayOrderProduct } from './attachments.repository.ts';

const sizeQuery = z.object({ size: z.enum(['full', 'thumbnail']).default('full') });

async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ fileName: string; data: Buffer }> {
  const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file || file.fieldname !== 'file') throw new AppError('validation_failed', message('attachments.fileField'), { file: message('attachments.chooseFile') });
  const data = await file.toBuffer();
  return { fileName: file.filename, data };
}

/**
 * A portal upload is made only where what it is for can happen: the location's feature for it is on
 * (a location that is not theirs, or the feature off, is not found) and the company allows it.
 */
async function requireUploadPlace(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string, purpose: PortalUploadPurpose): Promise<void> {
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, portalUploadFeature[purpose]);
  if (purpose === 'request' && !tenant.requests_allowed) throw forbidden(message('attachments.noRequests', { company: tenant.display_name }));
  if (purpose === 'inspection' && !tenant.customers_inspect_visits) throw forbidden(message('inspections.customersMayNot'));
}

export function registerAttachmentRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Attachments'];
  const limitMb = Math.round(ctx.config.maxUploadBytes / 1024 / 1024);

  app.post('/api/portal/:slug/locations/:locationId/attachments', {
    schema: {
      tags,
      summary: `Upload a photo or PDF (multipart field "file", at most ${limitMb} MB; photos at most ${maxImagePixels / 1_000_000} megapixels) to attach to a request, or to the customer’s inspection of a visit, at this location`,
      consumes: ['multipart/form-data'],
      params: portalSlugParamsSchema.extend({ locationId: z.string().min(1).max(64) }),
      querystring: portalUploadQuerySchema,
      response: { 201: attachmentSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    await requireUploadPlace(ctx, tenant, actor, request.params.locationId, request.query.purpose);
    const upload = await readUpload(request, ctx.config.maxUploadBytes);
    const row = await storeUpload(ctx, actor.tenantId, { kind: 'portal', id: actor.userId }, request.params.locationId, upload);
    return reply.status(201).send(toAttachment(row, `/api/portal/${tenant.slug}/attachments`));
  });

  app.get('/api/portal/:slug/attachments/:id', {
    schema: { tags, summary: 'A file the signed-in portal user may see', params: portalSlugParamsSchema.extend({ id: z.string().min(1).max(64) }), querystring: sizeQuery },
  }, async (request, reply) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    const row = await findAttachment(ctx.db, actor.tenantId, request.params.id);
    const canUseLocation = (locationId: string, feature: FileFeature) =>
      requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, feature).then(
        () => true,
        () => false,
      );
    const canOrderProduct = (productId: string) => portalUserMayOrderProduct(ctx.db, actor.tenantId, actor.userId, productId);
    if (!row || !(await portalUserMaySee(ctx.db, actor.tenantId, actor.userId, row, canUseLocation, canOrderProduct))) throw notFound('file');
    return sendFile(reply, row, request.query.size === 'thumbnail');
  });

  app.post('/api/office/attachments', { config: { policy: attachmentsPolicy.use },
    schema: {
      tags,
      summary: `Upload a photo or PDF (multipart field "file", at most ${limitMb} MB; photos at most ${maxImagePixels / 1_000_000} megapixels) to attach to a reply or a product`,
      consumes: ['multipart/form-data'],
      querystring: z.object({ locationId: z.string().min(1).max(64).optional() }),
      response: { 201: attachmentSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const actor = staffActor(request);
    const locationId = request.query.locationId ?? null;
    if (locationId) {
      if (!(await locationExists(ctx.db, actor.tenantId, locationId))) throw notFound('location');
    }
    const upload = await readUpload(request, ctx.config.maxUploadBytes);
    const row = await storeUpload(ctx, actor.tenantId, { kind: 'staff', id: actor.userId }, locationId, upload);
    return reply.status(201).send(toAttachment(row, '/api/office/attachments'));
  });

  app.get('/api/office/attachments/:id', { config: { policy: attachmentsPolicy.use },
    schema: { tags, summary: 'A file of the company', params: z.object({ id: z.string().min(1).max(64) }), querystring: sizeQuery },
  }, async (request, reply) => {
    const actor = staffActor(request);
    const row = await findAttachment(ctx.db, actor.tenantId, request.params.id);
    if (!row) throw notFound('file');
    return sendFile(reply, row, request.query.size === 'thumbnail');
  });

  async function sendFile(reply: Parameters<typeof sendStoredFile>[0], row: NonNullable<Awaited<ReturnType<typeof findAttachment>>>, thumbnail: boolean) {
    const data = await readAttachmentData(ctx, row, thumbnail);
    if (!data) throw notFound('file');
    const type = thumbnail && row.thumbnail_key ? 'image/webp' : row.content_type;
    const image = type.startsWith('image/') && (attachmentTypes[row.content_type as AttachmentContentType]?.image ?? false);
    return sendStoredFile(reply, { data, contentType: type, fileName: row.file_name, inline: image });
  }
}
