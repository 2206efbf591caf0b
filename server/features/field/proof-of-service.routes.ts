import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import { fieldPolicy } from '../../../shared/features/field/field.policy.ts';
import { fieldSettingsSchema, proofOfServiceSchema } from '../../../shared/features/field/proof-of-service.contract.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { sendStoredFile } from '../../http/files.ts';
import { browserLanguageOf } from '../../http/language.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as proof from './proof-of-service.service.ts';

const visitParams = portalSlugParamsSchema.extend({ visitId: z.string().min(1).max(64) });
const pdfQuery = z.object({ v: z.string().max(64).optional().describe('Any value that changes with the reader’s language (the web sends it), so a browser never answers from a copy in another language') });

export function registerProofOfServiceRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Field work (portal)'];

  app.get('/api/portal/:slug/visits/:visitId/proof-of-service', {
    schema: {
      tags,
      summary: 'A completed visit’s proof of service: who worked when (first names), the checklist, the notes meant for the customer and the photos; any other visit answers 404',
      params: visitParams,
      response: { 200: proofOfServiceSchema, ...errorResponses },
    },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return proof.portalProofOfService(ctx, tenant, actor, request.params.visitId);
  });

  app.get('/api/portal/:slug/visits/:visitId/proof-of-service.pdf', {
    schema: { tags, summary: 'The proof of service as a PDF in the reader’s language, photos included', params: visitParams, querystring: pdfQuery, produces: ['application/pdf'] },
  }, async (request, reply) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    // The language the portal shows them: their choice, else their browser's, else the company's.
    const language = request.chosenLanguage ?? browserLanguageOf(request) ?? tenant.default_language;
    const pdf = await proof.portalProofOfServicePdf(ctx, tenant, actor, request.params.visitId, language);
    return sendStoredFile(reply, { ...pdf, contentType: 'application/pdf', inline: false });
  });

  app.get('/api/office/settings/field', { config: { policy: fieldPolicy.configure },
    schema: { tags: ['Field work'], summary: 'Whether customers are emailed the proof of service when a visit completes', response: { 200: fieldSettingsSchema, ...errorResponses } },
  }, async (request) => proof.getFieldSettings(ctx, staffActor(request).tenantId));

  app.put('/api/office/settings/field', { config: { policy: fieldPolicy.configure },
    schema: { tags: ['Field work'], summary: 'Choose whether customers are emailed the proof of service when a visit completes', body: fieldSettingsSchema, response: { 200: fieldSettingsSchema, ...errorResponses } },
  }, async (request) => proof.saveFieldSettings(ctx, staffActor(request), request.body));
}
