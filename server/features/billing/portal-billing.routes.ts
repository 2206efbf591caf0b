import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import { billingPolicy } from '../../../shared/features/billing/billing.policy.ts';
import {
  historyListSchema,
  historyQuerySchema,
  portalBillingSummarySchema,
  portalInvoiceDetailSchema,
  portalInvoiceListSchema,
  portalInvoiceQuerySchema,
} from '../../../shared/features/billing/portal-billing.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Tenant } from '../../db/schema.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { notFound } from '../../http/errors.ts';
import { sendStoredFile } from '../../http/files.ts';
import { browserLanguageOf } from '../../http/language.ts';
import { errorResponses } from '../../http/openapi.ts';
import { localDateOf } from '../../lib/time.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { tenantIdOf } from '../../platform/tenants/tenant-id.ts';
import { requireBillingCustomer } from './billing-access.ts';
import { invoicePdf } from './invoice-pdf.ts';
import * as repo from './portal-billing.repository.ts';
import * as billing from './portal-billing.service.ts';

const locationParams = portalSlugParamsSchema.extend({ locationId: z.string().min(1).max(64) });
const invoiceParams = locationParams.extend({ invoiceId: z.string().min(1).max(64) });
const pdfQuery = z.object({ v: z.string().max(64).optional().describe('Any value that changes with the reader’s language (the web sends it), so a browser never answers from a copy in another language') });

export function registerPortalBillingRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Billing (portal)'];

  /** The company, the portal user and the customer whose billing they reach through the location, or 404 (a site contact too). */
  async function billingCustomer(request: Parameters<typeof requirePortalSession>[1], params: { slug: string; locationId: string }) {
    const { tenant, actor } = await requirePortalSession(ctx, request, params.slug);
    const { customerId } = await requireBillingCustomer(ctx.db, actor.tenantId, actor.userId, params.locationId);
    return { tenant, actor, customerId, today: localDateOf(ctx.now(), tenant.time_zone) };
  }

  const logoOf = async (tenant: Tenant) => (tenant.logo_file ? await ctx.files.get(`logos/${tenant.id}/${tenant.logo_file}`) : null);

  app.get('/api/portal/:slug/locations/:locationId/billing', {
    schema: { tags, summary: 'The customer’s balance: what is owed, what of it is overdue, and credit held', params: locationParams, response: { 200: portalBillingSummarySchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, customerId, today } = await billingCustomer(request, request.params);
    return billing.summary(ctx.db, tenant, customerId, today);
  });

  app.get('/api/portal/:slug/locations/:locationId/billing/invoices', {
    schema: {
      tags,
      summary: 'The customer’s invoices, newest first, by number, issue date and total: sent, partly paid, paid and void ones, never a draft',
      params: locationParams,
      querystring: portalInvoiceQuerySchema,
      response: { 200: portalInvoiceListSchema, ...errorResponses },
    },
  }, async (request) => {
    const { tenant, customerId, today } = await billingCustomer(request, request.params);
    return billing.listInvoices(ctx.db, tenant, customerId, request.query, today);
  });

  app.get('/api/portal/:slug/locations/:locationId/billing/invoices/:invoiceId', {
    schema: {
      tags,
      summary: 'One invoice: its lines and totals, credit notes against it, what paid it and when, and its visits with whether each can be rated',
      params: invoiceParams,
      response: { 200: portalInvoiceDetailSchema, ...errorResponses },
    },
  }, async (request) => {
    const { tenant, actor, customerId, today } = await billingCustomer(request, request.params);
    return billing.invoiceDetail(ctx.db, tenant, customerId, actor.userId, request.params.invoiceId, ctx.now(), today);
  });

  app.get('/api/portal/:slug/locations/:locationId/billing/invoices/:invoiceId.pdf', {
    schema: { tags, summary: 'The invoice as a PDF in the reader’s language', params: invoiceParams, querystring: pdfQuery, produces: ['application/pdf'] },
  }, async (request, reply) => {
    const { tenant, customerId } = await billingCustomer(request, request.params);
    // Only a sent invoice of this customer: a draft or anyone else's is the same 404.
    if (!(await repo.findInvoice(ctx.db, tenantIdOf(tenant), customerId, request.params.invoiceId))) throw notFound('invoice');
    const language = request.chosenLanguage ?? browserLanguageOf(request) ?? tenant.default_language;
    const pdf = await invoicePdf(ctx.db, tenant, request.params.invoiceId, language, { logo: await logoOf(tenant) });
    return sendStoredFile(reply, { ...pdf, contentType: 'application/pdf', inline: false });
  });

  app.get('/api/portal/:slug/locations/:locationId/billing/history', {
    schema: {
      tags,
      summary: 'The customer’s payments and credit, newest first: each with the invoices it settles and the credit held after it',
      params: locationParams,
      querystring: historyQuerySchema,
      response: { 200: historyListSchema, ...errorResponses },
    },
  }, async (request) => {
    const { tenant, customerId } = await billingCustomer(request, request.params);
    return billing.history(ctx.db, tenant, customerId, request.query);
  });

  app.get('/api/office/invoices/:id.pdf', { config: { policy: billingPolicy.read },
    schema: { tags: ['Billing'], summary: 'An invoice or credit note as a PDF, drafts included, in the company’s language', params: z.object({ id: z.string().min(1).max(64) }), produces: ['application/pdf'] },
  }, async (request, reply) => {
    const tenant = await requireTenant(ctx.db, staffActor(request).tenantId);
    const pdf = await invoicePdf(ctx.db, tenant, request.params.id, tenant.default_language, { logo: await logoOf(tenant) });
    return sendStoredFile(reply, { ...pdf, contentType: 'application/pdf', inline: false });
  });
}
