import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { logoMaxBytes, portalSettingsResponseSchema, portalSettingsSchema } from '../../../shared/features/portal-settings/portal-settings.contract.ts';
import { portalSettingsPolicy } from '../../../shared/features/portal-settings/portal-settings.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { AppError, message } from '../../http/errors.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as settings from './portal-settings.service.ts';

export function registerPortalSettingsRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Settings'];
  const path = '/api/office/settings/portal';
  const response = { 200: portalSettingsResponseSchema, ...errorResponses };

  app.get(path, { config: { policy: portalSettingsPolicy.manage }, schema: { tags, summary: 'The customer portal’s switch, branding and options', response } }, async (request) => {
    const actor = staffActor(request);
    return settings.getPortalSettings(ctx, actor.tenantId);
  });

  app.put(path, { config: { policy: portalSettingsPolicy.manage }, schema: { tags, summary: 'Change the customer portal’s switch, branding and options', body: portalSettingsSchema, response } }, async (request) => {
    const actor = staffActor(request);
    return settings.savePortalSettings(ctx, actor, request.body);
  });

  app.post(`${path}/logo`, { config: { policy: portalSettingsPolicy.manage },
    schema: { tags, summary: 'Upload the portal logo (multipart field "logo": PNG, JPEG or WebP, at most 2 MB)', consumes: ['multipart/form-data'], response },
  }, async (request) => {
    const actor = staffActor(request);
    const file = await request.file({ limits: { fileSize: logoMaxBytes, files: 1 } });
    if (!file || file.fieldname !== 'logo') throw new AppError('validation_failed', message('portalSettings.logoField'), { logo: message('portalSettings.chooseImage') });
    const data = await file.toBuffer();
    return settings.saveLogo(ctx, actor, data);
  });

  app.delete(`${path}/logo`, { config: { policy: portalSettingsPolicy.manage }, schema: { tags, summary: 'Remove the portal logo', response } }, async (request) => {
    const actor = staffActor(request);
    return settings.removeLogo(ctx, actor);
  });
}
