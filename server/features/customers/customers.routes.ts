import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  associatedStaffSchema,
  customerDetailSchema,
  customerInputSchema,
  customerListQuerySchema,
  customerListSchema,
  idParamsSchema,
} from '../../../shared/features/customers/customers.contract.ts';
import { customersPolicy } from '../../../shared/features/customers/customers.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { sendStoredFile } from '../../http/files.ts';
import { contactMessageInputSchema, contactMessageSentSchema } from '../../../shared/features/customers/contact-messages.contract.ts';
import { customerNoticesSchema, customerNoticeSwitchesSchema } from '../../../shared/features/customers/customer-notices.contract.ts';
import { serviceAgreementSchema } from '../../../shared/features/customers/service-agreement.contract.ts';
import { sendContactMessage } from './contact-messages.ts';
import { serviceAgreement } from './service-agreement.ts';
import { customerNotices, setCustomerNotices } from './customer-notices.ts';
import { contactQrCode, type QrFormat } from './contact-qr.ts';
import { listCustomers } from './customers.repository.ts';
import * as customers from './customers.service.ts';

export function registerCustomerRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Customers'];
  const params = idParamsSchema;

  app.get('/api/office/customers', { config: { policy: customersPolicy.read },
    schema: { tags, summary: 'Search, filter, sort and page through customers', querystring: customerListQuerySchema, response: { 200: customerListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    const { items, total } = await listCustomers(ctx.db, actor.tenantId, request.query);
    return {
      items: items.map((c) => ({
        id: c.id,
        name: c.name,
        type: c.type,
        email: c.email,
        phone: c.phone,
        city: c.city,
        website: c.website,
        locationCount: Number(c.location_count ?? 0),
        archivedAt: c.archived_at,
      })),
      total,
      page: request.query.page,
      pageSize: request.query.pageSize,
    };
  });

  app.post('/api/office/customers', { config: { policy: customersPolicy.manage },
    schema: { tags, summary: 'Create a customer', body: customerInputSchema, response: { 201: customerDetailSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = staffActor(request);
    return reply.status(201).send(await customers.createCustomer(ctx, actor, request.body));
  });

  app.get('/api/office/customers/:id', { config: { policy: customersPolicy.read },
    schema: { tags, summary: 'One customer with contacts and counts', params, response: { 200: customerDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return customers.getCustomer(ctx.db, actor.tenantId, request.params.id);
  });

  app.get('/api/office/customers/:id/associated-staff', { config: { policy: customersPolicy.read },
    schema: { tags, summary: 'Staff assigned to the customer’s locations or who worked its visits lately, each with why', params, response: { 200: associatedStaffSchema, ...errorResponses } },
  }, async (request) => customers.associatedStaff(ctx, staffActor(request), request.params.id));

  app.put('/api/office/customers/:id', { config: { policy: customersPolicy.manage },
    schema: { tags, summary: 'Change a customer (contacts are replaced by the list sent)', params, body: customerInputSchema, response: { 200: customerDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return customers.updateCustomer(ctx, actor, request.params.id, request.body);
  });

  app.post('/api/office/customers/:id/archive', { config: { policy: customersPolicy.manage },
    schema: { tags, summary: 'Move a customer to the archive; its portal users can no longer sign in', params, response: { 200: customerDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return customers.archiveCustomer(ctx, actor, request.params.id);
  });

  app.post('/api/office/customers/:id/restore', { config: { policy: customersPolicy.manage },
    schema: { tags, summary: 'Bring a customer back from the archive', params, response: { 200: customerDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return customers.restoreCustomer(ctx, actor, request.params.id);
  });

  app.get('/api/office/customers/:id/notices', { config: { policy: customersPolicy.readNotices },
    schema: { tags, summary: 'Which automatic reminders and notices each of the customer’s contacts and portal users gets, and the customer’s switches', params, response: { 200: customerNoticesSchema, ...errorResponses } },
  }, async (request) => customerNotices(ctx.db, staffActor(request).tenantId, request.params.id));

  app.put('/api/office/customers/:id/notices', { config: { policy: customersPolicy.manageNotices },
    schema: { tags, summary: 'Switch the customer’s automatic visit notices (On my way, visit done, visit changes) on or off', params, body: customerNoticeSwitchesSchema, response: { 200: customerNoticesSchema, ...errorResponses } },
  }, async (request) => setCustomerNotices(ctx, staffActor(request), request.params.id, request.body));

  app.get('/api/office/customers/:id/agreement', { config: { policy: customersPolicy.agreements },
    schema: { tags, summary: 'The customer’s service agreement: accepted quotes, scheduled services and their totals per period (invoice calculation add-on; 404 while off)', params, response: { 200: serviceAgreementSchema, ...errorResponses } },
  }, async (request) => serviceAgreement(ctx, staffActor(request).tenantId, request.params.id));

  registerContactQrRoutes(root, ctx);
  registerContactMessageRoutes(root, ctx);
}

const contactParams = z.object({ id: z.string().min(1).max(64), contactId: z.string().min(1).max(64) });
const qrQuery = z.object({ download: z.enum(['1']).optional().describe('1 to save the file rather than show it') });
const qrTypes: Record<QrFormat, string> = { png: 'image/png', svg: 'image/svg+xml' };

/** A contact's details as a QR code (a vCard), to scan into a phone: as a PNG and as an SVG. */
function registerContactQrRoutes(root: FastifyInstance, ctx: AppContext): void {
  const typed = root.withTypeProvider<ZodTypeProvider>();
  for (const format of ['png', 'svg'] as const) {
    typed.get(`/api/office/customers/:id/contacts/:contactId/qr.${format}`, { config: { policy: customersPolicy.read },
      schema: { tags: ['Customers'], summary: `A contact’s name, organisation, email, phones and address as a vCard QR code (${format.toUpperCase()})`, params: contactParams, querystring: qrQuery, produces: [qrTypes[format]] },
    }, async (request, reply) => {
      const { id, contactId } = request.params;
      const file = await contactQrCode(ctx, staffActor(request).tenantId, id, contactId, format);
      return sendStoredFile(reply, { ...file, contentType: qrTypes[format], inline: request.query.download !== '1' });
    });
  }
}

/** A message from the office to one of a customer's contacts: an email, or a text with the text messaging add-on. */
function registerContactMessageRoutes(root: FastifyInstance, ctx: AppContext): void {
  const typed = root.withTypeProvider<ZodTypeProvider>();
  typed.post('/api/office/customers/:id/contacts/:contactId/messages', { config: { policy: customersPolicy.messageContacts },
    schema: { tags: ['Customers'], summary: 'Email or text a contact; answers go to the sender (Reply-To). Texts need the text messaging add-on (404 while off)', params: contactParams, body: contactMessageInputSchema, response: { 202: contactMessageSentSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { id, contactId } = request.params;
    return reply.status(202).send(await sendContactMessage(ctx, staffActor(request), id, contactId, request.body));
  });
}
