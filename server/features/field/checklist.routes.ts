import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tickInputSchema, visitNoteInputSchema, visitPhotoFieldsSchema, visitWorkSchema } from '../../../shared/features/field/checklist.contract.ts';
import { fieldPolicy } from '../../../shared/features/field/field.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { notFound } from '../../http/errors.ts';
import { readFileForm } from '../../http/file-form.ts';
import { sendStoredFile } from '../../http/files.ts';
import { errorResponses } from '../../http/openapi.ts';
import { readAttachmentData } from '../../platform/attachments/attachments.ts';
import * as checklist from './checklist.service.ts';

const id = z.string().min(1).max(64);
const idParams = z.object({ id });

export function registerChecklistRoutes(root: FastifyInstance, ctx: AppContext, planOf: checklist.PlanOfLocation): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Field work'];

  app.get('/api/field/visits/:id/work', { config: { policy: fieldPolicy.work },
    schema: { tags, summary: 'What my visit asks and what was done: the checklist from the cleaning plan, notes and photos', params: idParams, response: { 200: visitWorkSchema, ...errorResponses } },
  }, async (request) => checklist.myVisitWork(ctx, planOf, staffActor(request), request.params.id));

  app.put('/api/field/visits/:id/checklist/:taskId', { config: { policy: fieldPolicy.work },
    schema: {
      tags,
      summary: 'Tick or untick a task of my visit’s checklist; the same client id again changes nothing',
      params: idParams.extend({ taskId: id }),
      body: tickInputSchema,
      response: { 200: visitWorkSchema, ...errorResponses },
    },
  }, async (request) => checklist.tick(ctx, planOf, staffActor(request), request.params.id, request.params.taskId, request.body));

  app.post('/api/field/visits/:id/notes', { config: { policy: fieldPolicy.work },
    schema: { tags, summary: 'Add a note to my visit, for the customer or not; a problem flagged tells the office', params: idParams, body: visitNoteInputSchema, response: { 200: visitWorkSchema, ...errorResponses } },
  }, async (request) => checklist.addNote(ctx, planOf, staffActor(request), request.params.id, request.body));

  app.post('/api/field/visits/:id/photos', { config: { policy: fieldPolicy.work },
    schema: {
      tags,
      summary: 'Add a before or after photo to my visit (multipart: clientId, kind, then file); its metadata, location included, is removed',
      consumes: ['multipart/form-data'],
      params: idParams,
      response: { 200: visitWorkSchema, ...errorResponses },
    },
  }, async (request) => {
    const { fields, upload } = await readFileForm(request, ctx.config.maxUploadBytes, visitPhotoFieldsSchema);
    return checklist.addPhoto(ctx, planOf, staffActor(request), request.params.id, fields, upload);
  });

  app.get('/api/field/visits/:id/photos/:fileId', { config: { policy: fieldPolicy.work },
    schema: { tags, summary: 'A photo of my visit, full size or its thumbnail', params: idParams.extend({ fileId: id }), querystring: z.object({ size: z.enum(['full', 'thumbnail']).default('full') }) },
  }, async (request, reply) => {
    const row = await checklist.myVisitPhotoFile(ctx, staffActor(request), request.params.id, request.params.fileId);
    const thumbnail = request.query.size === 'thumbnail' && row.thumbnail_key !== null;
    const data = await readAttachmentData(ctx, row, thumbnail);
    if (!data) throw notFound('file');
    return sendStoredFile(reply, { data, contentType: thumbnail ? 'image/webp' : row.content_type, fileName: row.file_name, inline: true });
  });

  app.get('/api/office/visits/:id/work', { config: { policy: fieldPolicy.readTimesheets },
    schema: { tags, summary: 'What was done at a visit: checklist, every note (problems marked) and photos', params: idParams, response: { 200: visitWorkSchema, ...errorResponses } },
  }, async (request) => checklist.officeVisitWork(ctx, staffActor(request).tenantId, request.params.id));
}
