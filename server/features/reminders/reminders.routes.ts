import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  customerRemindersSchema,
  officeReminderChoicesSchema,
  portalRemindersInputSchema,
  reminderSettingsInputSchema,
  reminderSettingsSchema,
} from '../../../shared/features/reminders/reminders.contract.ts';
import { remindersPolicy } from '../../../shared/features/reminders/reminders.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as reminders from './reminders.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const customerParams = portalSlugParamsSchema.extend({ customerId: z.string().min(1).max(64) });

export function registerReminderRoutes(root: FastifyInstance, ctx: AppContext, deps: { portalContactsChanged: reminders.PortalContactsChanged }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Reminders'];

  app.get('/api/office/customers/:id/reminders', { config: { policy: remindersPolicy.read },
    schema: { tags, summary: 'The customer’s contacts and which visit reminders each gets', params: idParams, response: { 200: customerRemindersSchema, ...errorResponses } },
  }, async (request) => reminders.officeReminders(ctx.db, staffActor(request).tenantId, request.params.id));

  app.put('/api/office/customers/:id/reminders', { config: { policy: remindersPolicy.manage },
    schema: {
      tags,
      summary: 'Turn each contact’s reminders (3 days and 1 day before a visit) on or off; a contact left out gets none',
      params: idParams,
      body: officeReminderChoicesSchema,
      response: { 200: customerRemindersSchema, ...errorResponses },
    },
  }, async (request) => reminders.setOfficeChoices(ctx, staffActor(request), request.params.id, request.body));

  app.get('/api/office/reminder-settings', { config: { policy: remindersPolicy.configure },
    schema: { tags, summary: 'When reminders go out, and whether customers choose their own', response: { 200: reminderSettingsSchema, ...errorResponses } },
  }, async (request) => reminders.reminderSettings(ctx.db, staffActor(request).tenantId));

  app.put('/api/office/reminder-settings', { config: { policy: remindersPolicy.configure },
    schema: { tags, summary: 'Choose the hour (on each location’s clock) reminders go out', body: reminderSettingsInputSchema, response: { 200: reminderSettingsSchema, ...errorResponses } },
  }, async (request) => reminders.setReminderHour(ctx, staffActor(request), request.body.reminderHour));

  app.get('/api/portal/:slug/customers/:customerId/reminders', {
    schema: { tags, summary: 'The account’s contacts and their visit reminders; canEdit says whether this person may change them', params: customerParams, response: { 200: customerRemindersSchema, ...errorResponses } },
  }, async (request) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    return reminders.portalReminders(ctx, actor, request.params.customerId);
  });

  app.put('/api/portal/:slug/customers/:customerId/reminders', {
    schema: {
      tags,
      summary: 'Save the account’s contacts and their reminders (only when the company lets customers manage notifications)',
      params: customerParams,
      body: portalRemindersInputSchema,
      response: { 200: customerRemindersSchema, ...errorResponses },
    },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return reminders.savePortalReminders(ctx, tenant, actor, request.params.customerId, request.body, deps);
  });
}
