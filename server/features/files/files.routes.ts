import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  fileListQuerySchema,
  fileSettingsSchema,
  fileUploadLimits,
  locationFileListSchema,
  locationFileSchema,
  locationFileUpdateSchema,
  locationFileUploadQuerySchema,
  portalFileListSchema,
} from '../../../shared/features/files/files.contract.ts';
import { filesPolicy } from '../../../shared/features/files/files.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { sendFromStore } from '../../platform/attachments/stored-files.ts';
import * as files from './files.service.ts';

const id = z.string().min(1).max(64);

export function registerFileRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Location files'];
  const locationParams = z.object({ locationId: id });
  const fileParams = z.object({ fileId: id });

  app.get('/api/office/settings/files', { config: { policy: filesPolicy.manage },
    schema: { tags, summary: 'The company’s upload size limit for location files and resources', response: { 200: fileSettingsSchema, ...errorResponses } },
  }, async (request) => files.fileSettings(ctx, staffActor(request)));

  app.put('/api/office/settings/files', { config: { policy: filesPolicy.configure },
    schema: { tags, summary: `Set the upload size limit (${fileUploadLimits.minMb}–${fileUploadLimits.maxMb} MB)`, body: fileSettingsSchema, response: { 200: fileSettingsSchema, ...errorResponses } },
  }, async (request) => files.updateFileSettings(ctx, staffActor(request), request.body));

  app.get('/api/office/locations/:locationId/files', { config: { policy: filesPolicy.read },
    schema: { tags, summary: 'A page of a location’s files, newest first, shared with the customer or not', params: locationParams, querystring: fileListQuerySchema, response: { 200: locationFileListSchema, ...errorResponses } },
  }, async (request) => files.listLocationFiles(ctx, staffActor(request), request.params.locationId, request.query));

  app.post('/api/office/locations/:locationId/files', { config: { policy: filesPolicy.manage },
    schema: {
      tags,
      summary: 'Upload an image, document or video to a location (multipart field "file", at most the company’s upload size limit); images lose their metadata',
      consumes: ['multipart/form-data'],
      params: locationParams,
      querystring: locationFileUploadQuerySchema,
      response: { 201: locationFileSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await files.uploadLocationFile(ctx, staffActor(request), request.params.locationId, request.query.shared, request)));

  app.get('/api/office/location-files/:fileId', { config: { policy: filesPolicy.read },
    schema: { tags, summary: 'Download a location’s file', params: fileParams },
  }, async (request, reply) => sendFromStore(ctx, reply, await files.officeFile(ctx, staffActor(request), request.params.fileId)));

  app.patch('/api/office/location-files/:fileId', { config: { policy: filesPolicy.manage },
    schema: { tags, summary: 'Share a file with the customer, or keep it in the office', params: fileParams, body: locationFileUpdateSchema, response: { 200: locationFileSchema, ...errorResponses } },
  }, async (request) => files.shareLocationFile(ctx, staffActor(request), request.params.fileId, request.body.shared));

  app.delete('/api/office/location-files/:fileId', { config: { policy: filesPolicy.manage },
    schema: { tags, summary: 'Delete a location’s file, from the store too', params: fileParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await files.deleteLocationFile(ctx, staffActor(request), request.params.fileId);
    return reply.status(204).send(null);
  });

  const portalLocationParams = portalSlugParamsSchema.extend({ locationId: id });

  app.get('/api/portal/:slug/locations/:locationId/files', {
    schema: { tags, summary: 'A page of the files shared with the customer at this location, newest first (where its File storage is on)', params: portalLocationParams, querystring: fileListQuerySchema, response: { 200: portalFileListSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return files.listPortalFiles(ctx, actor.tenantId, actor.userId, tenant.slug, request.params.locationId, request.query);
  });

  app.get('/api/portal/:slug/locations/:locationId/files/:fileId', {
    schema: { tags, summary: 'Download a file shared at this location', params: portalLocationParams.extend({ fileId: id }) },
  }, async (request, reply) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    return sendFromStore(ctx, reply, await files.portalFile(ctx, actor.tenantId, actor.userId, request.params.locationId, request.params.fileId));
  });
}
